import type { Accuracy } from "../../core/accuracy.js";
import type { CareerPath } from "../../core/career.js";
import type { CareerComparison } from "../../core/careers.js";
import type { Comparison, CompareSort } from "../../core/compare.js";
import type { Dataset, Source } from "../../core/dataset/dataset-schema.js";
import type { Confidence, Estimate, SourceRef } from "../../core/estimate.js";
import type { OfferAssessment } from "../../core/offer.js";
import { MEASURES, type ComparedOffer, type OfferComparison } from "../../core/offers.js";
import type { PathComparison, TrainingReturn } from "../../core/roi.js";
import type { TakeHome } from "../../core/tax/take-home.js";
import type { Warning } from "../../core/warning.js";
import { accuracyClaim, accuracyNote, confidenceReason, conversionText, counterReason, factorLabel, noTypicalMessage, typicalMessage, warningMessage } from "../messages.js";
import type {
  AccuracyDocument,
  CareerDocument,
  CareersDocument,
  CompareDocument,
  EstimateDocument,
  OfferDocument,
  OffersDocument,
  RoiDocument,
  SourcesDocument,
} from "../schemas/documents.js";
import { SCHEMA_VERSION } from "../schemas/schema-version.js";
import { dimensionValueLabel } from "./labels.js";
import { offerSources } from "./offer-report.js";
import { mergeSources } from "./sources-lines.js";
import { takeHomeDocument } from "./take-home.js";

/** The JSON documents of the commands (README "JSON contract"), built from results; words come from messages.ts. */

const warningsOf = (warnings: readonly Warning[], d: Dataset) => {
  const seen = new Set<string>();
  return warnings.flatMap((w) => {
    const message = warningMessage(w, d);
    if (seen.has(message)) return [];
    seen.add(message);
    return [{ code: w.code, message, params: { ...w.params } }];
  });
};

const confidenceOf = (c: Confidence, d: Dataset) => ({ level: c.level, reasons: c.reasons.map((r) => ({ code: r.code, message: confidenceReason(r, d), params: { ...r.params } })) });

export function estimateDocument(e: Estimate, d: Dataset, takeHome: TakeHome | null = null): EstimateDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    input: e.input,
    currency: e.currency,
    annual: e.annual,
    hourly: e.hourly,
    percentiles: e.percentiles,
    factors: e.factors.map((f) => ({ id: f.id, code: f.code, params: { ...f.params }, label: factorLabel(f, d), multiplier: f.multiplier, effect: f.effect, source: f.source })),
    purchasingPower: e.purchasingPower,
    confidence: confidenceOf(e.confidence, d),
    ...(takeHome ? { takeHome: takeHomeDocument(takeHome) } : {}),
    sources: e.sources,
    warnings: warningsOf(e.warnings, d),
  };
}

export function offerDocument(o: OfferAssessment, d: Dataset, takeHome: TakeHome | null = null): OfferDocument {
  const e = o.estimate;
  return {
    schemaVersion: SCHEMA_VERSION,
    input: e.input,
    ...offerParts(o, d),
    annual: e.annual,
    hourly: e.hourly,
    percentiles: e.percentiles,
    confidence: confidenceOf(e.confidence, d),
    ...(takeHome ? { takeHome: takeHomeDocument(takeHome) } : {}),
    sources: offerSources(o, d),
    warnings: warningsOf([...o.warnings, ...e.warnings], d),
  };
}

/** What the offer and offers documents share for one offer. */
function offerParts(o: OfferAssessment, d: Dataset) {
  const { totalPerBaseDollar: _perBaseDollar, typical, noTypical, ...c } = o.compensation;
  return {
    offer: { annual: o.offer.annual, hourly: o.offer.hourly, basis: o.offer.basis },
    asGiven: { amount: o.offer.value, period: o.offer.period, hoursPerWeek: o.offer.hoursPerWeek },
    percentile: o.percentile,
    verdict: o.verdict,
    range: { ...o.range, conversion: conversionText(o.offer, o.range, d) },
    gap: o.gap,
    counter: { ...o.counter, reason: counterReason(o.counter.basis) },
    compensation: {
      ...c,
      typical: typical.map((t) => ({ code: t.code, message: typicalMessage(t), value: t.value, year: t.year, source: t.source, params: { ...t.params } })),
      noTypical: noTypical.map((term) => ({ term, message: noTypicalMessage(term) })),
    },
  };
}

