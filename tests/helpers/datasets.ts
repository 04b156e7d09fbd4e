import { readFileSync } from "node:fs";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import type { Dataset } from "../../src/core/dataset/dataset-schema.js";
import { loadDataset } from "../../src/core/dataset/parse-dataset.js";

/** A deep copy of the bundled dataset, to edit in a test. */
export function copyOfBundled(): Dataset {
  return structuredClone(bundledDataset());
}

/** The bundled dataset with an edit applied, checked like any user's dataset. */
export function editedDataset(edit: (d: Dataset) => void): Dataset {
  const d = copyOfBundled();
  edit(d);
  return loadDataset(d);
}

/**
 * A small dataset of round figures (tests/fixtures/round-dataset.json), for tests whose expected
 * values are worked out by hand: national median $50,000; percentiles 40/45/50/60/80 thousand;
 * half the population certified, all of it at 0 years; pay doubles from 0 to 3 years in the
 * survey points; certified $66,000 against $50,000; CRC ×1.1 over CPC; states TX ×0.9,
 * CA ×1.2 in one year and ×1.44 the next, NV with a mean only; a manager level of $100,000.
 */
export function roundDataset(): Dataset {
  return loadDataset(JSON.parse(readFileSync(new URL("../fixtures/round-dataset.json", import.meta.url), "utf8")));
}
