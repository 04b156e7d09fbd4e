import { useModelFigures } from "../model/compile-model.js";
import { bundledData } from "./bundled-data.js";
import { bundledSources } from "./bundled-sources.js";
import type { Dataset } from "./dataset-schema.js";
import { markChecked } from "./parse-dataset.js";

let bundled: Dataset | undefined;

/**
 * The dataset shipped in data/: `dataset.json` holds the version and notes, every other file
 * one top-level field. It is checked like any other dataset when the package is built and by
 * the tests, so it is not checked again each time the tool starts. Made on first use.
 */
export function bundledDataset(): Dataset {
  return (bundled ??= make());
}

function make(): Dataset {
  const d = bundledData();
  const dataset = markChecked({
    ...d.dataset,
    sources: [],
    model: d.model,
    national: d.national,
    population: d.population,
    experience: d.experience,
    credentials: d.credentials,
    specialties: d.specialties,
    settings: d.settings,
    guideMedian: d.guideMedian,
    states: d.states,
    remote: d.remote,
    roles: d.roles,
    careers: d.careers,
    training: d.training,
    outlook: d.outlook,
    benefits: d.benefits,
    reference: d.reference,
    tax: d.tax as Dataset["tax"],
  } as Dataset);
  // Read when first asked for, in its place among the fields (a getter in the literal would list it last).
  Object.defineProperty(dataset, "sources", { get: bundledSources, enumerable: true });
  if (d.modelFigures) useModelFigures(dataset, d.modelFigures);
  return dataset;
}
