import { Command } from "commander";
import { examplesHelp, registerCommand, type CommandEntry } from "./command.js";
import type { Context } from "./context.js";
import { screenWidth } from "./render/screen.js";

/** Every command: its name, what `coding-salary --help` says of it, and its file, loaded only when it runs. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: "estimate", summary: "estimate annual and hourly pay for a profile, with the factors and sources behind it", usage: "[options]", load: () => import("./commands/estimate.js") },
  { name: "wizard", summary: "answer questions step by step (flags given skip their questions), then see the estimate", usage: "[options]", load: () => import("./commands/wizard.js") },
  { name: "offer", summary: "is an offer fair? percentile, verdict, counter-offer and total compensation; or a whole roster with --input", usage: "[options] <amount>", load: () => import("./commands/offer.js") },
  { name: "offers", summary: "2–5 offers side by side: pay, total compensation, percentile, purchasing power, and what each needs to match the best", usage: "[options] <offers...|file>", load: () => import("./commands/offers.js") },
  { name: "compare", summary: "vary one dimension of a profile (state, cert, specialty, setting, experience, role, remote) and compare", usage: "[options]", load: () => import("./commands/compare.js") },
  { name: "career", summary: "project pay year by year along the ladder: coder, senior coder, supervisor, manager, director", usage: "[options]", load: () => import("./commands/career.js") },
  { name: "roi", summary: "does a credential pay for itself? uplift, payback months and net gain after 1, 3 and 5 years", usage: "[options]", load: () => import("./commands/roi.js") },
  { name: "careers", summary: "medical coding next to related careers: the guide's ranges, BLS medians, training and outlook", usage: "[options]", load: () => import("./commands/careers.js") },
  { name: "accuracy", summary: "every published figure the model is checked against, beside the model's figure", usage: "[options]", load: () => import("./commands/accuracy.js") },
  { name: "sources", summary: "every data source with publisher, year and coverage; the dataset's version and hash", usage: "[options]", load: () => import("./commands/sources.js") },
  { name: "schema", summary: "print the JSON Schema (draft 2020-12) of a command's JSON output, or of a dataset", usage: "[name]", load: () => import("./commands/schema.js") },
  { name: "data", summary: "export the dataset, or check a dataset file of your own before using it with --data", usage: "<export|validate>", load: () => import("./commands/data.js") },
  { name: "completion", summary: "print a shell completion script (commands, flags, and values from the dataset)", usage: "<bash|zsh|fish>", load: () => import("./commands/completion.js") },
];

const USAGE = new Map(COMMANDS.map((c) => [c.name, c.usage]));

/**
 * The command line: global options, then one command per file under commands/. Only the
 * command the arguments name is loaded and set up in full (its flags, its help); when none is
 * named, the others are listed by name and summary, which is all the top-level help,
 * --version and a mistyped command need. Completion needs them all.
 */
export async function buildProgram(ctx: Context, args: readonly string[] = []): Promise<Command> {
  const program = new Command("coding-salary")
    .description("Salary estimates for medical coders, from sourced data (BLS, AAPC, BEA and a salary guide).")
    .version(__VERSION__, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--no-color", "no colour, even on a terminal (NO_COLOR and TERM=dumb work too)")
    .option("--data <file>", "use your own dataset file instead of the bundled data (see: coding-salary data)")
    .configureHelp({
      showGlobalOptions: true,
      // Descriptions wrap beside their flags down to 20 columns (commander's default is 40: a narrower terminal got unwrapped lines).
      minWidthToWrap: 20,
      subcommandTerm: (cmd) => `${cmd.name()} ${USAGE.get(cmd.name()) ?? "[command]"}`.trimEnd(),
    })
    // Help is plain text as wide as the reports (COLUMNS, the terminal, or 80); asking commander's
    // defaults would open process.stdout, which loads Node's stream modules for a page of text.
    .configureOutput({
      writeOut: (s) => ctx.io.out(s),
      writeErr: (s) => ctx.io.err(s),
      outputError: () => {},
      getOutHelpWidth: () => screenWidth(ctx.io),
      getErrHelpWidth: () => screenWidth(ctx.io),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText(
      "after",
      examplesHelp([
        ["coding-salary estimate --experience 4 --cert CPC --state TX", "what a certified coder with 4 years earns in Texas"],
        ["coding-salary wizard", "answer questions instead of typing flags"],
        ["coding-salary offer 52k -e 4 --state TX", "is this offer fair?"],
        ["coding-salary accuracy", "how the model compares with BLS, AAPC and the guide"],
        ["coding-salary estimate --help", "every flag and the values each takes"],
      ]),
    );
  const named = commandIn(args);
  // The others are listed where they can be seen: the top-level help (`--help` before a command
  // shows it too), a mistyped command's suggestions, completion. A command's run needs only itself.
  const listed = named === undefined || named === "completion" || args.slice(0, args.indexOf(named)).some((a) => a === "-h" || a === "--help");
  for (const entry of COMMANDS) {
    if (named === "completion" || named === entry.name) registerCommand(program, entry, (await entry.load()).default as never, ctx);
    else if (listed) program.command(entry.name).description(entry.summary);
  }
  return program;
}

/** The command an argument list names: its first operand after global options (or after `help`). */
export function commandIn(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    // After "--" everything is an operand: the first one names the command.
    if (arg === "--") return USAGE.has(args[i + 1] ?? "") ? args[i + 1] : undefined;
    if (arg === "--data") i++;
    else if (arg === "help") continue;
    else if (!arg.startsWith("-")) return USAGE.has(arg) ? arg : undefined;
  }
  return undefined;
}

/** The file `--data` names, wherever it stands (`--data f` or `--data=f`), before `--`. */
export function dataFileIn(args: readonly string[]): string | undefined {
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") break;
    if (arg === "--data") file = args[++i];
    else if (arg.startsWith("--data=")) file = arg.slice("--data=".length);
  }
  return file;
}
