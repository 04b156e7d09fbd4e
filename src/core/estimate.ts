import { bundledDataset } from "./dataset/bundled-dataset.js";
import { checkedDataset } from "./dataset/parse-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { meanValue, percentileValue, type Spread } from "./distribution.js";
import { modelOf, type Model } from "./model/compile-model.js";
import { priceProfile, type ConfidenceLevel, type ConfidenceReason, type FactorCode } from "./model/price-profile.js";
import { normalizeProfile, type Profile } from "./profile.js";
import type { Warning } from "./warning.js";
import { round } from "./round.js";

export type { Warning } from "./warning.js";
export type { ConfidenceLevel, ConfidenceReason, FactorCode } from "./model/price-profile.js";

export interface Range {
  low: number;
  median: number;
  high: number;
}

export interface Percentiles {
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

/** One factor between the national median and this estimate: what it is (a code and its figures), its multiplier and its effect in dollars. */
export interface Factor {
  /** Unique within an estimate: "national", "credential:CPC", "state:TX". */
  id: string;
  code: FactorCode;
  params: Readonly<Record<string, string | number>>;
  /** 1 for the starting point; e.g. 1.2 for +20%. */
  multiplier: number;
  /** What this factor adds to (or takes from) the median, in whole dollars; the effects sum to median − base. */
  effect: number;
  source: string;
}

/** The estimate in a state's prices: nominal ÷ (price parity / 100), "in national-average dollars". */
export interface PurchasingPower {
  state: string;
  priceIndex: number;
  housingPriceIndex: number | null;
  year: number;
  source: string;
  annual: Range;
}

export interface SourceRef {
  id: string;
  title: string;
  year: number | null;
}

/** How far to trust the figure: how much rests on modelling choices, how many premiums stack, the state's data. */
export interface Confidence {
  level: ConfidenceLevel;
  reasons: ConfidenceReason[];
}

export interface Estimate {
  input: Profile;
  currency: "USD";
  /** Where the factors start: the national median, its vintage and source. */
  base: { median: number; vintage: string; source: string };
  /** Whole dollars a year: low and high are the 25th and 75th percentiles (the typical range). */
  annual: Range;
  /** Dollars an hour at the dataset's hours a year (2,080), to the cent. */
  hourly: Range;
  percentiles: Percentiles;
  /** The mean of this profile's distribution, whole dollars (means are what surveys publish). */
  mean: number;
  factors: Factor[];
  purchasingPower: PurchasingPower | null;
  confidence: Confidence;
  sources: SourceRef[];
  warnings: Warning[];
  /** The spread relative to the nation's: width and skew, each 1 for an empty profile. With the median it gives any percentile. */
  spread: Spread;
}

/**
 * Estimates pay for a profile. Every field is optional: an empty profile is the national
 * figure. Throws a `ProfileError` for a value the dataset does not know, and a
 * `DatasetError` for a dataset that does not pass its check.
 */
export function estimate(profile: unknown = {}, dataset: Dataset = bundledDataset()): Estimate {
  const d = checkedDataset(dataset);
  return estimateProfile(normalizeProfile(profile, d), d);
}

/** Estimates a profile already normalized against a checked dataset (the library's own callers only). */
export function estimateProfile(input: Profile, dataset: Dataset): Estimate {
  const model = modelOf(dataset);
  const priced = priceProfile(model, input);
  const national = dataset.national.median;
  let exact = national.value;
  let shown = Math.round(exact);
  const factors: Factor[] = priced.steps.map((step) => {
    const multiplier = Math.exp(step.log);
    exact *= multiplier;
    const next = Math.round(exact);
    const factor = { id: step.id, code: step.code, params: step.params, multiplier: round(multiplier, 4), effect: next - shown, source: step.source };
    shown = next;
    return factor;
  });
  const median = exact;
  const at = (p: number) => Math.round(percentileValue(median, model.shape, priced.spread, p));
  const percentiles = { p10: at(10), p25: at(25), p50: Math.round(median), p75: at(75), p90: at(90) };
  const annual = { low: percentiles.p25, median: percentiles.p50, high: percentiles.p75 };
  const hours = dataset.model.hoursPerYear.value;
  const purchasingPower = purchasingPowerOf(model, input.state, annual);
  const warnings = [...priced.warnings, ...(input.state && !purchasingPower ? [{ code: "no-price-index" as const, params: { state: input.state } }] : [])];
  return {
    input,
    currency: "USD",
    base: { median: national.value, vintage: dataset.national.vintage, source: national.source },
    annual,
    hourly: { low: round(annual.low / hours, 2), median: round(annual.median / hours, 2), high: round(annual.high / hours, 2) },
    percentiles,
    mean: Math.round(meanValue(median, model.shape, priced.spread)),
    factors,
    purchasingPower,
    confidence: priced.confidence,
    sources: sourcesOf(model, factors, dataset.national.distribution.source, purchasingPower?.source),
    warnings,
    spread: priced.spread,
  };
}

function purchasingPowerOf(model: Model, code: string | null, annual: Range): PurchasingPower | null {
  const state = code === null ? undefined : model.states.byId.get(code);
  if (!state || state.priceIndex === null) return null;
  const index = state.priceIndex;
  const real = (n: number) => Math.round(n / (index / 100));
  const prices = model.dataset.states.prices;
  return {
    state: state.code,
    priceIndex: state.priceIndex,
    housingPriceIndex: state.housingPriceIndex,
    year: prices.year,
    source: prices.source,
    annual: { low: real(annual.low), median: real(annual.median), high: real(annual.high) },
  };
}

/** The sources of the factors, the distribution's shape and the prices, each once, in first-mention order (a loop: this runs for every estimate of a batch). */
function sourcesOf(model: Model, factors: readonly Factor[], shape: string, prices: string | undefined): SourceRef[] {
  const out: SourceRef[] = [];
  const add = (id: string) => {
    if (out.some((s) => s.id === id)) return;
    const ref = model.sourceRefs.get(id);
    if (ref) out.push(ref);
  };
  for (const f of factors) add(f.source);
  add(shape);
  if (prices !== undefined) add(prices);
  return out;
}
