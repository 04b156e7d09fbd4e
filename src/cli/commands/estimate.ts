import type { Command } from "commander";
import { estimate } from "../../core/estimate.js";
import type { Context } from "../context.js";
import { allowedValues, examples } from "../help.js";
import { addFormatOptions, formatOf, writeResult, type FormatFlags } from "../output.js";
import { addProfileOptions, profileFromFlags, type ProfileFlags } from "../profile-options.js";
import { estimateReport } from "../render/estimate-report.js";
import { estimateDocument } from "../render/json.js";

export function registerEstimate(program: Command, ctx: Context): void {
  const command = program
    .command("estimate")
    .description("estimate annual and hourly pay for a profile, with the factors and sources behind it");
  addProfileOptions(command);
  addFormatOptions(command);
  command.addHelpText("after", () =>
    [
      examples([
        ["coding-salary estimate --experience 4 --cert CPC --specialty cardiology --state TX --setting hospital", "a mid-career certified cardiology coder in a Texas hospital"],
        ["coding-salary estimate", "the national figure"],
        ["coding-salary estimate -e 2 --cert cpc --remote --json | jq .annual", "a script reading the range"],
      ]),
      allowedValues(ctx.dataset()),
    ].join(""),
  );
  command.action(async (flags: ProfileFlags & FormatFlags, cmd: Command) => {
    const options = { ...flags, ...cmd.optsWithGlobals() };
    const format = formatOf(options);
    const dataset = ctx.dataset();
    const result = estimate(profileFromFlags(options), dataset);
    await writeResult(ctx, format, options, {
      json: () => estimateDocument(result),
      blocks: () => estimateReport(result, dataset),
    });
  });
}
