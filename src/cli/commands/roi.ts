import type { Command } from "commander";
import { parseAmount } from "../../core/amount.js";
import { compareTrainingPaths, trainingReturn } from "../../core/roi.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import { registerProfileCommand } from "../profile-command.js";
import { roiDocument } from "../render/json.js";
import { roiReport } from "../render/roi-report.js";

interface RoiFlags {
  cost?: string;
  months?: string;
  cert?: string;
  comparePaths?: boolean;
}

export function registerRoi(program: Command, ctx: Context): void {
  registerProfileCommand<RoiFlags>(program, ctx, {
    name: "roi",
    description: "does a credential pay for itself? uplift, payback months and net gain after 1, 3 and 5 years",
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
    run: ({ flags, profile, dataset }) => {
      const missing = [!flags.cost && "--cost <amount>", !flags.months && "--months <n>", !flags.cert && "--cert <code>"].filter(Boolean);
      if (missing.length) throw new UsageError(`roi needs ${missing.join(", ")}`, "Example: coding-salary roi --cost 3000 --months 6 --cert CPC");
      const cost = /^\$?0+(\.0+)?$/.test(flags.cost!.trim()) ? 0 : parseAmount(flags.cost!, 1, "cost").annual;
      const months = /^\d+(\.\d+)?$/.test(flags.months!.trim()) ? Number(flags.months) : Number.NaN;
      if (Number.isNaN(months)) throw new UsageError(`--months must be a number of months, got ${JSON.stringify(flags.months)}`);
      const result = trainingReturn({ cost, months, cert: flags.cert! }, profile, dataset);
      const paths = flags.comparePaths ? compareTrainingPaths(result.plan.cert, profile, dataset) : null;
      return { json: () => roiDocument(result, paths), blocks: () => roiReport(result, paths, dataset) };
    },
  });
}
