import { assessOffer } from "../../core/offer.js";
import { defineCommand } from "../command.js";
import { ExitStatus, UsageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { inputOptions, type InputFlags } from "../options/input.js";
import { addTermOptions, termsFromFlags } from "../options/offer-terms.js";
import { ownPay, payOption } from "../options/own-pay.js";
import { takeHomeOf, type TakeHomeFlags } from "../options/take-home.js";
import { offerCsv } from "../render/csv-tables.js";
import { offerDocument } from "../render/json.js";
import { offerReport } from "../render/offer-report.js";
import { takeHomeBlocks } from "../render/take-home.js";

interface Flags extends TakeHomeFlags, InputFlags {
  pay?: string;
}

export default defineCommand<Flags>({
  profile: true,
  takeHome: true,
  configure: (c) => {
    c.argument("[amount]", "the offer: 52000, 52k, $52,000, 52,000 a year, 4,333/mo, 2000/wk, 1,900 biweekly, or hourly 24.50/hr, '24.50 an hour'");
    c.addOption(payOption());
    for (const o of inputOptions()) c.addOption(o);
    addTermOptions(c);
  },
  examples: [
    ["coding-salary offer 52k --experience 4 --cert CPC --state TX", "is $52,000 fair for a certified coder with 4 years in Texas?"],
    ["coding-salary offer 24.50/hr --hours 32 -e 1 --setting physician-office", "an hourly offer, part time: compared with the hourly range"],
    ["coding-salary offer 4,333/mo -e 3 --sign-on 2000 --retirement-match 4 --health-premium 120 --pto-days 15", "a monthly salary with a sign-on bonus, a 4% match, a $120/month premium and 15 days off"],
    ["coding-salary offer 58k -e 5 --cert CCS --bonus 5% --retirement-match 50:6 --dues-reimbursement 190 --ceu-allowance 500", "coder-specific benefits: dues paid, a CEU allowance"],
    ["coding-salary offer 52k -e 4 --cert CPC --state OH --pay 47k --format html > offer.html", "a page for a raise talk: the offer and your pay on one chart"],
    ["coding-salary offer '$61,000' -e 6 --state CA --json | jq '{percentile, verdict, counter, total: .compensation.total}'", "the verdict for a script"],
    ["coding-salary offer 50k --state TX --health-premium 120 --take-home --json | jq .takeHome.net", "what the offer leaves after tax (the premium taken before tax)"],
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
      throw new UsageError("missing required argument 'amount': the offer (or --input <file> for a roster)", "Example: coding-salary offer 52k -e 4, or coding-salary offer 24.50/hr --hours 32");
    const result = assessOffer(args[0], profile, dataset, terms);
    const premium = result.compensation.health?.yourShare;
    const net = takeHomeOf(flags, result.offer.annual, result.estimate.input.state, dataset, premium === undefined ? undefined : premium / 12);
    const pay = ownPay(flags.pay, profile, dataset);
    const doc = () => offerDocument(result, dataset, net);
    return { json: doc, blocks: () => [...offerReport(result, dataset, pay), ...(net ? takeHomeBlocks(net, dataset, "the offer") : [])], csv: () => offerCsv(doc()) };
  },
});
