import type { Compensation } from "../../core/compensation.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { SourceRef } from "../../core/estimate.js";
import type { OfferAssessment } from "../../core/offer.js";
import { amountText, conversionText, counterReason, noTypicalMessage, typicalMessage } from "../messages.js";
import { cell, type Block, type CellLike } from "./blocks.js";
import { factorBlocks } from "./factor-blocks.js";
import { cents, dollars, signedDollars, signedPercent } from "./format.js";
import { ownPayLine, percentilesLine, percentileStrip, type OwnPay } from "./percentile-strip.js";
import { profileSummary } from "./profile-summary.js";
import { sourcesBlock, warningsBlock } from "./sources-lines.js";

const VERDICT_TEXT = { below: "below the typical range", within: "within the typical range", above: "above the typical range" } as const;
export const VERDICT_TONE = { below: "bad", within: "plain", above: "good" } as const;

/** "$24.50 an hour" for an hourly range, "$52,000" for an annual one. */
const inBasis = (basis: "annual" | "hourly", n: number) => (basis === "hourly" ? cents(n) : dollars(n));

/** "40 hours a week", "37.5 hours a week". */
export const weekText = (hours: number) => `${Number.isInteger(hours) ? hours : Math.round(hours * 100) / 100} hours a week`;

/**
 * The `offer` report: where the offer sits and what to ask for (in the offer's terms), its
 * total compensation, where it (and the person's own pay) sits on the distribution, and the
 * factors behind the median.
 */
export function offerReport(o: OfferAssessment, dataset: Dataset, pay: OwnPay | null = null): Block[] {
  const e = o.estimate;
  // A full-time salary needs no word on how it was converted; anything else says so.
  const plain = o.offer.period === "year" && o.offer.hoursPerWeek * 52 === dataset.model.hoursPerYear.value;
  const terms = plain ? `${cents(o.offer.hourly)} an hour` : weekText(o.offer.hoursPerWeek);
  return [
    { kind: "heading", text: `Offer of ${amountText(o.offer)} (${terms}) for: ${profileSummary(e.input, dataset)}` },
    { kind: "table", columns: [{ title: "" }, { title: "" }], rows: assessmentRows(o, plain) },
    { kind: "lines", lines: [counterReason(o.counter.basis), ...(plain ? [] : [cell(conversionText(o.offer, o.range, dataset), "muted")])] },
    ...compensationBlocks(o.compensation, o.offer.hoursPerWeek),
    offerStrip(o, dataset, pay),
    { kind: "lines", lines: [percentilesLine(e), ...(pay ? [cell(ownPayLine(pay), "strong")] : [])] },
    ...factorBlocks(e, dataset),
    ...warningsBlock([...o.warnings, ...e.warnings], dataset),
    sourcesBlock(offerSources(o, dataset)),
  ];
}

/**
 * The distribution's strip with the offer marked at its pay rate as a full-time year; its
 * labels in the offer's terms (an hour, or a year at its hours) when those are not a full-time year.
 */
function offerStrip(o: OfferAssessment, dataset: Dataset, pay: OwnPay | null): Block {
  const fullTime = dataset.model.hoursPerYear.value;
  const basis = o.range.basis;
  const asTheYear = basis === "annual" && o.range.hoursPerWeek * 52 === fullTime;
  const text = asTheYear && o.offer.period === "year" ? dollars(o.offer.annual) : amountText(o.offer);
  const strip = percentileStrip("Where the offer sits", o.estimate, [{ kind: "offer", label: "offer", value: o.fullTime, text }], pay);
  if (asTheYear) return strip;
  const factor = basis === "hourly" ? 1 / fullTime : (o.range.hoursPerWeek * 52) / fullTime;
  const p = o.estimate.percentiles;
  const f = (n: number) => inBasis(basis, n * factor) + (basis === "hourly" ? "/hr" : "");
  return { ...strip, texts: { p10: f(p.p10), p25: f(p.p25), p50: f(p.p50), p75: f(p.p75), p90: f(p.p90) } } as Block;
}

/** The estimate's sources, then those of the typical benefit figures shown beside the offer. */
export function offerSources(o: OfferAssessment, d: Dataset): SourceRef[] {
  const ids = new Set(o.estimate.sources.map((s) => s.id));
  const used = [...o.compensation.typical.map((t) => t.source), ...(o.compensation.health ? [o.compensation.health.source] : [])];
  const extra = [...new Set(used)].filter((id) => !ids.has(id));
  return [...o.estimate.sources, ...extra.flatMap((id) => d.sources.filter((s) => s.id === id).map((s) => ({ id: s.id, title: s.title, year: s.year })))];
}

