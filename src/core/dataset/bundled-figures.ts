import type { ModelFigures } from "../model/compile-model.js";

/**
 * The model's figures for the bundled dataset, worked out when the package is built — or
 * undefined, and worked out on first use. The CLI's build puts them here (scripts/build.mjs,
 * from dist/data/data.json), so that a short run does not work them out again; the library and
 * the tests run from source, where they are computed.
 */
export const bundledFigures: ModelFigures | undefined = undefined;
