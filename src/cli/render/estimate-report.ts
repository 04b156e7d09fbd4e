import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { Estimate } from "../../core/estimate.js";
import { cell, type Block } from "./blocks.js";
import { ownPayLine, percentilesLine, percentileStrip, type OwnPay } from "./percentile-strip.js";
import { confidenceReason } from "../messages.js";
import { factorBlocks } from "./factor-blocks.js";
import { cents, dollars } from "./format.js";
import { profileSummary } from "./profile-summary.js";
import { sourcesBlock, warningsBlock } from "./sources-lines.js";

/** The `estimate` report: range, percentiles (and the person's own pay among them), the factors behind the median, purchasing power, sources. */
export function estimateReport(e: Estimate, dataset: Dataset, pay: OwnPay | null = null): Block[] {
  const blocks: Block[] = [
    { kind: "heading", text: `Estimated pay: ${profileSummary(e.input, dataset)}` },
    {
      kind: "table",
      columns: [{ title: "" }, { title: "Annual", align: "right" }, { title: "Hourly", align: "right" }],
      rows: [
        ["Low (25th percentile)", dollars(e.annual.low), cents(e.hourly.low)],
        [cell("Median", "strong"), cell(dollars(e.annual.median), "strong"), cell(cents(e.hourly.median), "strong")],
        ["High (75th percentile)", dollars(e.annual.high), cents(e.hourly.high)],
      ],
    },
    {
      kind: "lines",
      lines: [
        percentilesLine(e),
        ...(pay ? [cell(ownPayLine(pay), "strong")] : []),
        cell(`Confidence: ${e.confidence.level}${e.confidence.reasons.length ? ` — ${e.confidence.reasons.map((r) => confidenceReason(r, dataset)).join("; ")}` : " — the figure rests on BLS and survey figures"}`, e.confidence.level === "high" ? "plain" : "warn"),
      ],
    },
    percentileStrip("Where pay falls for this profile", e, [], pay),
    ...factorBlocks(e, dataset),
  ];
  if (e.purchasingPower) {
    const pp = e.purchasingPower;
    const state = dataset.states.list.find((s) => s.code === pp.state)?.name ?? pp.state;
    blocks.push({
      kind: "lines",
      lines: [
        cell(`Purchasing power in ${state}`, "strong"),
        `Median ${dollars(pp.annual.median)} in national-average dollars (range ${dollars(pp.annual.low)}–${dollars(pp.annual.high)}),`,
        `at ${state}'s price level of ${pp.priceIndex.toFixed(1)} (U.S. = 100; ${pp.source}, ${pp.year} prices).`,
      ],
    });
  }
  blocks.push(...warningsBlock(e.warnings, dataset), sourcesBlock(e.sources), {
    kind: "lines",
    lines: [cell("Low and high are the 25th and 75th percentiles: the middle half of people with this profile earn between them.", "muted")],
  });
  return blocks;
}
