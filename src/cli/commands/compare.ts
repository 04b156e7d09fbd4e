import { Option, type Command } from "commander";
import { compare, DIMENSIONS, type CompareSort } from "../../core/compare.js";
import type { Context } from "../context.js";
import { registerProfileCommand } from "../profile-command.js";
import { compareReport } from "../render/compare-report.js";
import { compareDocument } from "../render/json.js";

interface CompareFlags {
  by: string;
  only?: string;
  sort: CompareSort;
}

export function registerCompare(program: Command, ctx: Context): void {
  registerProfileCommand<CompareFlags>(program, ctx, {
    name: "compare",
    description: "vary one dimension of a profile (state, cert, specialty, setting, experience, role, remote) and compare",
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
    run: ({ flags, profile, dataset }) => {
      const only = flags.only?.split(",").map((v) => v.trim()).filter(Boolean);
      const result = compare(flags.by, profile, { sort: flags.sort, ...(only ? { only } : {}) }, dataset);
      return { json: () => compareDocument(result, flags.sort), blocks: () => compareReport(result, dataset) };
    },
  });
}
