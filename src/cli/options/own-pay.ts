import { assessOffer } from "../../core/offer.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { ArgumentError } from "../../core/errors.js";
import { UsageError } from "../errors.js";
import type { OwnPay } from "../render/percentile-strip.js";

/** `--pay <amount>`: the person's pay now and where it sits among people with the profile (as an offer of that amount would). */
export function ownPay(text: string | undefined, profile: unknown, dataset: Dataset): OwnPay | null {
  if (text === undefined) return null;
  try {
    const placed = assessOffer(text, profile, dataset);
    return { annual: placed.offer.annual, percentile: placed.percentile };
  } catch (error) {
    if (error instanceof ArgumentError && error.field === "amount") throw new UsageError(`--pay: ${error.message}`, "Your pay now, a year or an hour: --pay 48k, --pay '$48,000' or --pay 23.10/h.");
    throw error;
  }
}
