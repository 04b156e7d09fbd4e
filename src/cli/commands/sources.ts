import { defineCommand } from "../command.js";
import { datasetHash } from "../dataset-hash.js";
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
