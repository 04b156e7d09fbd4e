import { Option, type Command } from "commander";
import { DIMENSIONS, type CompareSort } from "../../core/compare.js";
import type { Context } from "../context.js";
import { registerProfileCommand } from "../profile-command.js";
import type { CommandSummary } from "../program.js";

export interface CompareFlags {
  by: string;
  only?: string;
  sort: CompareSort;
}

/** What `coding-salary --help` lists for this command. */
export const compareCommand: CommandSummary = { name: "compare", description: "vary one dimension of a profile (state, cert, specialty, setting, experience, role, remote) and compare", usage: "[options]" };

export function registerCompare(program: Command, ctx: Context): void {
  registerProfileCommand<CompareFlags>(program, ctx, {
    ...compareCommand,
    configure: (c) =>
      c
        .addOption(new Option("--by <dimension>", "what to vary").choices(DIMENSIONS).makeOptionMandatory())
        .option("--only <values>", "only these values, comma-separated (e.g. CA,TX,FL)")
        .addOption(new Option("--sort <order>", "row order: none (the data's), nominal median, or real median (in national-average dollars)").choices(["none", "nominal", "real"]).default("none")),
    examples: [
      ["coding-salary compare --by state --sort real -e 4 --cert CPC", "where does a certified coder's pay go furthest?"],
      ["coding-salary compare --by state --only CA,TX,FL -e 4", "three states side by side"],
      ["coding-salary compare --by cert -e 2 --state OH", "what each credential adds"],
      ["coding-salary compare --by specialty -e 6 --json | jq '.rows[] | {value, median: .annual.median}'", "specialties for a script"],
    ],
    action: () => import("../actions/compare.js"),
  });
}
