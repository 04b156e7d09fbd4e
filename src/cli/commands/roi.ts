import type { Command } from "commander";
import type { Context } from "../context.js";
import { registerProfileCommand } from "../profile-command.js";
import type { CommandSummary } from "../program.js";

export interface RoiFlags {
  cost?: string;
  months?: string;
  cert?: string;
  comparePaths?: boolean;
}

/** What `coding-salary --help` lists for this command. */
export const roiCommand: CommandSummary = { name: "roi", description: "does a credential pay for itself? uplift, payback months and net gain after 1, 3 and 5 years", usage: "[options]" };

export function registerRoi(program: Command, ctx: Context): void {
  registerProfileCommand<RoiFlags>(program, ctx, {
    ...roiCommand,
    heldFlag: true,
    configure: (c) =>
      c
        .option("--cost <amount>", "what the training costs: 3000, 3k, $3,000")
        .option("--months <n>", "months of study before the credential")
        .option("-c, --cert <code>", "the credential to earn, e.g. CPC")
        .option("--compare-paths", "also compare the guide's self-study and program paths"),
    examples: [
      ["coding-salary roi --cost 3000 --months 6 --cert CPC --experience 1", "does a $3,000 CPC course pay for itself?"],
      ["coding-salary roi --cost 2k --months 9 --cert CCS --held CPC -e 4 --compare-paths", "a second credential, and the guide's paths"],
      ["coding-salary roi --cost 1500 --months 6 --cert CPC --json | jq .paybackMonths", "payback for a script"],
    ],
    action: () => import("../actions/roi.js"),
  });
}
