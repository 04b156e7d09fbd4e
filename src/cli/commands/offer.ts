import { assessOffer } from "../../core/offer.js";
import { defineCommand } from "../command.js";
import { offerCsv } from "../render/csv-tables.js";
import { offerDocument } from "../render/json.js";
import { offerReport } from "../render/offer-report.js";

export default defineCommand({
  profile: true,
  configure: (c) => c.argument("<amount>", "the offer: 52000, 52k, $52,000, or hourly 24.50/h"),
  examples: [
    ["coding-salary offer 52k --experience 4 --cert CPC --state TX", "is $52,000 fair for a certified coder with 4 years in Texas?"],
    ["coding-salary offer 24.50/hr --experience 1 --setting physician-office", "an hourly offer"],
    ["coding-salary offer '$61,000' -e 6 --state CA --json | jq '{percentile, verdict, counter}'", "the verdict for a script"],
  ],
  run({ args, profile, dataset }) {
    const result = assessOffer(args[0] ?? "", profile, dataset);
    const doc = () => offerDocument(result, dataset);
    return { json: doc, blocks: () => offerReport(result, dataset), csv: () => offerCsv(doc()) };
  },
});
