import { careerPath, MAX_CAREER_YEARS } from "../../core/career.js";
import type { CareerFlags } from "../commands/career.js";
import { UsageError } from "../errors.js";
import type { ProfileRun } from "../profile-command.js";
import { careerReport } from "../render/career-report.js";
import { careerCsv } from "../render/csv-tables.js";
import { careerDocument } from "../render/json.js";

export const run: ProfileRun<CareerFlags> = ({ flags, profile, dataset }) => {
  const years = /^\d+$/.test(flags.years) ? Number(flags.years) : Number.NaN;
  if (!(years >= 1 && years <= MAX_CAREER_YEARS)) throw new UsageError(`--years must be a whole number from 1 to ${MAX_CAREER_YEARS}, got ${JSON.stringify(flags.years)}`);
  const result = careerPath(years, profile, { promotions: flags.promotions }, dataset);
  return { json: () => careerDocument(result), blocks: () => careerReport(result, dataset), csv: () => careerCsv(careerDocument(result)) };
};
