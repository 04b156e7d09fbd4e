import { compare, type CompareSort, type Dimension } from "../../core/compare.js";
import { defineCommand } from "../command.js";
import { choiceOption, DIMENSION_CHOICES, SORT_CHOICES } from "../options/choices.js";
import { compareReport } from "../render/compare-report.js";
import { compareCsv } from "../render/csv-tables.js";
import { compareDocument } from "../render/json.js";
import { takeHomeRequest, type TakeHomeFlags } from "../options/take-home.js";

interface Flags extends TakeHomeFlags {
  by: Dimension;
  only?: string;
  sort?: CompareSort;
}

export default defineCommand<Flags>({
  profile: true,
  takeHome: true,
  configure: (c) =>
    c
      .addOption(choiceOption("--by <dimension>", "what to vary", DIMENSION_CHOICES).makeOptionMandatory())
      .option("--only <values>", "only these values, comma-separated, in any spelling their flag takes (e.g. CA,TX,FL)")
      .addOption(choiceOption("--sort <order>", "row order: the data's, by median, or by median in national-average dollars", SORT_CHOICES)),
  examples: [
    ["coding-salary compare --by state --sort real -e 4 --cert CPC", "where does a certified coder's pay go furthest?"],
    ["coding-salary compare --by state --only CA,TX,FL -e 4", "three states side by side"],
    ["coding-salary compare --by cert -e 2 --state OH", "what each credential adds"],
    ["coding-salary compare --by specialty -e 6 --json | jq '.rows[] | {value, median: .annual.median}'", "specialties for a script"],
    ["coding-salary compare --by state --sort real-take-home -e 4 --cert CPC", "where the pay goes furthest after tax and prices"],
  ],
  run({ flags, profile, dataset }) {
    const only = flags.only?.split(",").map((v) => v.trim()).filter(Boolean);
    const sort = flags.sort ?? "none";
    const takeHome = takeHomeRequest(flags);
    const result = compare(flags.by, profile, { sort, ...(only ? { only } : {}), ...(takeHome ? { takeHome } : {}) }, dataset);
    const doc = () => compareDocument(result, sort, dataset);
    return { json: doc, blocks: () => compareReport(result, sort, dataset), csv: () => compareCsv(doc()) };
  },
});
