import { careerPath, MAX_CAREER_YEARS } from "../../core/career.js";
import { defineCommand } from "../command.js";
import { parseNumber } from "../options/number.js";
import { careerReport } from "../render/career-report.js";
import { careerCsv } from "../render/csv-tables.js";
import { careerDocument } from "../render/json.js";

interface Flags {
  years: number;
  promotions: boolean;
}

export default defineCommand<Flags>({
  profile: true,
  configure: (c) =>
    c
      .option(
        "-y, --years <n>",
        `years to project (1–${MAX_CAREER_YEARS})`,
        (text: string) => parseNumber(text, { flag: "--years", what: "a whole number of years", min: 1, max: MAX_CAREER_YEARS, integer: true, example: "5" }),
        5,
      )
      .option("--no-promotions", "keep the role as it is: only experience grows"),
  examples: [
    ["coding-salary career --years 5 --experience 1 --cert CPC", "where will a new certified coder be in five years?"],
    ["coding-salary career --years 10 -e 4 --state WA --json | jq '[.years[].annual.median]'", "the median path for a script"],
    ["coding-salary career --years 5 -e 3 --no-promotions", "staying a coder: experience alone"],
  ],
  run({ flags, profile, dataset }) {
    const result = careerPath(flags.years, profile, { promotions: flags.promotions }, dataset);
    return { json: () => careerDocument(result), blocks: () => careerReport(result, dataset), csv: () => careerCsv(careerDocument(result)) };
  },
});