/** Percentile, verdict, gap and counter-offer, in the offer's terms (hourly or a year at its hours). */
function assessmentRows(o: OfferAssessment, plain: boolean): CellLike[][] {
  const r = o.range;
  const unit = r.basis === "hourly" ? " an hour" : "";
  const gap = r.basis === "hourly" ? (o.gap.hourly > 0 ? `+${cents(o.gap.hourly)}` : cents(o.gap.hourly)) : signedDollars(o.gap.annual);
  const counter = r.basis === "hourly" ? `${cents(o.counter.hourly)} an hour (${dollars(o.counter.annual)} a year)` : dollars(o.counter.annual);
  return [
    ...(plain
      ? []
      : [["Offer", o.offer.period === "year" ? `${amountText(o.offer)} — ${cents(o.offer.hourly)} an hour` : `${amountText(o.offer)} = ${dollars(o.offer.annual)} a year${o.offer.period === "hour" ? "" : `, ${cents(o.offer.hourly)} an hour`}`]]),
    ["Percentile", cell(`${o.percentile.toFixed(1)} — higher than ${Math.round(o.percentile)}% of people with this profile`, "strong")],
    ["Verdict", cell(`${VERDICT_TEXT[o.verdict]} (${inBasis(r.basis, r.low)}–${inBasis(r.basis, r.high)}${unit})`, VERDICT_TONE[o.verdict])],
    ["Gap to the median", `${gap}${unit} (${signedPercent(o.gap.percent / 100)}) against ${inBasis(r.basis, r.median)}${unit}`],
    ["Counter-offer", cell(counter, "strong")],
  ];
}

/** Whether any term beyond base pay and hours was given. */
const anyTerms = (c: Compensation) =>
  c.bonus > 0 || c.signOn.total > 0 || c.retirement !== null || c.health !== null || c.hours.ptoDays !== null || c.benefits > 0 || c.noTypical.length > 0;

/** Total compensation, part by part, how the parts were counted, and the typical figures beside them: only when the offer has terms beyond its base. */
function compensationBlocks(c: Compensation, hoursPerWeek: number): Block[] {
  if (!anyTerms(c)) return [];
  const row = (label: string, value: string, tone: "plain" | "strong" = "plain"): CellLike[] => [label, cell(value, tone)];
  const rows: CellLike[][] = [
    row("Base", dollars(c.base)),
    ...(c.bonus > 0 ? [row("Bonus", dollars(c.bonus))] : []),
    ...(c.signOn.total > 0 ? [row(`Sign-on bonus, ${dollars(c.signOn.total)} over ${c.signOn.years} years`, dollars(c.signOn.perYear))] : []),
    row("Total cash", dollars(c.cash), "strong"),
    ...(c.retirement ? [row(`Retirement match, ${c.retirement.percentOfBase}% of base`, dollars(c.retirement.annual))] : []),
    ...(c.health ? [row(`Health, ${c.health.coverage}: employer's share (estimated)`, dollars(c.health.employerEstimate))] : []),
    ...(c.allowances.exam > 0 ? [row(`Exam reimbursement, over ${c.signOn.years} years`, dollars(c.allowances.exam))] : []),
    ...(c.allowances.dues > 0 ? [row("Membership dues", dollars(c.allowances.dues))] : []),
    ...(c.allowances.ceu > 0 ? [row("CEU allowance", dollars(c.allowances.ceu))] : []),
    ...(c.allowances.remoteStipend > 0 ? [row("Remote stipend", dollars(c.allowances.remoteStipend))] : []),
    row("Total compensation", dollars(c.total), "strong"),
    row("Effective hourly pay", cents(c.effectiveHourly), "strong"),
  ];
  const hours = dollars(c.hours.workedPerYear).slice(1);
  const notes = [
    ...(c.retirement ? [`Retirement: ${c.retirement.rate}% of what you save, on up to ${c.retirement.upTo}% of pay — assuming you save at least ${c.retirement.upTo}%.`] : []),
    ...(c.health
      ? [`Health: a typical ${c.health.coverage} premium (${dollars(c.health.typicalPremium)} a year, KFF ${c.health.year}) less your share (${dollars(c.health.yourShare)} a year, ${dollars(c.health.yourShare / 12)} a month).`]
      : []),
    `Effective hourly: total cash ÷ ${hours} hours worked (${weekText(hoursPerWeek)} × 52${c.hours.ptoDays === null ? "; no paid days off given" : `, less ${c.hours.ptoDays} paid days off`}).`,
    ...(c.signOn.total > 0 || c.allowances.exam > 0 ? [`One-time payments are spread over ${c.signOn.years} years (--sign-on-years).`] : []),
  ];
  const typical = [...c.typical.map((t) => `  ${typicalMessage(t)} [${t.source}]`), ...c.noTypical.map((t) => `  ${noTypicalMessage(t)}`)];
  return [
    { kind: "table", columns: [{ title: "Total compensation, a year" }, { title: "", align: "right" }], rows },
    { kind: "lines", lines: notes.map((n) => cell(n, "muted")) },
    ...(typical.length ? [{ kind: "lines" as const, lines: [cell("Typical, for comparison", "strong"), ...typical.map((t) => cell(t, "muted"))] }] : []),
  ];
}
