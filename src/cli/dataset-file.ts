import type { Dataset } from "../core/dataset/dataset-schema.js";
import { parseDataset } from "../core/dataset/parse-dataset.js";
import { UsageError } from "./errors.js";
import { jsonSyntaxError } from "./json-syntax.js";

/** Larger than any real dataset (the bundled one is under 40 KiB): a bigger file is a mistake. */
const MAX_DATASET_BYTES = 5 * 1024 * 1024;

/**
 * Reads a user's dataset file (`--data`, `data validate`): every way it can be wrong — missing,
 * a directory, empty, too big, not JSON, not a dataset — is a usage error naming the file.
 */
export async function readDatasetFile(path: string): Promise<Dataset> {
  // Imported here, not at the top: an ESM import of node:fs also loads its streams and promises.
  const { readFileSync, statSync } = await import("node:fs");
  const name = path.split(/[\\/]/).pop() ?? path;
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError(`${path} is a directory, not a dataset file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the dataset file ${path}: ${reason(error)}`);
  }
  if (size === 0) throw new UsageError(`the dataset file ${path} is empty`, "Start from the bundled data: coding-salary data export > my-bands.json");
  if (size > MAX_DATASET_BYTES) throw new UsageError(`the dataset file ${path} is ${size} bytes, over the ${MAX_DATASET_BYTES}-byte limit`);
  let text: string;
  try {
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new UsageError(`cannot read the dataset file ${path}: ${reason(error)}`);
  }
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

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
