import { Command } from "commander";
import type { Dataset } from "../core/dataset/dataset-schema.js";
import type { ProfileInput } from "../core/profile.js";
import type { Context } from "./context.js";
import { formatOf, formatOptions, type Format, type FormatFlags } from "./options/format.js";
import { addProfileOptions, allowedValuesHelp, profileFromFlags } from "./options/profile.js";
import { takeHomeOptions } from "./options/take-home.js";
import { writeResult, type Rendering } from "./output.js";
import { screenWidth } from "./render/screen.js";

/** What `coding-salary --help` lists for a command, and where its definition is: loaded only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  /** What follows the name in the list: "[options] <amount>". */
  usage: string;
  load(): Promise<{ default: CommandDefinition<never> }>;
}

export type Example = readonly [command: string, what: string];

interface RunInput<F> {
  flags: F & FormatFlags;
  args: string[];
  /** The profile flags, unchecked (the core checks them against the dataset). */
  profile: ProfileInput;
  dataset: Dataset;
  format: Format;
  /** Whether --format or --json was given, rather than the default. */
  formatGiven: boolean;
  ctx: Context;
}

/**
 * A command in one file: its own arguments and options, its examples, and its work —
 * read, compute, describe how to print. The shared flags come from the option tables.
 */
interface CommandDefinition<F> {
  /** Takes the profile flags (and shows their allowed values in its help). */
  profile?: boolean;
  /** Takes --format and --json (default: yes, when it has `run`). */
  formats?: boolean;
  /** Takes --take-home, --filing and --retirement-contribution. */
  takeHome?: boolean;
  configure?(command: Command, ctx: Context): void;
  examples: readonly Example[];
  /** Undefined: it wrote its output itself. */
  run?(input: RunInput<F>): Rendering | undefined | Promise<Rendering | undefined>;
}

export function defineCommand<F = object>(definition: CommandDefinition<F>): CommandDefinition<F> {
  return definition;
}

/** The "Examples:" section of a help text. */
export function examplesHelp(lines: readonly Example[]): string {
  return `\nExamples:\n${lines.map(([command, what]) => `  # ${what}\n  $ ${command}\n`).join("")}`;
}

export function registerCommand(program: Command, entry: CommandEntry, definition: CommandDefinition<unknown>, ctx: Context): Command {
  const command = program.command(entry.name).description(entry.summary);
  definition.configure?.(command, ctx);
  const d = ctx.dataset();
  if (definition.profile) addProfileOptions(command, d);
  if (definition.takeHome) for (const o of takeHomeOptions()) command.addOption(o);
  const run = definition.run;
  if (run && definition.formats !== false) for (const o of formatOptions()) command.addOption(o);
  command.addHelpText("after", () => examplesHelp(definition.examples) + (definition.profile ? allowedValuesHelp(d, screenWidth(ctx.io)) : ""));
  if (run)
    command.action(async (...received: unknown[]) => {
      const cmd = received[received.length - 1] as Command;
      const flags = cmd.optsWithGlobals() as FormatFlags & Record<string, unknown>;
      const { format, given } = formatOf(flags);
      const rendering = await run({ flags, args: cmd.args, profile: definition.profile ? profileFromFlags(flags) : {}, dataset: d, format, formatGiven: given, ctx });
      if (rendering) await writeResult(ctx, format, flags, rendering);
    });
  return command;
}
