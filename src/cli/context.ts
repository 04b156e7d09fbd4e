import type { Dataset } from "../core/dataset/dataset-schema.js";
import type { Io } from "./io.js";

/** What every command gets: where to write, the dataset in use (bundled, or --data), and the arguments it was run with. */
export interface Context {
  io: Io;
  /** The command line after the program's name, as typed (a report can say how to make it again). */
  args?: readonly string[];
  dataset(): Dataset;
}
