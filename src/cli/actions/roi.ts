import { parseAmount } from "../../core/amount.js";
import { compareTrainingPaths, trainingReturn } from "../../core/roi.js";
import type { RoiFlags } from "../commands/roi.js";
import { UsageError } from "../errors.js";
import type { ProfileRun } from "../profile-command.js";
import { roiCsv } from "../render/csv-tables.js";
import { roiDocument } from "../render/json.js";
import { roiReport } from "../render/roi-report.js";

export const run: ProfileRun<RoiFlags> = ({ flags, profile, dataset }) => {
  const missing = [!flags.cost && "--cost <amount>", !flags.months && "--months <n>", !flags.cert && "--cert <code>"].filter(Boolean);
  if (missing.length) throw new UsageError(`roi needs ${missing.join(", ")}`, "Example: coding-salary roi --cost 3000 --months 6 --cert CPC");
  const cost = /^\$?0+(\.0+)?$/.test(flags.cost!.trim()) ? 0 : parseAmount(flags.cost!, 1, "cost").annual;
  const months = /^\d+(\.\d+)?$/.test(flags.months!.trim()) ? Number(flags.months) : Number.NaN;
  if (Number.isNaN(months)) throw new UsageError(`--months must be a number of months, got ${JSON.stringify(flags.months)}`);
  const result = trainingReturn({ cost, months, cert: flags.cert! }, profile, dataset);
  const paths = flags.comparePaths ? compareTrainingPaths(result.plan.cert, profile, dataset) : null;
  return { json: () => roiDocument(result, paths), blocks: () => roiReport(result, paths, dataset), csv: () => roiCsv(roiDocument(result, paths)) };
};
