import type { CareerComparison } from "../../core/careers.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { cell, type Block } from "./blocks.js";
import { dollars, signedPercent } from "./format.js";
import { profileSummary } from "./profile-summary.js";

/** The `careers` report: medical coding beside related careers — the guide's ranges and BLS's medians — then training and outlook. */
export function careersReport(c: CareerComparison, dataset: Dataset): Block[] {
  const rows = [
    { label: `Medical coder: ${profileSummary(c.coding.input, dataset)}`, annual: c.coding.annual, source: c.coding.base.source, bls: "", note: null as string | null },
    ...c.careers.map((r) => ({ label: r.label, annual: r.annual, source: r.source, bls: r.bls ? `${dollars(r.bls.median)} (${r.bls.vintage})` : "—", note: r.note })),
  ];
  const min = Math.min(...rows.map((r) => r.annual.low));
  const max = Math.max(...rows.map((r) => r.annual.high));
  const t = c.training;
  const disagreements = c.careers.filter((r) => r.bls && (r.bls.median < r.annual.low || r.bls.median > r.annual.high));
  return [
    { kind: "heading", text: "Medical coding and related careers" },
    {
      kind: "table",
      columns: [
        { title: "Career" },
        { title: "Low", align: "right" },
        { title: "Median", align: "right" },
        { title: "High", align: "right" },
        { title: `Range: ${dollars(min)} to ${dollars(max)}` },
        { title: "BLS median" },
      ],
      rows: rows.map((r, i) => [
        i === 0 ? cell(r.label, "strong") : r.label,
        dollars(r.annual.low),
        cell(dollars(r.annual.median), "strong"),
        dollars(r.annual.high),
        { text: `${dollars(r.annual.low)}–${dollars(r.annual.high)}, median ${dollars(r.annual.median)}`, chart: { kind: "range", low: r.annual.low, median: r.annual.median, high: r.annual.high, min, max } },
        r.bls,
      ]),
    },
    {
      kind: "lines",
      lines: [
        cell("Related careers' ranges are the guide's (medians: the middle of each range); BLS medians are for the federal occupation:", "muted"),
        ...c.careers.filter((r) => r.bls).map((r) => cell(`  ${r.label}: ${r.bls?.occupation} (${r.bls?.source})`, "muted")),
        ...disagreements.map((r) =>
          cell(`! ${r.label}: the guide's ${dollars(r.annual.low)}–${dollars(r.annual.high)} and BLS's ${dollars(r.bls?.median ?? 0)} disagree.${r.note ? ` ${r.note}` : ""}`, "warn"),
        ),
      ],
    },
    {
      kind: "lines",
      lines: [
        cell("Entry into medical coding", "strong"),
        `  Training takes ${t.months.low}–${t.months.high} months (${t.months.source}).`,
        ...t.paths.map((p) => `  ${p.label}: ${dollars(p.cost.low)}–${dollars(p.cost.high)} (${p.cost.source})`),
        cell("Outlook", "strong"),
        ...c.outlook.map((o) => `  ${o.label}: ${signedPercent(o.growth.value, 0)} ${o.period} (${o.growth.source})`),
      ],
    },
  ];
}
