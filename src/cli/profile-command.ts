import type { Command } from "commander";
import type { Dataset } from "../core/dataset/dataset-schema.js";
import type { ProfileInput } from "../core/profile.js";
import type { Context } from "./context.js";
import { allowedValues, examples } from "./help.js";
import { addFormatOptions, formatOf, writeResult, type Format, type FormatFlags, type Rendering } from "./output.js";
import { addProfileOptions, profileFromFlags, type ProfileFlags } from "./profile-options.js";

export interface ProfileCommandSpec<F> {
  name: string;
  description: string;
  examples: readonly [command: string, what: string][];
  /** `roi` takes --cert for the credential to earn, so held credentials come with --held. */
  heldFlag?: boolean;
  /** The command's own arguments and options. */
  configure?: (command: Command) => void;
  /** The command's work, in its own module under actions/: loaded only when the command runs. */
  action: () => Promise<{ run: ProfileRun<F> }>;
}

export interface ProfileRunInput<F> {
  flags: F & ProfileFlags & FormatFlags;
  args: string[];
  profile: ProfileInput;
  dataset: Dataset;
  format: Format;
  /** Whether --format or --json was given (rather than the default). */
  formatGiven: boolean;
  ctx: Context;
}

/** Read → compute → describe how to print: the command's whole job. Undefined: it wrote its output itself. */
export type ProfileRun<F = object> = (input: ProfileRunInput<F>) => Rendering | undefined | Promise<Rendering | undefined>;

/**
 * A command that takes the profile flags and prints one result: the shared options, help
 * (examples, the allowed values from the dataset) and output are set up here, once.
 */
export function registerProfileCommand<F>(program: Command, ctx: Context, spec: ProfileCommandSpec<F>): Command {
  const command = program.command(spec.name).description(spec.description);
  spec.configure?.(command);
  addProfileOptions(command, { heldFlag: spec.heldFlag ?? false });
  addFormatOptions(command);
  command.addHelpText("after", () => examples(spec.examples) + allowedValues(ctx.dataset()));
  command.action(async (...received: unknown[]) => {
    const cmd = received[received.length - 1] as Command;
    const flags = cmd.optsWithGlobals() as F & ProfileFlags & FormatFlags;
    const format = formatOf(flags);
    const dataset = ctx.dataset();
    const profile = profileFromFlags(flags, { heldFlag: spec.heldFlag ?? false });
    const formatGiven = flags.json === true || cmd.getOptionValueSource("format") !== "default";
    const { run } = await spec.action();
    const rendering = await run({ flags, args: cmd.args, profile, dataset, format, formatGiven, ctx });
    if (rendering) await writeResult(ctx, format, flags, rendering);
  });
  return command;
}
