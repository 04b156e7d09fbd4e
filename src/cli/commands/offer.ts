import type { Command } from "commander";
import type { Context } from "../context.js";
import { registerProfileCommand } from "../profile-command.js";
import type { CommandSummary } from "../program.js";

/** What `coding-salary --help` lists for this command. */
export const offerCommand: CommandSummary = { name: "offer", description: "where an offer sits for a profile: percentile, verdict, gap to the median, a counter-offer", usage: "[options] <amount>" };

export function registerOffer(program: Command, ctx: Context): void {
  registerProfileCommand(program, ctx, {
    ...offerCommand,
    configure: (c) => c.argument("<amount>", "the offer: 52000, 52k, $52,000, or hourly 24.50/h"),
    examples: [
      ["coding-salary offer 52k --experience 4 --cert CPC --state TX", "is $52,000 fair for a certified coder with 4 years in Texas?"],
      ["coding-salary offer 24.50/hr --experience 1 --setting physician-office", "an hourly offer"],
      ["coding-salary offer '$61,000' -e 6 --state CA --json | jq '{percentile, verdict, counter}'", "the verdict for a script"],
    ],
    action: () => import("../actions/offer.js"),
  });
}
