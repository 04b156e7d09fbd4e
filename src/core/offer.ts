import { parseAmount, WEEKS_PER_YEAR, type Amount } from "./amount.js";
import { benefitsOf, checkTerms, compensationOf, hoursPerWeekOf, type Compensation, type OfferTerms } from "./compensation.js";
import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { checkedDataset } from "./dataset/parse-dataset.js";
import { percentileOf } from "./distribution.js";
import { estimate, type Estimate } from "./estimate.js";
import { modelOf } from "./model/compile-model.js";
import type { Warning } from "./warning.js";
import { round } from "./round.js";

export type Verdict = "below" | "within" | "above";

/** The profile's typical range in the offer's terms: hourly for an hourly offer, otherwise a year's pay at the offer's hours. */
export interface ComparedRange {
  basis: "annual" | "hourly";
  hoursPerWeek: number;
  low: number;
  median: number;
  high: number;
}

export interface OfferAssessment {
  offer: Amount;
  /** Where the offer's pay rate sits among people with this profile, 0–100, to one decimal. */
  percentile: number;
  /** Below, within or above the typical range (the 25th–75th percentile). */
  verdict: Verdict;
  range: ComparedRange;
  /** The offer's pay rate as a full-time year (its hourly rate × the dataset's 2,080 hours): what it is placed by. */
  fullTime: number;
  /** Offer minus the profile's median: a year's pay at the offer's hours, an hour's, and in percent. */
  gap: { annual: number; hourly: number; percent: number };
  /**
   * What to ask for: below the median, the median; from the median to the top of the typical
   * range, that top; above it, the offer itself (it beats three in four peers).
   */
  counter: { annual: number; hourly: number; basis: "median" | "high" | "offer" };
  compensation: Compensation;
  /** About the offer itself (an amount outside plausible pay); the estimate's are in `estimate.warnings`. */
  warnings: Warning[];
  estimate: Estimate;
}

/**
 * Where an offer sits for a profile, and what to ask for. The profile's distribution is of
 * full-time pay (hourly pay × the dataset's 2,080 hours, as BLS converts), so the offer is
 * placed by its pay rate: an hourly offer against the profile's hourly range, a salary at
 * fewer (or more) hours against the annual range scaled to those hours. `amount` is dollars
 * a year, or text such as "52k", "4,333/mo" or "24.50/hr"; `terms` add hours and benefits.
 */
export function assessOffer(amount: number | string, profile: unknown = {}, dataset: Dataset = bundledDataset(), terms: OfferTerms = {}): OfferAssessment {
  const d = checkedDataset(dataset);
  checkTerms(terms);
  const fullTime = d.model.hoursPerYear.value;
  const hoursPerWeek = hoursPerWeekOf(terms, d);
  const offerYear = hoursPerWeek * WEEKS_PER_YEAR;
  const offer = parseAmount(String(amount), offerYear);
  const e = estimate(profile, d);
  const { low, median, high } = e.annual;
  // The offer's pay rate as a full-time year, and the profile's year at the offer's hours.
  const fte = offer.basis === "hourly" ? offer.value * fullTime : (offer.annual * fullTime) / offerYear;
  const scale = offerYear / fullTime;
  const percentile = Math.min(100, Math.max(0, Math.round(percentileOf(fte, median, modelOf(d).shape, e.spread) * 10) / 10));
  const verdict: Verdict = fte < low ? "below" : fte > high ? "above" : "within";
  const range: ComparedRange =
    offer.basis === "hourly"
      ? { basis: "hourly", hoursPerWeek, ...e.hourly }
      : { basis: "annual", hoursPerWeek, low: Math.round(low * scale), median: Math.round(median * scale), high: Math.round(high * scale) };
  const counterBasis = fte < median ? "median" : fte <= high ? "high" : "offer";
  return {
    offer,
    percentile,
    verdict,
    range,
    fullTime: Math.round(fte),
    gap: {
      annual: offer.annual - Math.round(median * scale),
      hourly: round(offer.hourly - median / fullTime, 2),
      percent: Math.round(((fte - median) / median) * 1000) / 10,
    },
    counter: counterOf(counterBasis, counterBasis === "median" ? median : high, offer, offerYear, d),
    compensation: compensationOf(offer, terms, d),
    warnings: plausibility(fte, d),
    estimate: e,
  };
}

/**
 * The counter-offer in the offer's terms: a salary rounded up to the dataset's step (at the
 * offer's hours), an hourly rate rounded up to that step's hourly equivalent in cents ($0.25
 * for $500 at 2,080 hours).
 */
function counterOf(basis: "median" | "high" | "offer", fullTimeTarget: number, offer: Amount, offerYear: number, d: Dataset): OfferAssessment["counter"] {
  if (basis === "offer") return { annual: offer.annual, hourly: offer.hourly, basis };
  const step = d.model.counterOfferStep.value;
  const fullTime = d.model.hoursPerYear.value;
  if (offer.basis === "hourly") {
    const hourlyStep = Math.ceil((step / fullTime) * 100) / 100;
    const hourly = round(Math.ceil(round(fullTimeTarget / fullTime / hourlyStep, 9)) * hourlyStep, 2);
    return { annual: Math.round(hourly * offerYear), hourly, basis };
  }
  const annual = Math.ceil((fullTimeTarget * offerYear) / fullTime / step) * step;
  return { annual, hourly: round(annual / offerYear, 2), basis };
}

/** A warning when the offer's full-time pay is outside the band the dataset calls plausible. */
function plausibility(fte: number, d: Dataset): Warning[] {
  const band = benefitsOf(d).conventions.plausibleAnnual;
  if (fte >= band.low && fte <= band.high) return [];
  const hours = d.model.hoursPerYear.value;
  return [
    {
      code: "offer-implausible",
      params: { fullTime: Math.round(fte), low: band.low, high: band.high, hourlyLow: round(band.low / hours, 2), hourlyHigh: round(band.high / hours, 2), hours },
    },
  ];
}

