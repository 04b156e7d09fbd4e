import benefits from "../../../data/benefits.json" with { type: "json" };
import careers from "../../../data/careers.json" with { type: "json" };
import credentials from "../../../data/credentials.json" with { type: "json" };
import dataset from "../../../data/dataset.json" with { type: "json" };
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
import type { ModelFigures } from "../model/compile-model.js";

/**
 * The files in data/ (the sources aside: bundled-sources.ts), each under its name, and the
 * model's figures for them when they were worked out ahead. From source, as imported, the
 * figures left to be worked out. The CLI's build reads them instead from dist/data/ when this
 * is first called (scripts/build.mjs), the figures worked out when the package is built
 * included: a run that needs no data (--help, --version) reads none.
 */
export function bundledData() {
  return { dataset, model, national, population, experience, credentials, specialties, settings, guideMedian, states, remote, roles, careers, training, outlook, benefits, reference, tax, modelFigures: undefined as ModelFigures | undefined };
}
