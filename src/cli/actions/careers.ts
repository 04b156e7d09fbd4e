import { relatedCareers } from "../../core/careers.js";
import type { ProfileRun } from "../profile-command.js";
import { careersReport } from "../render/careers-report.js";
import { careersCsv } from "../render/csv-tables.js";
import { careersDocument } from "../render/json.js";

export const run: ProfileRun = ({ profile, dataset }) => {
  const result = relatedCareers(profile, dataset);
  return { json: () => careersDocument(result), blocks: () => careersReport(result, dataset), csv: () => careersCsv(careersDocument(result)) };
};
