import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { modelOf } from "./model/compile-model.js";
import { normalizeProfile } from "./profile.js";
import { checkedDataset } from "./dataset/parse-dataset.js";
import { ArgumentError, shown } from "./errors.js";

export type PriceBasis = "all-items" | "housing";

/**
 * What `annual` dollars buy in a state, in national-average dollars: nominal ÷ (price parity / 100).
 * `all-items` (the default, and what estimates report) uses BEA's all-items parity; `housing`
 * uses its rents parity, which spreads far wider. Null when the data has no parity for the state.
 */
export function inNationalDollars(annual: number, state: string, basis: PriceBasis = "all-items", dataset: Dataset = bundledDataset()): number | null {
  if (!(Number.isFinite(annual) && annual >= 0)) throw new ArgumentError("invalid-amount", `an amount must be a number of dollars of at least 0, got ${shown(annual)}`, "annual", annual);
  const d = checkedDataset(dataset);
  const code = normalizeProfile({ state }, d).state as string;
  const figures = modelOf(d).states.byId.get(code);
  const index = basis === "housing" ? figures?.housingPriceIndex : figures?.priceIndex;
  return index === null || index === undefined ? null : Math.round(annual / (index / 100));
}
