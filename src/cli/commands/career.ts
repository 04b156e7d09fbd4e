import type { Command } from "commander";
import { careerPath, MAX_CAREER_YEARS } from "../../core/career.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import { registerProfileCommand } from "../profile-command.js";
import { careerReport } from "../render/career-report.js";
import { careerDocument } from "../render/json.js";

export function registerCareer(program: Command, ctx: Context): void {
  registerProfileCommand<{ years: string; promotions: boolean }>(program, ctx, {
    name: "career",
    description: "project pay year by year along the ladder: coder, senior coder, supervisor, manager, director",
    configure: (c) =>
      c
        .option("-y, --years <n>", `years to project (1–${MAX_CAREER_YEARS})`, "5")
        .option("--no-promotions", "keep the role as it is: only experience grows"),
    examples: [
      ["coding-salary career --years 5 --experience 1 --cert CPC", "where will a new certified coder be in five years?"],
      ["coding-salary career --years 10 -e 4 --state WA --json | jq '[.years[].annual.median]'", "the median path for a script"],
      ["coding-salary career --years 5 -e 3 --no-promotions", "staying a coder: experience alone"],
    ],
    run: ({ flags, profile, dataset }) => {
      const years = /^\d+$/.test(flags.years) ? Number(flags.years) : Number.NaN;
      if (!(years >= 1 && years <= MAX_CAREER_YEARS))
        throw new UsageError(`--years must be a whole number from 1 to ${MAX_CAREER_YEARS}, got ${JSON.stringify(flags.years)}`);
      const result = careerPath(years, profile, { promotions: flags.promotions }, dataset);
      return { json: () => careerDocument(result), blocks: () => careerReport(result, dataset) };
    },
  });
}
