import sources from "../../../data/sources.json" with { type: "json" };
import type { Dataset } from "./dataset-schema.js";

/**
 * The bundled dataset's sources, whole: their long texts too (what each covers, notes,
 * addresses). The CLI's build reads them from a file of their own when they are first asked
 * for (scripts/build.mjs), which an estimate never does: the model's figures carry what it
 * says of a source (its title, year and kind).
 */
export const bundledSources = (): Dataset["sources"] => sources as Dataset["sources"];
