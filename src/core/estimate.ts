import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { modelOf, type Model } from "./model/compile-model.js";
import { priceProfile } from "./model/factors.js";
import { normalizeProfile, type Profile } from "./profile.js";

import type { Warning } from "./warning.js";

export type { Warning } from "./warning.js";

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

/** One factor between the national median and this estimate, with its effect in dollars. */
export interface Factor {
  id: string;
  label: string;
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

export interface Estimate {
  input: Profile;
  currency: "USD";
  /** Where the factors start: the national median and its source. */
  base: { median: number; source: string };
  /** Whole dollars a year: low and high are the 25th and 75th percentiles (the typical range). */
  annual: Range;
  /** Dollars an hour at 2,080 hours a year, to the cent. */
  hourly: Range;
  percentiles: Percentiles;
  factors: Factor[];
  purchasingPower: PurchasingPower | null;
  sources: SourceRef[];
  warnings: Warning[];
  /** Spread of log pay in this profile's group: with the median it gives any percentile. */
  sigma: number;
}

/**
 * Estimates pay for a profile. Every field is optional: an empty profile is the national
 * figure. Throws a `ProfileError` for a value the dataset does not know.
 */
export function estimate(profile: unknown = {}, dataset: Dataset = bundledDataset()): Estimate {
  return estimateProfile(normalizeProfile(profile, dataset), dataset);
}

/** Estimates an already normalized profile (no checks repeated). */
export function estimateProfile(input: Profile, dataset: Dataset): Estimate {
  const model = modelOf(dataset);
  const priced = priceProfile(model, input);
  const factors: Factor[] = [
    { id: "national", label: "National median, all experience levels", multiplier: 1, effect: 0, source: priced.base.source },
  ];
  let exact = priced.base.median;
  let shown = Math.round(exact);
  for (const step of priced.steps) {
    exact *= step.multiplier;
    const next = Math.round(exact);
    factors.push({ id: step.id, label: step.label, multiplier: round(step.multiplier, 4), effect: next - shown, source: step.source });
    shown = next;
  }
  const median = exact;
  const { z } = model;
  const at = (zScore: number) => Math.round(median * Math.exp(zScore * priced.sigma));
  const percentiles = { p10: at(z.p10), p25: at(z.p25), p50: Math.round(median), p75: at(z.p75), p90: at(z.p90) };
  const annual = { low: percentiles.p25, median: percentiles.p50, high: percentiles.p75 };
  const hours = dataset.model.hoursPerYear.value;
  const purchasingPower = purchasingPowerOf(model, input.state, annual);
  return {
    input,
    currency: "USD",
    base: priced.base,
    annual,
    hourly: { low: round(annual.low / hours, 2), median: round(annual.median / hours, 2), high: round(annual.high / hours, 2) },
    percentiles,
    factors,
    purchasingPower,
    sources: sourcesOf(model, [...factors.map((f) => f.source), ...(purchasingPower ? [purchasingPower.source] : [])]),
    warnings: [...priced.warnings, ...(input.state && !purchasingPower ? [noPriceIndex(model, input.state)] : [])],
    sigma: priced.sigma,
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

function noPriceIndex(model: Model, code: string): Warning {
  const name = model.states.byId.get(code)?.name ?? code;
  return { code: "no-price-index", message: `The data has no price parity for ${name}, so purchasing power is not shown.` };
}

function sourcesOf(model: Model, ids: string[]): SourceRef[] {
  return [...new Set(ids)].flatMap((id) => {
    const s = model.sources.get(id);
    return s ? [{ id: s.id, title: s.title, year: s.year }] : [];
  });
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
