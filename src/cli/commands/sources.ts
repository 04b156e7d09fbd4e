import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { defineCommand } from "../command.js";
import { sourcesCsv } from "../render/csv-tables.js";
import { sourcesDocument } from "../render/json.js";
import { sourcesReport } from "../render/sources-report.js";

export default defineCommand({
  examples: [
    ["coding-salary sources", "where the figures come from"],
    ["coding-salary sources --json | jq -r .dataset.hash", "the hash that pins a set of estimates"],
  ],
  async run({ dataset }) {
    const hash = await datasetHash(dataset);
    const doc = sourcesDocument(dataset, hash);
    return { json: () => doc, blocks: () => sourcesReport(dataset, hash), csv: () => sourcesCsv(doc) };
  },
});

/** SHA-256 of the dataset as canonical JSON (keys sorted), so the same figures always give the same hash. */
async function datasetHash(d: Dataset): Promise<string> {
  // Imported here: crypto is large, and only this command needs it.
  const { createHash } = await import("node:crypto");
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
        : value;
  return createHash("sha256").update(JSON.stringify(canonical(d))).digest("hex");
}
