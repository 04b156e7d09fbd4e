import benefits from "../../../data/benefits.json" with { type: "json" };
import careers from "../../../data/careers.json" with { type: "json" };
import credentials from "../../../data/credentials.json" with { type: "json" };
import meta from "../../../data/dataset.json" with { type: "json" };
import experience from "../../../data/experience.json" with { type: "json" };
import guideMedian from "../../../data/guideMedian.json" with { type: "json" };
import model from "../../../data/model.json" with { type: "json" };
import national from "../../../data/national.json" with { type: "json" };
import outlook from "../../../data/outlook.json" with { type: "json" };
import population from "../../../data/population.json" with { type: "json" };
import reference from "../../../data/reference.json" with { type: "json" };
import remote from "../../../data/remote.json" with { type: "json" };
import roles from "../../../data/roles.json" with { type: "json" };
import settings from "../../../data/settings.json" with { type: "json" };
import specialties from "../../../data/specialties.json" with { type: "json" };
import states from "../../../data/states.json" with { type: "json" };
import tax from "../../../data/tax.json" with { type: "json" };
import training from "../../../data/training.json" with { type: "json" };
import { useModelFigures } from "../model/compile-model.js";
import { bundledFigures } from "./bundled-figures.js";
import { bundledSources } from "./bundled-sources.js";
import type { Dataset } from "./dataset-schema.js";
import { markChecked } from "./parse-dataset.js";

/**
 * The dataset shipped in data/: `dataset.json` holds the version and notes, every other file
 * one top-level field. It is checked like any other dataset when the package is built and by
 * the tests, so it is not checked again each time the tool starts.
 */
const bundled = markChecked({
  ...meta,
  sources: [],
  model,
  national,
  population,
  experience,
  credentials,
  specialties,
  settings,
  guideMedian,
  states,
  remote,
  roles,
  careers,
  training,
  outlook,
  benefits,
  reference,
  tax: tax as Dataset["tax"],
} as Dataset);
// Read when first asked for, in its place among the fields (a getter in the literal would list it last).
Object.defineProperty(bundled, "sources", { get: bundledSources, enumerable: true });
if (bundledFigures) useModelFigures(bundled, bundledFigures);

export function bundledDataset(): Dataset {
  return bundled;
}
