import { Command } from "commander";
import { careerCommand, registerCareer } from "./commands/career.js";
import { careersCommand, registerCareers } from "./commands/careers.js";
import { compareCommand, registerCompare } from "./commands/compare.js";
import { completionCommand, registerCompletion } from "./commands/completion.js";
import { dataCommand, registerData } from "./commands/data.js";
import { estimateCommand, registerEstimate } from "./commands/estimate.js";
import { offerCommand, registerOffer } from "./commands/offer.js";
import { registerRoi, roiCommand } from "./commands/roi.js";
import { registerSchema, schemaCommand } from "./commands/schema.js";
import { registerSources, sourcesCommand } from "./commands/sources.js";
import { registerWizard, wizardCommand } from "./commands/wizard.js";
import type { Context } from "./context.js";
import { examples } from "./help.js";

/** A command as the top-level help lists it: set up in full only when it runs. */
export interface CommandSummary {
  name: string;
  description: string;
  /** What follows the name in the list: "[options] <amount>". */
  usage: string;
}

const COMMANDS: [CommandSummary, (program: Command, ctx: Context) => void][] = [
  [estimateCommand, registerEstimate],
  [wizardCommand, registerWizard],
  [offerCommand, registerOffer],
  [compareCommand, registerCompare],
  [careerCommand, registerCareer],
  [roiCommand, registerRoi],
  [careersCommand, registerCareers],
  [sourcesCommand, registerSources],
  [schemaCommand, registerSchema],
  [dataCommand, registerData],
  [completionCommand, registerCompletion],
];
const USAGE = new Map(COMMANDS.map(([summary]) => [summary.name, summary.usage]));

/**
 * The command line: global options, then one command per file under commands/. Only the
 * command the arguments name is set up in full (its flags, its help); the others are listed
 * by name and description, which is all the top-level help, --version and a mistyped
 * command need. Completion needs them all.
 */
export function buildProgram(ctx: Context, args: readonly string[] = []): Command {
  const program = new Command("coding-salary")
    .description("Salary estimates for medical coders, from sourced data (BLS, BEA and a salary guide).")
    .version(__VERSION__, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--no-color", "no colour, even on a terminal (NO_COLOR and TERM=dumb work too)")
    .option("--data <file>", "use your own dataset file instead of the bundled data (see: coding-salary data)")
    .configureHelp({
      showGlobalOptions: true,
      subcommandTerm: (cmd) => `${cmd.name()} ${USAGE.get(cmd.name()) ?? "[command]"}`.trimEnd(),
    })
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s), outputError: () => {} })
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText(
      "after",
      examples([
        ["coding-salary estimate --experience 4 --cert CPC --state TX", "what a certified coder with 4 years earns in Texas"],
        ["coding-salary wizard", "answer questions instead of typing flags"],
        ["coding-salary offer 52k -e 4 --state TX", "is this offer fair?"],
        ["coding-salary estimate --help", "every flag and the values each takes"],
      ]),
    );
  const named = commandIn(args);
  for (const [summary, register] of COMMANDS) {
    if (named === "completion" || named === summary.name) register(program, ctx);
    else program.command(summary.name).description(summary.description);
  }
  return program;
}

/** The command an argument list names: its first operand after global options (or after `help`). */
function commandIn(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--data") i++;
    else if (arg === "help") continue;
    else if (!arg.startsWith("-")) return USAGE.has(arg) ? arg : undefined;
  }
  return undefined;
}
