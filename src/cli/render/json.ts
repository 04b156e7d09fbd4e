import type { CareerPath } from "../../core/career.js";
import type { CareerComparison } from "../../core/careers.js";
import type { Comparison, CompareSort } from "../../core/compare.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { Estimate } from "../../core/estimate.js";
import type { OfferAssessment } from "../../core/offer.js";
import type { PathComparison, TrainingReturn } from "../../core/roi.js";
import type {
  CareerDocument,
  CareersDocument,
  CompareDocument,
  EstimateDocument,
  OfferDocument,
  RoiDocument,
  SourcesDocument,
} from "../schemas/documents.js";
import { mergeSources } from "./sources-lines.js";

/** Version of every JSON document the CLI writes; raised only when a field changes meaning or goes away. */
const SCHEMA_VERSION = 1;

const warningTexts = (warnings: readonly { message: string }[]) => warnings.map((w) => w.message);

/** The `estimate --json` document (README "JSON contract"). */
export function estimateDocument(e: Estimate): EstimateDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    input: e.input,
    currency: e.currency,
    annual: e.annual,
    hourly: e.hourly,
    percentiles: e.percentiles,
    factors: e.factors,
    purchasingPower: e.purchasingPower,
    sources: e.sources,
    warnings: warningTexts(e.warnings),
  };
}

export function offerDocument(o: OfferAssessment): OfferDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    input: o.estimate.input,
    offer: o.offer,
    percentile: o.percentile,
    verdict: o.verdict,
    gap: o.gap,
    counter: o.counter,
    annual: o.estimate.annual,
    percentiles: o.estimate.percentiles,
    sources: o.estimate.sources,
    warnings: warningTexts(o.estimate.warnings),
  };
}

export function compareDocument(c: Comparison, sort: CompareSort): CompareDocument {
  const pp = (e: Estimate) => (e.purchasingPower ? { priceIndex: e.purchasingPower.priceIndex, year: e.purchasingPower.year, annual: e.purchasingPower.annual } : null);
  return {
    schemaVersion: SCHEMA_VERSION,
    by: c.by,
    sort,
    base: { input: c.base.input, annual: c.base.annual, purchasingPower: pp(c.base) },
    rows: c.rows.map((r) => ({ value: r.value, label: r.label, annual: r.estimate.annual, difference: r.difference, purchasingPower: pp(r.estimate) })),
    sources: mergeSources([c.base, ...c.rows.map((r) => r.estimate)]),
    warnings: [...new Set([c.base, ...c.rows.map((r) => r.estimate)].flatMap((e) => warningTexts(e.warnings)))],
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

export function roiDocument(r: TrainingReturn, paths: PathComparison[] | null): RoiDocument {
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
    warnings: warningTexts(r.warnings),
  };
}

export function careersDocument(c: CareerComparison): CareersDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    input: c.coding.input,
    careers: [
      { id: "medical-coding", label: "Medical coder (this profile)", annual: c.coding.annual, source: c.coding.base.source, note: null },
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

export function sourcesDocument(d: Dataset, hash: string): SourcesDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    dataset: { version: d.version, hash },
    sources: d.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, year: s.year, covers: s.covers, note: s.note ?? null })),
  };
}
