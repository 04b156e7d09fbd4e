import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { NetGain, PathComparison, TrainingReturn } from "../../core/roi.js";
import { cell, type Block, type CellLike } from "./blocks.js";
import { dollars, signedDollars } from "./format.js";
import { profileSummary } from "./profile-summary.js";
import { mergeSources, sourcesBlock, warningsBlock } from "./sources-lines.js";

const gainCells = (g: NetGain): CellLike[] => [g.year1, g.year3, g.year5].map((n) => cell(signedDollars(n), n > 0 ? "good" : n < 0 ? "bad" : "plain"));
const months = (m: number | null) => (m === null ? "never" : `${m.toFixed(1)} months`);

/** The `roi` report: the uplift a credential brings, the payback time and the net gain after 1, 3 and 5 years. */
export function roiReport(r: TrainingReturn, paths: PathComparison[] | null, dataset: Dataset): Block[] {
  const blocks: Block[] = [
    { kind: "heading", text: `Earning ${r.plan.cert} for ${dollars(r.plan.cost)} over ${r.plan.months} months: ${profileSummary(r.input, dataset)}` },
    {
      kind: "table",
      columns: [{ title: "" }, { title: "" }],
      rows: [
        ["Median pay now", dollars(r.before.annual.median)],
        [`Median pay with ${r.plan.cert}`, dollars(r.after.annual.median)],
        ["Uplift", cell(`${signedDollars(r.uplift.annual)} a year (${signedDollars(Math.round(r.uplift.monthly))} a month)`, "strong")],
        ["Pays back after", cell(months(r.paybackMonths), "strong")],
      ],
    },
    {
      kind: "table",
      columns: [{ title: "Net gain after" }, { title: "1 year", align: "right" }, { title: "3 years", align: "right" }, { title: "5 years", align: "right" }],
      rows: [["extra pay minus cost", ...gainCells(r.netGain)]],
    },
  ];
  if (paths) {
    blocks.push(
      { kind: "heading", text: `Training paths (the guide's cost and time ranges)` },
      {
        kind: "table",
        columns: [
          { title: "Path" },
          { title: "Cost", align: "right" },
          { title: "Months", align: "right" },
          { title: "Pays back after", align: "right" },
          { title: "Net, 1 year", align: "right" },
          { title: "3 years", align: "right" },
          { title: "5 years", align: "right" },
        ],
        rows: paths.flatMap((p) =>
          (["best", "worst"] as const).map((end) => [
            `${p.label} (${end === "best" ? "cheap, quick" : "dear, slow"})`,
            dollars(p[end].cost),
            String(p[end].months),
            months(p[end].paybackMonths),
            ...gainCells(p[end].netGain),
          ]),
        ),
      },
    );
  }
  blocks.push(
    {
      kind: "lines",
      lines: [cell("Pay rises once the study months are over; the uplift is at today's pay for this profile, without later raises.", "muted")],
    },
    ...warningsBlock(r.warnings, dataset),
    sourcesBlock(mergeSources([r.before, r.after])),
  );
  return blocks;
}
