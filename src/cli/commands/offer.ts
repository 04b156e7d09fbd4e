import { assessOffer } from "../../core/offer.js";
import { defineCommand } from "../command.js";
import { offerCsv } from "../render/csv-tables.js";
import { offerDocument } from "../render/json.js";
import { offerReport } from "../render/offer-report.js";
import { takeHomeBlocks } from "../render/take-home.js";
import { ownPay, payOption } from "../options/own-pay.js";
import { takeHomeOf, type TakeHomeFlags } from "../options/take-home.js";

export default defineCommand<TakeHomeFlags & { pay?: string }>({
  profile: true,
  takeHome: true,
  configure: (c) =>
    c
      .argument("<amount>", "the offer: 52000, 52k, $52,000, or hourly 24.50/h")
      .addOption(payOption()),
  examples: [
    ["coding-salary offer 52k --experience 4 --cert CPC --state TX", "is $52,000 fair for a certified coder with 4 years in Texas?"],
    ["coding-salary offer 24.50/hr --experience 1 --setting physician-office", "an hourly offer"],
    ["coding-salary offer 52k -e 4 --cert CPC --state OH --pay 47k --format html > offer.html", "a page for a raise talk: the offer and your pay on one chart"],
    ["coding-salary offer '$61,000' -e 6 --state CA --json | jq '{percentile, verdict, counter}'", "the verdict for a script"],
    ["coding-salary offer 50k --state TX --take-home --json | jq .takeHome.net", "what the offer leaves after tax"],
  ],
  run({ flags, args, profile, dataset }) {
    const result = assessOffer(args[0] ?? "", profile, dataset);
    const net = takeHomeOf(flags, result.offer.annual, result.estimate.input.state, dataset);
    const pay = ownPay(flags.pay, profile, dataset);
    const doc = () => offerDocument(result, dataset, net);
    return { json: doc, blocks: () => [...offerReport(result, dataset, pay), ...(net ? takeHomeBlocks(net, dataset, "the offer") : [])], csv: () => offerCsv(doc()) };
  },
});
