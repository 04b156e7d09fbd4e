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

/** The command line: global options, then one command per file under commands/. */
export function buildProgram(ctx: Context): Command {
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
  for (const register of [registerEstimate, registerWizard, registerOffer, registerCompare, registerCareer, registerRoi, registerCareers, registerSources, registerSchema, registerData, registerCompletion])
    register(program, ctx);
  return program;
}
