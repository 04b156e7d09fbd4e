import { Option } from "commander";
import { assessOffer } from "../../core/offer.js";
import { defineCommand } from "../command.js";
import { ExitStatus, UsageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { parseChoice, type ChoiceTable } from "../options/choice.js";
import { addTermOptions, termsFromFlags } from "../options/offer-terms.js";
import { offerCsv } from "../render/csv-tables.js";
import { offerDocument } from "../render/json.js";
import { offerReport } from "../render/offer-report.js";

const INPUT_FORMATS: ChoiceTable<"jsonl" | "csv"> = {
  flag: "--input-format",
  noun: "roster format",
  choices: [
    { value: "jsonl", description: "one JSON record per line", aliases: ["json", "ndjson"] },
    { value: "csv", description: "a header row of column names, then one record per row" },
  ],
};

interface Flags {
  input?: string;
  inputFormat?: "jsonl" | "csv";
}

export default defineCommand<Flags>({
  profile: true,
  configure: (c) => {
    c.argument("[amount]", "the offer: 52000, 52k, $52,000, 52,000 a year, 4,333/mo, 2000/wk, 1,900 biweekly, or hourly 24.50/hr, '24.50 an hour'")
      .option("-i, --input <file>", "score a roster: every row's salary or hourly rate, with its profile columns (JSON Lines or CSV, - for stdin); other columns are carried through")
      .addOption(
        new Option("--input-format <format>", "roster format (default: from the file's extension; JSON Lines on stdin)")
          .choices(INPUT_FORMATS.choices.map((x) => x.value))
          .argParser((text) => parseChoice(INPUT_FORMATS, text)),
      );
    addTermOptions(c);
  },
  examples: [
    ["coding-salary offer 52k --experience 4 --cert CPC --state TX", "is $52,000 fair for a certified coder with 4 years in Texas?"],
    ["coding-salary offer 24.50/hr --hours 32 -e 1 --setting physician-office", "an hourly offer, part time: compared with the hourly range"],
    ["coding-salary offer 4,333/mo -e 3 --sign-on 2000 --retirement-match 4 --health-premium 120 --pto-days 15", "a monthly salary with a sign-on bonus, a 4% match, a $120/month premium and 15 days off"],
    ["coding-salary offer 58k -e 5 --cert CCS --bonus 5% --retirement-match 50:6 --dues-reimbursement 190 --ceu-allowance 500", "coder-specific benefits: dues paid, a CEU allowance"],
    ["coding-salary offer '$61,000' -e 6 --state CA --json | jq '{percentile, verdict, counter, total: .compensation.total}'", "the verdict for a script"],
    ["coding-salary offer --input staff.csv --format csv > review.csv", "a pay-equity review: every row of a roster scored, employee ids carried through"],
  ],
  async run({ flags, args, profile, dataset, format, formatGiven, ctx }) {
    const terms = termsFromFlags(flags as unknown as Record<string, unknown>);
    if (flags.input !== undefined) {
      if (args[0] !== undefined) throw new UsageError("give an amount or --input <file>, not both", "A roster's amounts come from its salary or hourly column.");
      if (formatGiven && format !== "json" && format !== "csv")
        throw new UsageError(`a roster writes JSON Lines or CSV, not ${format}`, "Use --format json (the default with --input) or --format csv.");
      const [{ runBatchFile }, { rosterHandler }] = await Promise.all([import("../batch/run-batch.js"), import("../offers/roster.js")]);
      const code = await runBatchFile({
        input: flags.input,
        inputFormat: flags.inputFormat,
        format: format === "csv" ? "csv" : "json",
        defaults: profile,
        dataset,
        io: ctx.io,
        handler: rosterHandler(dataset, terms),
      });
      if (code !== ExitCode.ok) throw new ExitStatus(code);
      return undefined;
    }
    if (args[0] === undefined)
      throw new UsageError("offer needs an amount (or --input <file> for a roster)", "Example: coding-salary offer 52k -e 4, or coding-salary offer 24.50/hr --hours 32");
    const result = assessOffer(args[0], profile, dataset, terms);
    const doc = () => offerDocument(result, dataset);
    return { json: doc, blocks: () => offerReport(result, dataset), csv: () => offerCsv(doc()) };
  },
});
