import { compare } from "../../core/compare.js";
import type { CompareFlags } from "../commands/compare.js";
import type { ProfileRun } from "../profile-command.js";
import { compareReport } from "../render/compare-report.js";
import { compareCsv } from "../render/csv-tables.js";
import { compareDocument } from "../render/json.js";

export const run: ProfileRun<CompareFlags> = ({ flags, profile, dataset }) => {
  const only = flags.only?.split(",").map((v) => v.trim()).filter(Boolean);
  const result = compare(flags.by, profile, { sort: flags.sort, ...(only ? { only } : {}) }, dataset);
  return { json: () => compareDocument(result, flags.sort), blocks: () => compareReport(result, dataset), csv: () => compareCsv(compareDocument(result, flags.sort)) };
};
