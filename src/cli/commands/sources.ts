import type { Command } from "commander";
import type { Context } from "../context.js";
import { examples } from "../help.js";
import { addFormatOptions, formatOf, writeResult, type FormatFlags } from "../output.js";
import type { CommandSummary } from "../program.js";

/** What `coding-salary --help` lists for this command. */
export const sourcesCommand: CommandSummary = { name: "sources", description: "every data source with publisher, year and coverage; the dataset's version and hash", usage: "[options]" };

export function registerSources(program: Command, ctx: Context): void {
  const command = program.command(sourcesCommand.name).description(sourcesCommand.description);
  addFormatOptions(command);
  command.addHelpText("after", examples([["coding-salary sources", "where the figures come from"], ["coding-salary sources --json | jq -r .dataset.hash", "the hash that pins a set of estimates"]]));
  command.action(async (_flags: FormatFlags, cmd: Command) => {
    const flags = cmd.optsWithGlobals() as FormatFlags;
    const format = formatOf(flags);
    const { sourcesRendering } = await import("../actions/sources.js");
    await writeResult(ctx, format, flags, await sourcesRendering(ctx.dataset()));
  });
}
