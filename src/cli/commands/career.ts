import type { Command } from "commander";
import type { Context } from "../context.js";
import { registerProfileCommand } from "../profile-command.js";
import type { CommandSummary } from "../program.js";

export interface CareerFlags {
  years: string;
  promotions: boolean;
}

/** What `coding-salary --help` lists for this command. */
export const careerCommand: CommandSummary = { name: "career", description: "project pay year by year along the ladder: coder, senior coder, supervisor, manager, director", usage: "[options]" };

export function registerCareer(program: Command, ctx: Context): void {
  registerProfileCommand<CareerFlags>(program, ctx, {
    ...careerCommand,
    configure: (c) =>
      c
        .option("-y, --years <n>", "years to project (1–40)", "5")
        .option("--no-promotions", "keep the role as it is: only experience grows"),
    examples: [
      ["coding-salary career --years 5 --experience 1 --cert CPC", "where will a new certified coder be in five years?"],
      ["coding-salary career --years 10 -e 4 --state WA --json | jq '[.years[].annual.median]'", "the median path for a script"],
      ["coding-salary career --years 5 -e 3 --no-promotions", "staying a coder: experience alone"],
    ],
    action: () => import("../actions/career.js"),
  });
}
