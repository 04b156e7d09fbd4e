import { Option } from "commander";
import { assessOffer } from "../../core/offer.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { ArgumentError } from "../../core/errors.js";
import { UsageError } from "../errors.js";
import type { OwnPay } from "../render/percentile-strip.js";

/** `--pay <amount>`, one meaning wherever it is taken (estimate, offer). */
export function payOption(): Option {
  return new Option("--pay <amount>", "your pay now (52k, $52,000, 24.50/h): where it sits among peers, marked on the chart");
}

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
