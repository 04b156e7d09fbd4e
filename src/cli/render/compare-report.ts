import type { Comparison, CompareSort } from "../../core/compare.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { Estimate } from "../../core/estimate.js";
import type { TakeHome } from "../../core/tax/take-home.js";
import { cell, type Block, type CellLike } from "./blocks.js";
import { dollars, signedDollars } from "./format.js";
import { profileSummary } from "./profile-summary.js";
import { dimensionValueLabel } from "./labels.js";
import { mergeSources, sourcesBlock, warningsBlock } from "./sources-lines.js";
import { taxSourcesLine } from "./take-home.js";

const BAR_TITLE = { none: "median", nominal: "median", real: "real median", "take-home": "take-home", "real-take-home": "real take-home" } as const;
const TITLE = { state: "State", cert: "Certification", specialty: "Specialty", setting: "Setting", experience: "Experience", role: "Role", remote: "Work" } as const;

/**
 * The `compare` report: one row per value with its range, the difference to the base profile,
 * and a bar of the figure the rows are sorted by (the median; in national-average dollars under
 * `--sort real`; after tax under `--sort take-home`; both under `--sort real-take-home`).
 */
export function compareReport(c: Comparison, sort: CompareSort, dataset: Dataset): Block[] {
  const real = c.rows.some((r) => r.estimate.purchasingPower);
  const barOf = (e: Estimate, t: TakeHome | null): number | null => {
    const index = e.purchasingPower?.priceIndex;
    switch (sort) {
      case "real":
        return e.purchasingPower?.annual.median ?? null;
      case "take-home":
        return t?.net ?? null;
      case "real-take-home":
        return t && index ? Math.round(t.net / (index / 100)) : null;
      default:
        return e.annual.median;
    }
  };
  const max = Math.max(0, ...c.rows.map((r) => barOf(r.estimate, r.takeHome) ?? 0));
  const barCell = (e: Estimate, t: TakeHome | null): CellLike => {
    const v = barOf(e, t);
    return v === null ? "" : { text: dollars(v), chart: { kind: "bar", value: v, max } };
  };
  const tone = (n: number) => (n > 0 ? "good" : n < 0 ? "bad" : "plain");
  const realCell = (e: Estimate): CellLike[] => (real ? [e.purchasingPower ? dollars(e.purchasingPower.annual.median) : "—"] : []);
  const taxed = c.rows.some((r) => r.takeHome);
  const netCell = (t: TakeHome | null): CellLike[] => (taxed ? [t ? dollars(t.net) : "—"] : []);
  return [
    { kind: "heading", text: `Compared by ${TITLE[c.by].toLowerCase()}: ${profileSummary(c.base.input, dataset)}` },
    {
      kind: "table",
      columns: [
        { title: TITLE[c.by] },
        { title: "Low", align: "right" },
        { title: "Median", align: "right" },
        { title: "High", align: "right" },
        { title: "vs base", align: "right" },
        ...(real ? [{ title: "Real median", align: "right" as const }] : []),
        ...(taxed ? [{ title: "Take-home", align: "right" as const }] : []),
        { title: `Bar: ${BAR_TITLE[sort]}` },
      ],
      rows: c.rows.map((r) => [
        `${dimensionValueLabel(c.by, r.value, dataset)}${r.estimate.warnings.some((w) => w.code === "state-imprecise") ? "\u00a0*" : ""}`,
        dollars(r.estimate.annual.low),
        cell(dollars(r.estimate.annual.median), "strong"),
        dollars(r.estimate.annual.high),
        cell(signedDollars(r.difference), tone(r.difference)),
        ...realCell(r.estimate),
        ...netCell(r.takeHome),
        barCell(r.estimate, r.takeHome),
      ]),
      footer: [
        "Base profile",
        dollars(c.base.annual.low),
        dollars(c.base.annual.median),
        dollars(c.base.annual.high),
        "",
        ...realCell(c.base),
        ...netCell(c.baseTakeHome),
        "",
      ],
    },
    ...(real
      ? [{ kind: "lines" as const, lines: [cell("Real median: the median in the state's prices, in national-average dollars (BEA price parities).", "muted")] }]
      : []),
    ...(taxed
      ? [
          {
            kind: "lines" as const,
            lines: [
              cell(`Take-home: the median after federal, Social Security, Medicare and state income tax (tax year ${c.rows.find((r) => r.takeHome)?.takeHome?.taxYear}; local taxes and credits left out).`, "muted"),
              taxSourcesLine([c.baseTakeHome, ...c.rows.map((r) => r.takeHome)]),
            ],
          },
        ]
      : []),
    ...(c.rows.some((r) => r.estimate.warnings.some((w) => w.code === "state-imprecise"))
      ? [{ kind: "lines" as const, lines: [cell("* BLS's median for this state is imprecise: it moved more than 10% in a year, lies above the state's mean, or is not published.", "warn")] }]
      : []),
    ...warningsBlock([c.base, ...c.rows.map((r) => r.estimate)].flatMap((e) => e.warnings).filter((w) => w.code !== "state-imprecise"), dataset),
    sourcesBlock(mergeSources([c.base, ...c.rows.map((r) => r.estimate)])),
  ];
}
