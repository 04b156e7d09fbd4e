import { closest, matchKey } from "../../core/match.js";
import type { Dataset, Source } from "../../core/dataset/dataset-schema.js";
import { defineCommand } from "../command.js";
import { datasetHash } from "../dataset-hash.js";
import { UsageError } from "../errors.js";
import { sourcesCsv } from "../render/csv-tables.js";
import { sourcesDocument } from "../render/json.js";
import { sourceDetails, sourcesReport } from "../render/sources-report.js";
import { quote } from "../text.js";

export default defineCommand({
  configure: (c) => {
    c.argument("[ids...]", "sources to show in full (default: a list of all)");
  },
  examples: [
    ["coding-salary sources", "where the figures come from"],
    ["coding-salary sources aapc-2025-survey bls-oews-2024-states", "two sources in full: what they cover, notes, address"],
    ["coding-salary sources --json | jq -r .dataset.hash", "the hash that pins a set of estimates"],
  ],
  async run({ args, dataset }) {
    const named = args.map((id) => sourceNamed(dataset, id));
    const hash = await datasetHash(dataset);
    const doc = sourcesDocument(dataset, hash, named.length ? named : dataset.sources);
    return { json: () => doc, blocks: () => (named.length ? sourceDetails(dataset, hash, named) : sourcesReport(dataset, hash)), csv: () => sourcesCsv(doc) };
  },
});

function sourceNamed(d: Dataset, id: string): Source {
  const found = d.sources.find((s) => matchKey(s.id) === matchKey(id));
  if (found) return found;
  const near = closest(id, d.sources.map((s) => ({ names: [s.id], value: s.id })));
  throw new UsageError(`unknown source ${quote(id)}${near ? `. Did you mean ${near}?` : ""}`, "Run coding-salary sources for the list of sources.");
}
