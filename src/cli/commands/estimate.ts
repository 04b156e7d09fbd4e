import { Option, type Command } from "commander";
import type { Context } from "../context.js";
import { registerProfileCommand } from "../profile-command.js";
import type { CommandSummary } from "../program.js";

export interface BatchFlags {
  input?: string;
  inputFormat?: string;
}

/** What `coding-salary --help` lists for this command. */
export const estimateCommand: CommandSummary = { name: "estimate", description: "estimate annual and hourly pay for a profile, with the factors and sources behind it", usage: "[options]" };

export function registerEstimate(program: Command, ctx: Context): void {
  registerProfileCommand<BatchFlags>(program, ctx, {
    ...estimateCommand,
    configure: (c) =>
      c
        .option("-i, --input <file>", "estimate every profile in a JSON Lines or CSV file (- for stdin), one output line each")
        .addOption(new Option("--input-format <format>", "input format (default: from the extension; jsonl for stdin)").choices(["jsonl", "csv"])),
    examples: [
      ["coding-salary estimate --experience 4 --cert CPC --specialty cardiology --state TX --setting hospital", "a mid-career certified cardiology coder in a Texas hospital"],
      ["coding-salary estimate", "the national figure"],
      ["coding-salary estimate -e 2 --cert cpc --remote --json | jq .annual", "a script reading the range"],
      ["coding-salary estimate --input profiles.jsonl > estimates.jsonl", "a batch: one JSON line per profile, in order"],
      ["coding-salary estimate --input staff.csv --format csv --state OH > out.csv", "CSV in and out; --state applies where a row has none"],
    ],
    action: () => import("../actions/estimate.js"),
  });
}
