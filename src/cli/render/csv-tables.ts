import { csvLine } from "../batch/csv.js";
import type { AccuracyDocument, CareerDocument, CareersDocument, CompareDocument, OfferDocument, OffersDocument, RoiDocument, SourcesDocument } from "../schemas/documents.js";

/**
 * `--format csv` of the decision commands: each document's rows, flattened under a fixed
 * header, for spreadsheets. (The estimate's CSV is in csv.ts, shared with batch output.)
 */
export type Value = string | number | boolean | null | undefined;

function table(header: readonly string[], rows: readonly (readonly Value[])[]): string {
  return csvLine(header) + rows.map((r) => csvLine(r)).join("");
}

/** A scored offer's CSV columns: those of 1.x in their order (the profile's range among them), then those added since. */
export const OFFER_CSV_COLUMNS = [
  "offer_annual",
  "offer_hourly",
  "percentile",
  "verdict",
  "gap_annual",
  "gap_percent",
  "counter_annual",
  "low",
  "median",
  "high",
  "amount",
  "period",
  "hours_per_week",
  "range_basis",
  "range_low",
  "range_median",
  "range_high",
  "gap_hourly",
  "counter_hourly",
  "total_cash",
  "total_compensation",
  "effective_hourly",
] as const;

type OfferParts = Pick<OfferDocument, "offer" | "asGiven" | "percentile" | "verdict" | "range" | "gap" | "counter" | "compensation" | "annual">;

export function offerCsvCells(d: OfferParts): Value[] {
  return [
    d.offer.annual,
    d.offer.hourly,
    d.percentile,
    d.verdict,
    d.gap.annual,
    d.gap.percent,
    d.counter.annual,
    d.annual.low,
    d.annual.median,
    d.annual.high,
    d.asGiven.amount,
    d.asGiven.period,
    d.asGiven.hoursPerWeek,
    d.range.basis,
    d.range.low,
    d.range.median,
    d.range.high,
    d.gap.hourly,
    d.counter.hourly,
    d.compensation.cash,
    d.compensation.total,
    d.compensation.effectiveHourly,
  ];
}

/** Take-home pay's columns, at the end of a table whose rows have it (--take-home). */
const TAKE_HOME_COLUMNS = ["take_home", "take_home_monthly"];
const takeHomeCells = (t: { net: number; netMonthly: number } | undefined): Value[] => [t?.net, t?.netMonthly];

export function offerCsv(d: OfferDocument): string {
  return d.takeHome ? table([...OFFER_CSV_COLUMNS, ...TAKE_HOME_COLUMNS], [[...offerCsvCells(d), ...takeHomeCells(d.takeHome)]]) : table(OFFER_CSV_COLUMNS, [offerCsvCells(d)]);
}

/** One row per offer: its label, state and remote work, the offer's columns, purchasing power, what it leads on and what it needs to match the reference. */
export function offersCsv(d: OffersDocument): string {
  const taxed = d.offers.some((o) => o.takeHome);
  return table(
    [
      "label",
      "state",
      "remote",
      "setting",
      ...OFFER_CSV_COLUMNS,
      "real_total",
      "leads",
      "to_match_base",
      "to_match_extra",
      "to_match_real_base",
      "to_match_real_extra",
      ...(taxed ? TAKE_HOME_COLUMNS : []),
    ],
    d.offers.map((o) => [
      o.label,
      o.input.state,
      o.input.remote,
      o.input.setting,
      ...offerCsvCells(o),
      o.purchasingPower?.total,
      o.leads.join(";"),
      o.toMatch?.nominal.base,
      o.toMatch?.nominal.extra,
      o.toMatch?.real?.base,
      o.toMatch?.real?.extra,
      ...(taxed ? takeHomeCells(o.takeHome) : []),
    ]),
  );
}

export function compareCsv(d: CompareDocument): string {
  const taxed = d.rows.some((r) => r.takeHome);
  return table(
    [d.by, "label", "low", "median", "high", "difference", "real_median", "confidence", "imprecise", ...(taxed ? TAKE_HOME_COLUMNS : [])],
    d.rows.map((r) => [
      r.value,
      r.label,
      r.annual.low,
      r.annual.median,
      r.annual.high,
      r.difference,
      r.purchasingPower?.annual.median,
      r.confidence,
      r.imprecise,
      ...(taxed ? takeHomeCells(r.takeHome) : []),
    ]),
  );
}

export function careerCsv(d: CareerDocument): string {
  return table(
    ["year", "experience_years", "role", "promoted", "low", "median", "high"],
    d.years.map((y) => [y.year, y.experienceYears, y.role, y.promoted, y.annual.low, y.annual.median, y.annual.high]),
  );
}

export function roiCsv(d: RoiDocument): string {
  const scenario = (name: string, s: { cost: number; months: number; paybackMonths: number | null; netGain: RoiDocument["netGain"] }): Value[] => [
    name,
    d.plan.cert,
    s.cost,
    s.months,
    d.uplift.annual,
    s.paybackMonths,
    s.netGain.year1,
    s.netGain.year3,
    s.netGain.year5,
  ];
  return table(
    ["scenario", "cert", "cost", "months", "uplift_annual", "payback_months", "net_year1", "net_year3", "net_year5"],
    [
      scenario("plan", { ...d.plan, paybackMonths: d.paybackMonths, netGain: d.netGain }),
      ...(d.paths ?? []).flatMap((p) => [scenario(`${p.id} (best)`, p.best), scenario(`${p.id} (worst)`, p.worst)]),
    ],
  );
}

export function careersCsv(d: CareersDocument): string {
  return table(
    ["id", "label", "low", "median", "high", "source", "bls_median", "bls_vintage"],
    d.careers.map((c) => [c.id, c.label, c.annual.low, c.annual.median, c.annual.high, c.source, c.bls?.median, c.bls?.vintage]),
  );
}

export function sourcesCsv(d: SourcesDocument): string {
  return table(
    ["id", "title", "publisher", "year", "covers", "url", "dataset_version", "dataset_hash", "kind", "note"],
    d.sources.map((s) => [s.id, s.title, s.publisher, s.year, s.covers, s.url, d.dataset.version, d.dataset.hash, s.kind, s.note]),
  );
}

export function accuracyCsv(d: AccuracyDocument): string {
  return table(
    ["id", "group", "claim", "statistic", "kind", "reference_low", "reference_high", "model", "difference", "tolerance", "within", "agrees", "source", "note"],
    d.rows.map((r) => [r.id, r.group, r.claim, r.statistic, r.kind, r.reference.low, r.reference.high, r.model, r.difference, r.tolerance, r.within, r.agrees, r.source, r.note]),
  );
}
