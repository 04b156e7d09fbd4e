import { assessOffer } from "../../core/offer.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { OwnPay } from "../render/percentile-strip.js";

/** `--pay <amount>`: the person's pay now and where it sits among people with the profile (as an offer of that amount would). */
export function ownPay(text: string | undefined, profile: unknown, dataset: Dataset): OwnPay | null {
  if (text === undefined) return null;
  const placed = assessOffer(text, profile, dataset);
  return { annual: placed.offer.annual, percentile: placed.percentile };
}
