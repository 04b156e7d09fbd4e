import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { AccuracyDocument } from "../schemas/documents.js";
import { cell, type Block } from "./blocks.js";
import { dollars, signedPercent } from "./format.js";

/** The `accuracy` report: each published figure beside the model's, grouped by kind of source. */
export function accuracyReport(doc: AccuracyDocument, d: Dataset): Block[] {
  const figure = (kind: string, n: number) => (kind === "ratio" ? `×${n.toFixed(3)}` : dollars(n));
  const reference = (r: AccuracyDocument["rows"][number]) =>
    r.reference.low === r.reference.high ? figure(r.kind, r.reference.low) : `${figure(r.kind, r.reference.low)}–${figure(r.kind, r.reference.high)}`;
  const groups = [...new Set(doc.rows.map((r) => r.group))];
  const blocks: Block[] = [
    {
      kind: "heading",
      text: `Accuracy: ${doc.summary.rows} published figures beside the model's (dataset ${d.version}); ${doc.summary.within} within tolerance, largest difference ${Math.round(doc.summary.largestDifference * 1000) / 10}%`,
    },
  ];
  for (const group of groups) {
    const rows = doc.rows.filter((r) => r.group === group);
    blocks.push(
      { kind: "heading", text: group },
      {
        kind: "table",
        columns: [{ title: "Published figure" }, { title: "Reference", align: "right" }, { title: "Model", align: "right" }, { title: "Difference", align: "right" }, { title: "Source", note: true }],
        rows: rows.map((r) => [
          `${r.agrees ? "" : "≠ "}${r.claim}`,
          reference(r),
          cell(figure(r.kind, r.model), "strong"),
          cell(r.difference === 0 ? "in range" : signedPercent(r.difference), !r.within ? "bad" : r.difference === 0 ? "good" : "plain"),
          r.source,
        ]),
      },
    );
    const notes = [...new Set(rows.filter((r) => r.note).map((r) => `${r.agrees ? "" : "≠ "}${r.note}`))];
    if (notes.length) blocks.push({ kind: "lines", lines: notes.map((n) => cell(`  ${n}`, "muted")) });
  }
  blocks.push({
    kind: "lines",
    lines: [
      cell("Difference: how far the model's figure lies outside the published range (0 inside it). ≠ marks figures the model departs from on purpose; the note says which source it follows.", "muted"),
      cell("Survey ratios compare two groups within one survey and year; AAPC's members earn more than the whole BLS occupation, so the model uses AAPC for differences and BLS for levels.", "muted"),
    ],
  });
  return blocks;
}
