import type { Dataset } from "../core/dataset/dataset-schema.js";
import { parseDataset } from "../core/dataset/parse-dataset.js";
import { readStreamText, unreadable } from "./batch/read-file.js";
import { UsageError } from "./errors.js";
import { jsonSyntaxError, tooDeep } from "./json-syntax.js";
import { printable } from "./text.js";

/** Larger than any real dataset (the bundled one is under 40 KiB): a bigger file is a mistake. */
const MAX_DATASET_BYTES = 5 * 1024 * 1024;

/** Deeper than any dataset (the bundled one nests 6 levels): deeper nesting is a mistake, and would cost a deep recursion to check. */
const MAX_DATASET_DEPTH = 64;

/**
 * Reads a user's dataset file (`--data`, `data validate`): a file, or a pipe, a FIFO, a
 * process substitution `<(…)` or `-` (the run's standard input, `stdin`). Every way it can be
 * wrong — missing, a directory, unreadable, empty, too big, not JSON, nested too deeply, not a
 * dataset — is a usage error naming the file.
 */
export async function readDatasetFile(path: string, stdin: AsyncIterable<Buffer | string>): Promise<Dataset> {
  const name = path === "-" ? "stdin" : (path.split(/[\\/]/).pop() ?? path);
  const shown = printable(path === "-" ? "stdin" : path);
  const tooBig = () => new UsageError(`the dataset file ${shown} is over the ${MAX_DATASET_BYTES}-byte limit`);
  const text = (path === "-" ? await readStreamText(stdin, MAX_DATASET_BYTES, tooBig) : await readBounded(path, shown, tooBig)).replace(/^\uFEFF/, "");
  if (!/\S/.test(text)) throw new UsageError(`the dataset file ${shown} is empty`, "Start from the bundled data: coding-salary data export > my-bands.json");
  const deep = tooDeep(text, MAX_DATASET_DEPTH);
  if (deep) throw new UsageError(`${name} nests arrays and objects more than ${MAX_DATASET_DEPTH} levels deep (line ${deep.line}, column ${deep.column}); a dataset needs 6`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const at = jsonSyntaxError(text);
    throw new UsageError(`${name} is not valid JSON: line ${at.line}, column ${at.column}: ${at.message}`);
  }
  const result = parseDataset(json);
  if (!result.ok) {
    const count = `${result.issues.length}${result.issues.length >= 50 ? "+" : ""} problem${result.issues.length === 1 ? "" : "s"}`;
    throw new UsageError(`${name} is not a valid dataset (${count}):\n${result.issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
  }
  return result.dataset;
}

/**
 * The file's text, read to its end whatever it is (a pipe has no size to ask first), but
 * never more than MAX_DATASET_BYTES: a bigger one is refused without reading the rest.
 */
async function readBounded(path: string, shown: string, tooBig: () => UsageError): Promise<string> {
  // Imported here, not at the top: an ESM import of node:fs also loads its streams and promises.
  const { closeSync, fstatSync, openSync, readSync } = await import("node:fs");
  const fail = (error: unknown) => new UsageError(`cannot read the dataset file ${shown}: ${unreadable(error)}`);
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw fail(error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UsageError(`${shown} is a directory, not a dataset file`);
    // A file's own size (and a byte to see it end), or room that grows for a pipe: never the whole limit up front.
    let buffer = Buffer.allocUnsafe(Math.min(stat.isFile() ? stat.size + 1 : 64 * 1024, MAX_DATASET_BYTES + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_DATASET_BYTES + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      // Opened here, so blocking: a pipe's reader waits for its writer.
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > MAX_DATASET_BYTES) throw tooBig();
    }
    return buffer.toString("utf8", 0, length);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw fail(error);
  } finally {
    closeSync(fd);
  }
}
