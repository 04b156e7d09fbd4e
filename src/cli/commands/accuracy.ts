import { accuracy } from "../../core/accuracy.js";
import { defineCommand } from "../command.js";
import { accuracyReport } from "../render/accuracy-report.js";
import { accuracyCsv } from "../render/csv-tables.js";
import { accuracyDocument } from "../render/json.js";

export default defineCommand({
  examples: [
    ["coding-salary accuracy", "every published figure beside the model's, with the difference"],
    ["coding-salary accuracy --json | jq '.rows[] | select(.within | not)'", "rows outside their tolerance (none, if the tests pass)"],
    ["coding-salary --data my-bands.json accuracy", "how your own dataset compares with the published figures"],
  ],
  run({ dataset }) {
    const doc = accuracyDocument(accuracy(dataset), dataset);
    return { json: () => doc, blocks: () => accuracyReport(doc, dataset), csv: () => accuracyCsv(doc) };
  },
});
