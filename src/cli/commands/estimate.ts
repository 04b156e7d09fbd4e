import { estimate } from "../../core/estimate.js";
import { defineCommand } from "../command.js";
import { ExitStatus, UsageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { inputOptions, type InputFlags } from "../options/input.js";
import { estimateCsvHeader, estimateCsvRow } from "../render/csv.js";
import { estimateReport } from "../render/estimate-report.js";
import { estimateDocument } from "../render/json.js";
import { takeHomeBlocks } from "../render/take-home.js";
import { ownPay, payOption } from "../options/own-pay.js";
import { takeHomeOf, type TakeHomeFlags } from "../options/take-home.js";

interface Flags extends TakeHomeFlags, InputFlags {
  pay?: string;
}

export default defineCommand<Flags>({
  profile: true,
  takeHome: true,
  configure: (c) => {
    c.addOption(payOption());
    for (const o of inputOptions()) c.addOption(o);
  },
  examples: [
    ["coding-salary estimate --experience 4 --cert CPC --specialty cardiology --state TX --setting hospital", "a mid-career certified cardiology coder in a Texas hospital"],
    ["coding-salary estimate", "the national figure"],
    ["coding-salary estimate -e 4 --cert CPC --state OH --pay 48k --format html > pay.html", "where my pay sits, as a page to print or share"],
    ["coding-salary estimate -e 2 --cert cpc --remote --json | jq .annual", "a script reading the range"],
    ["coding-salary estimate --input profiles.jsonl > estimates.jsonl", "a batch: one JSON line per profile, in order"],
    ["coding-salary estimate --input staff.csv --format csv --state OH > out.csv", "CSV in and out; --state applies where a row has none"],
    ["coding-salary estimate -e 4 --cert CPC --state CA --take-home --filing married-joint", "what the median leaves after tax"],
  ],
  async run({ flags, profile, dataset, format, formatGiven, ctx }) {
    if (flags.input !== undefined) {
      if (formatGiven && format !== "json" && format !== "csv")
        throw new UsageError(`a batch writes JSON Lines or CSV, not ${format}`, "Use --format json (the default with --input) or --format csv.");
      const { runBatchFile } = await import("../batch/run-batch.js");
      const code = await runBatchFile({ input: flags.input, inputFormat: flags.inputFormat, format: format === "csv" ? "csv" : "json", defaults: profile, dataset, io: ctx.io });
      if (code !== ExitCode.ok) throw new ExitStatus(code);
      return undefined;
    }
    const result = estimate(profile, dataset);
    const net = takeHomeOf(flags, result.annual.median, result.input.state, dataset);
    const pay = ownPay(flags.pay, profile, dataset);
    return {
      json: () => estimateDocument(result, dataset, net),
      blocks: () => [...estimateReport(result, dataset, pay), ...(net ? takeHomeBlocks(net, dataset, "the median") : [])],
      csv: () => estimateCsvHeader() + estimateCsvRow(null, result),
    };
  },
});
