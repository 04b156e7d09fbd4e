import { Command } from "commander";
import { registerCareer } from "./commands/career.js";
import { registerCareers } from "./commands/careers.js";
import { registerCompare } from "./commands/compare.js";
import { registerCompletion } from "./commands/completion.js";
import { registerData } from "./commands/data.js";
import { registerEstimate } from "./commands/estimate.js";
import { registerOffer } from "./commands/offer.js";
import { registerRoi } from "./commands/roi.js";
import { registerSchema } from "./commands/schema.js";
import { registerSources } from "./commands/sources.js";
import { registerWizard } from "./commands/wizard.js";
import type { Context } from "./context.js";

const COMMANDS: Record<string, (program: Command, ctx: Context) => void> = {
  estimate: registerEstimate,
  wizard: registerWizard,
  offer: registerOffer,
  compare: registerCompare,
  career: registerCareer,
  roi: registerRoi,
  careers: registerCareers,
  sources: registerSources,
  schema: registerSchema,
  data: registerData,
  completion: registerCompletion,
};

/**
 * The command line: global options, then one command per file under commands/. Given the
 * arguments, only the command they name is set up (start-up time is spent once per run);
 * without one — help, a typo, no command — or for completion, all are.
 */
export function buildProgram(ctx: Context, args: readonly string[] = []): Command {
  const program = new Command("coding-salary")
    .description("Salary estimates for medical coders, from sourced data (BLS, BEA and a salary guide).")
    .version(__VERSION__, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--no-color", "no colour, even on a terminal (NO_COLOR and TERM=dumb work too)")
    .option("--data <file>", "use your own dataset file instead of the bundled data (see: coding-salary data)")
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s), outputError: () => {} })
    .showSuggestionAfterError(true)
    .exitOverride();
  const named = commandIn(args);
  const only = named !== undefined && named !== "completion" ? COMMANDS[named] : undefined;
  if (only) only(program, ctx);
  else for (const register of Object.values(COMMANDS)) register(program, ctx);
  return program;
}

/** The command an argument list names: its first operand, as commander reads it (after global options). */
function commandIn(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--data") i++;
    else if (!arg.startsWith("-")) return Object.hasOwn(COMMANDS, arg) ? arg : undefined;
  }
  return undefined;
}
