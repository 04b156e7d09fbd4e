import { relatedCareers } from "../../core/careers.js";
import { defineCommand } from "../command.js";
import { careersReport } from "../render/careers-report.js";
import { careersCsv } from "../render/csv-tables.js";
import { careersDocument } from "../render/json.js";

export default defineCommand({
  profile: true,
  examples: [
    ["coding-salary careers", "coding beside billing, health information and records work"],
    ["coding-salary careers -e 3 --cert CPC --state FL", "with the coder row for your profile"],
  ],
  run({ profile, dataset }) {
    const result = relatedCareers(profile, dataset);
    return { json: () => careersDocument(result), blocks: () => careersReport(result, dataset), csv: () => careersCsv(careersDocument(result)) };
  },
});
