import type { CareerPath } from "../../core/career.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { cell, type Block } from "./blocks.js";
import { dollars, signedPercent } from "./format.js";
import { profileSummary } from "./profile-summary.js";
import { mergeSources, sourcesBlock } from "./sources-lines.js";

/** The `career` report: the year-by-year table and a chart of the median path with promotions marked. */
export function careerReport(p: CareerPath, dataset: Dataset): Block[] {
  const label = (id: string) => dataset.roles.ladder.find((r) => r.id === id)?.label ?? id;
  const first = p.years[0]!;
  const last = p.years[p.years.length - 1]!;
  const growth = last.estimate.annual.median / first.estimate.annual.median - 1;
  return [
    { kind: "heading", text: `Career projection, ${p.years.length - 1} years: ${profileSummary(p.input, dataset)}` },
    {
      kind: "table",
      columns: [
        { title: "Year", align: "right" },
        { title: "Exp. (years)", align: "right" },
        { title: "Role" },
        { title: "Low", align: "right" },
        { title: "Median", align: "right" },
        { title: "High", align: "right" },
      ],
      rows: p.years.map((y) => [
        String(y.year),
        String(y.experienceYears),
        y.promoted ? cell(`${label(y.role)}\u00a0▲`, "good") : label(y.role),
        dollars(y.estimate.annual.low),
        cell(dollars(y.estimate.annual.median), "strong"),
        dollars(y.estimate.annual.high),
      ]),
    },
    {
      kind: "line",
      title: "Median path",
      xTitle: "years from now",
      points: p.years.map((y) => ({
        x: y.year,
        y: y.estimate.annual.median,
        low: y.estimate.annual.low,
        high: y.estimate.annual.high,
        text: dollars(y.estimate.annual.median),
        ...(y.promoted ? { mark: label(y.role) } : {}),
      })),
    },
    {
      kind: "lines",
      lines: [
        `Median ${dollars(first.estimate.annual.median)} → ${dollars(last.estimate.annual.median)} (${signedPercent(growth)}) over ${p.years.length - 1} years.`,
        cell(
          `▲ a promotion is plausible that year: experience has reached the next rung and the last step is ${dataset.model.yearsBetweenPromotions.value}+ years back. Supervisors, managers and directors are priced at their role's pay level, moved by the rest of the profile.`,
          "muted",
        ),
        cell("Low and high are the 25th and 75th percentiles of each year's profile, at today's pay levels (no inflation).", "muted"),
      ],
    },
    sourcesBlock(mergeSources(p.years.map((y) => y.estimate))),
  ];
}