export function offersDocument(c: OfferComparison, d: Dataset): OffersDocument {
  const label = (i: number | null) => (i === null ? null : (c.offers[i] as ComparedOffer).label);
  const reference = c.offers[c.reference.index] as ComparedOffer;
  const sources = new Map<string, SourceRef>();
  for (const o of c.offers) for (const s of offerSources(o.assessment, d)) if (!sources.has(s.id)) sources.set(s.id, s);
  return {
    schemaVersion: SCHEMA_VERSION,
    input: c.input,
    reference: { label: reference.label, on: c.reference.on },
    leaders: Object.fromEntries(MEASURES.map((m) => [m, label(c.leaders[m])])) as OffersDocument["leaders"],
    offers: c.offers.map((o, i) => ({
      label: o.label,
      input: o.assessment.estimate.input,
      ...offerParts(o.assessment, d),
      annual: o.assessment.estimate.annual,
      purchasingPower: o.purchasingPower && { state: o.purchasingPower.state, priceIndex: o.purchasingPower.priceIndex, year: o.purchasingPower.year, base: o.purchasingPower.base, total: o.purchasingPower.total },
      leads: MEASURES.filter((m) => c.leaders[m] === i),
      toMatch: o.toMatch && { reference: reference.label, ...o.toMatch },
      ...(o.takeHome ? { takeHome: takeHomeDocument(o.takeHome) } : {}),
      confidence: o.assessment.estimate.confidence.level,
      warnings: warningsOf([...o.assessment.warnings, ...o.assessment.estimate.warnings], d),
    })),
    sources: [...sources.values()],
  };
}

export function compareDocument(c: Comparison, sort: CompareSort, d: Dataset): CompareDocument {
  const pp = (e: Estimate) => (e.purchasingPower ? { priceIndex: e.purchasingPower.priceIndex, year: e.purchasingPower.year, annual: e.purchasingPower.annual } : null);
  return {
    schemaVersion: SCHEMA_VERSION,
    by: c.by,
    sort,
    base: { input: c.base.input, annual: c.base.annual, purchasingPower: pp(c.base), ...(c.baseTakeHome ? { takeHome: takeHomeDocument(c.baseTakeHome) } : {}) },
    rows: c.rows.map((r) => ({
      value: r.value,
      label: dimensionValueLabel(c.by, r.value, d),
      annual: r.estimate.annual,
      difference: r.difference,
      purchasingPower: pp(r.estimate),
      confidence: r.estimate.confidence.level,
      imprecise: r.estimate.warnings.some((w) => w.code === "state-imprecise"),
      ...(r.takeHome ? { takeHome: takeHomeDocument(r.takeHome) } : {}),
    })),
    sources: mergeSources([c.base, ...c.rows.map((r) => r.estimate)]),
    warnings: warningsOf([c.base, ...c.rows.map((r) => r.estimate)].flatMap((e) => e.warnings), d),
  };
}

export function careerDocument(p: CareerPath): CareerDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    input: p.input,
    years: p.years.map((y) => ({ year: y.year, experienceYears: y.experienceYears, role: y.role, promoted: y.promoted, annual: y.estimate.annual })),
    promotions: p.years.filter((y) => y.promoted).map((y) => ({ year: y.year, role: y.role })),
    sources: mergeSources(p.years.map((y) => y.estimate)),
  };
}

export function roiDocument(r: TrainingReturn, paths: PathComparison[] | null, d: Dataset): RoiDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    input: r.input,
    plan: r.plan,
    uplift: r.uplift,
    paybackMonths: r.paybackMonths,
    netGain: r.netGain,
    before: { annual: r.before.annual },
    after: { annual: r.after.annual },
    paths,
    sources: mergeSources([r.before, r.after]),
    warnings: warningsOf(r.warnings, d),
  };
}

export function careersDocument(c: CareerComparison): CareersDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    input: c.coding.input,
    careers: [
      { id: "medical-coding", label: "Medical coder (this profile)", annual: c.coding.annual, source: c.coding.base.source, bls: null, note: null },
      ...c.careers,
    ],
    training: {
      months: { low: c.training.months.low, high: c.training.months.high },
      paths: c.training.paths.map((p) => ({ id: p.id, label: p.label, cost: { low: p.cost.low, high: p.cost.high } })),
      source: c.training.months.source,
    },
    outlook: c.outlook.map((o) => ({ id: o.id, label: o.label, growth: o.growth.value, period: o.period, source: o.growth.source })),
  };
}

/** The dataset's sources, or the ones named (in the order named). */
export function sourcesDocument(d: Dataset, hash: string, sources: readonly Source[] = d.sources): SourcesDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    dataset: { version: d.version, hash },
    sources: sources.map((s) => ({ id: s.id, kind: s.kind, title: s.title, publisher: s.publisher, year: s.year, covers: s.covers, url: s.url ?? null, note: s.note ?? null })),
  };
}

export function accuracyDocument(a: Accuracy, d: Dataset): AccuracyDocument {
  const rows = a.rows.map((r) => ({
    id: r.id,
    group: r.group,
    claim: accuracyClaim(r, d),
    source: r.source,
    statistic: r.statistic,
    kind: r.kind,
    reference: r.reference,
    model: r.model,
    difference: r.difference,
    tolerance: r.tolerance,
    within: Math.abs(r.difference) <= r.tolerance,
    agrees: r.agrees,
    note: accuracyNote(r),
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    dataset: { version: d.version },
    summary: { rows: rows.length, within: rows.filter((r) => r.within).length, largestDifference: Math.max(0, ...rows.map((r) => Math.abs(r.difference))) },
    rows,
  };
}
