import type { Dataset } from "../core/dataset/dataset-schema.js";
import type { Io } from "./io.js";

/** What every command gets: where to write, and the dataset in use (bundled, or --data). */
export interface Context {
  io: Io;
  dataset(): Dataset;
}
