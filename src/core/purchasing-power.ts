import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { modelOf } from "./model/compile-model.js";
import { normalizeProfile } from "./profile.js";

export type PriceBasis = "all-items" | "housing";

/**
 * What `annual` dollars buy in a state, in national-average dollars: nominal ÷ (price parity / 100).
 * `all-items` (the default, and what estimates report) uses BEA's all-items parity; `housing`
 * uses its rents parity, which spreads far wider. Null when the data has no parity for the state.
 */
export function inNationalDollars(annual: number, state: string, basis: PriceBasis = "all-items", dataset: Dataset = bundledDataset()): number | null {
  const code = normalizeProfile({ state }, dataset).state as string;
  const figures = modelOf(dataset).states.byId.get(code);
  const index = basis === "housing" ? figures?.housingPriceIndex : figures?.priceIndex;
  return index === null || index === undefined ? null : Math.round(annual / (index / 100));
}
