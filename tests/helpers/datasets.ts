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
