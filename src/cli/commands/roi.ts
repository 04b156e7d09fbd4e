import { Option } from "commander";
import { parseMoney } from "../../core/amount.js";
import { compareTrainingPaths, trainingReturn } from "../../core/roi.js";
import { defineCommand } from "../command.js";
import { UsageError } from "../errors.js";
import { parseNumber } from "../options/number.js";
import { roiCsv } from "../render/csv-tables.js";
import { roiDocument } from "../render/json.js";
import { roiReport } from "../render/roi-report.js";

interface Flags {
  cost?: number;
  months?: number;
  earn?: string;
  cert?: string[];
  held?: string[];
  comparePaths?: boolean;
}

const collect = (text: string, previous: string[] = []) => [...previous, ...text.split(",").map((v) => v.trim()).filter(Boolean)];

export default defineCommand<Flags>({
  profile: true,
  configure: (c) =>
    c
      .option("--cost <amount>", "what the training costs: 3000, 3k, $3,000 (no pay period)", (text: string) => parseMoney(text, "--cost"))
      .option("--months <n>", "months of study before the credential", (text: string) =>
        parseNumber(text, { flag: "--months", what: "a number of months", min: 0, max: 120, example: "6 or 9.5" }),
      )
      .option("--earn <code>", "the credential to earn, e.g. CPC (--cert names credentials already held)")
      .addOption(new Option("--held <code>", "a credential already held (same as --cert)").argParser(collect))
      .option("--compare-paths", "also compare the guide's self-study and program paths"),
  examples: [
    ["coding-salary roi --cost 3000 --months 6 --earn CPC --experience 1", "does a $3,000 CPC course pay for itself?"],
    ["coding-salary roi --cost 2k --months 9 --earn CCS --cert CPC -e 4 --compare-paths", "a second credential, and the guide's paths"],
    ["coding-salary roi --cost 1500 --months 6 --earn CPC --json | jq .paybackMonths", "payback for a script"],
  ],
  run({ flags, profile, dataset, ctx }) {
    let earn = flags.earn;
    let held = [...(flags.cert ?? []), ...(flags.held ?? [])];
    if (earn === undefined && flags.cert !== undefined) {
      // 1.x: roi --cert named the credential to earn. Still read so, with a notice (semver: removed in 3.0).
      const named = flags.cert;
      if (named.length !== 1) throw new UsageError("name one credential to earn with --earn <code>", "Credentials already held go in --cert (or --held).");
      earn = named[0];
      held = flags.held ?? [];
      ctx.io.err(`coding-salary: warning: "roi --cert ${earn}" is deprecated: use "roi --earn ${earn}". In 3.0, --cert will name credentials already held, as in every other command.\n`);
    }
    const missing = [flags.cost === undefined && "--cost <amount>", flags.months === undefined && "--months <n>", earn === undefined && "--earn <code>"].filter(Boolean);
    if (missing.length) throw new UsageError(`roi needs ${missing.join(", ")}`, "Example: coding-salary roi --cost 3000 --months 6 --earn CPC");
    // Credentials held: --cert (when --earn names the one to earn) and --held.
    const { certifications: _flagged, ...rest } = profile;
    const input = { ...rest, ...(held.length ? { certifications: held } : {}) };
    const result = trainingReturn({ cost: flags.cost as number, months: flags.months as number, cert: earn as string }, input, dataset);
    const paths = flags.comparePaths ? compareTrainingPaths(result.plan.cert, input, dataset) : null;
    const doc = () => roiDocument(result, paths, dataset);
    return { json: doc, blocks: () => roiReport(result, paths, dataset), csv: () => roiCsv(doc()) };
  },
});
