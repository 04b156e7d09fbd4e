import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { cell, type Block } from "./blocks.js";

/** The `sources` report: every source with its publisher, year and coverage, and the dataset's version and hash. */
export function sourcesReport(d: Dataset, hash: string): Block[] {
  return [
    { kind: "heading", text: `Data sources (dataset ${d.version}, sha256 ${hash.slice(0, 16)}…)` },
    {
      kind: "table",
      columns: [{ title: "Id" }, { title: "Source" }, { title: "Year", align: "right" }],
      rows: d.sources.map((s) => [cell(s.id, "strong"), `${s.title}\n${s.publisher}`, s.year === null ? "undated" : String(s.year)]),
    },
    {
      kind: "lines",
      lines: d.sources.flatMap((s) => [cell(s.id, "strong"), `  ${s.covers}`, ...(s.note ? [cell(`  ${s.note}`, "muted")] : [])]),
    },
    { kind: "lines", lines: [cell(`Full hash: ${hash}`, "muted"), cell("The same version and hash reproduce the same estimates.", "muted")] },
  ];
}
