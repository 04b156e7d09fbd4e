import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { Estimate } from "../../core/estimate.js";
import { factorLabel } from "../messages.js";
import { cell, type Block } from "./blocks.js";
import { dollars, multiplier, signedDollars } from "./format.js";

/** "Why this number": the factors from the national median to this one, each with its multiplier, effect and source. */
export function factorBlocks(e: Estimate, dataset: Dataset): Block[] {
  return [
    { kind: "heading", text: "Why this number" },
    {
      kind: "table",
      columns: [{ title: "Factor" }, { title: "Multiplier", align: "right" }, { title: "Effect on median", align: "right" }, { title: "Source", note: true }],
      rows: e.factors.map((f, i) =>
        i === 0
          ? [factorLabel(f, dataset), "", dollars(e.base.median), f.source]
          : [factorLabel(f, dataset), multiplier(f.multiplier), cell(signedDollars(f.effect), f.effect > 0 ? "good" : f.effect < 0 ? "bad" : "plain"), f.source],
      ),
      footer: ["Median", "", dollars(e.annual.median), ""],
    },
  ];
}
