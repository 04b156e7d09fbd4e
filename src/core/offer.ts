import { parseAmount, type Amount } from "./amount.js";
import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { percentileOf } from "./distribution.js";
import { modelOf } from "./model/compile-model.js";
import { checkedDataset } from "./dataset/parse-dataset.js";
import { estimate, type Estimate } from "./estimate.js";

export type Verdict = "below" | "within" | "above";

export interface OfferAssessment {
  offer: Amount;
  /** Where the offer sits among people with this profile, 0–100, to one decimal. */
  percentile: number;
  /** Below, within or above the typical range (the 25th–75th percentile). */
  verdict: Verdict;
  /** Offer minus the profile's median. */
  gap: { annual: number; percent: number };
  counter: { annual: number; basis: "median" | "high" | "offer"; reason: string };
  estimate: Estimate;
}

/**
 * Where an offer sits for a profile, and what to ask for: below the median, ask for the median;
 * from the median to the top of the typical range, ask for that top; above it, the offer
 * already beats three in four peers, so take it (and negotiate the rest of the package).
 * `amount` is a number of dollars a year or text such as "52k" or "24.50/h".
 */
export function assessOffer(amount: number | string, profile: unknown = {}, dataset: Dataset = bundledDataset()): OfferAssessment {
  const d = checkedDataset(dataset);
  const hours = d.model.hoursPerYear.value;
  const offer = typeof amount === "number" ? parseAmount(String(amount), hours) : parseAmount(amount, hours);
  const e = estimate(profile, d);
  const { low, median, high } = e.annual;
  const percentile = Math.min(100, Math.max(0, Math.round(percentileOf(offer.annual, median, modelOf(d).shape, e.spread) * 10) / 10));
  const verdict: Verdict = offer.annual < low ? "below" : offer.annual > high ? "above" : "within";
  const step = d.model.counterOfferStep.value;
  const roundUp = (n: number) => Math.ceil(n / step) * step;
  const counter =
    offer.annual < median
      ? { annual: roundUp(median), basis: "median" as const, reason: "The offer is below the median for this profile: ask for at least the median." }
      : offer.annual <= high
        ? { annual: roundUp(high), basis: "high" as const, reason: "The offer is at or above the median: the top of the typical range (75th percentile) is a fair target." }
        : { annual: offer.annual, basis: "offer" as const, reason: "The offer is above the typical range: it already beats three in four peers; negotiate benefits rather than base pay." };
  return {
    offer,
    percentile,
    verdict,
    gap: { annual: offer.annual - median, percent: Math.round(((offer.annual - median) / median) * 1000) / 10 },
    counter,
    estimate: e,
  };
}
