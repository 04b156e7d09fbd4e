import { bundledDataset } from "../core/dataset/bundled-dataset.js";
import type { Dataset } from "../core/dataset/dataset-schema.js";
import type { Context } from "./context.js";
import { describeFailure } from "./describe-failure.js";
import { NotInThisBundle, UsageError } from "./errors.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";
import { processIo, stdinTaken, type Io } from "./io.js";
import { buildProgram, COMMANDS, commandIn, dataFileIn } from "./program.js";
import { quote } from "./text.js";

/**
 * The executable's entry: runs the command line against the real process and sets its exit
 * code. Resolves to whether all output is written (nothing queued), so the process may end
 * at once rather than run V8's housekeeping first (a young-generation collection it has
 * scheduled takes several milliseconds of a short run).
 */
export async function main(argv: string[] = process.argv): Promise<boolean> {
  const io = processIo();
  process.exitCode = await run(argv.slice(2), io);
  return io.written?.() ?? false;
}

/**
 * Runs one command line (`args` without node and the script) against an `Io` and returns the
 * exit code; every error is mapped to a message and a code here, in one place.
 */
export async function run(args: readonly string[], io: Io): Promise<ExitCodeValue> {
  // The bundled data is read when a command first asks for it: --help and --version need none.
  let dataset: Dataset | undefined;
  const ctx: Context = { io, args, dataset: () => (dataset ??= bundledDataset()) };
  try {
    // A --data file is read and checked first, so everything — help included — speaks of it.
    const file = dataFileIn(args);
    if (file !== undefined) dataset = await (await import("./dataset-file.js")).readDatasetFile(file, io.stdin);
    // `--data -` has read standard input to its end: anything else that reads it is told so rather than finding it empty.
    if (file === "-") ctx.io = stdinTaken(io);
    const program = await buildProgram(ctx, args);
    // `--` before any command leaves commander nothing to run: it would exit 0 having done nothing.
    const dash = args.indexOf("--");
    if (commandIn(args) === undefined && dash !== -1 && dash < args.length - 1)
      throw new UsageError(`no command before --: ${quote(args[dash + 1])} after it is not run as one`, "Put the command first: coding-salary estimate -- …; see 'coding-salary --help'.");
    if (args.length === 0) {
      // No command: in a terminal, offer the wizard; otherwise (or declined) show the help.
      if (io.stderrIsTTY && io.stdinIsTTY && (await wizardWanted())) return await run(["wizard"], io);
      io.out(program.helpInformation());
      return ExitCode.ok;
    }
    await program.parseAsync(args, { from: "user" });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof NotInThisBundle) return await error.full().run(args, io);
    const command = commandIn(args);
    // The dataset in use if a command read it, for a profile error to name what it allows (--version and help, which end here too, read none).
    const { message, code } = describeFailure(error, { debug: Boolean(io.env.DEBUG), command: COMMANDS.some((c) => c.name === command) ? command : undefined, dataset });
    if (message) io.err(`coding-salary: ${message}\n`);
    return code;
  }
}

async function wizardWanted(): Promise<boolean> {
  const { terminalPrompter } = await import("./wizard/prompter.js");
  const prompter = await terminalPrompter();
  try {
    return await prompter.confirm("No command given. Answer a few questions to estimate your pay?", true);
  } finally {
    prompter.close();
  }
}
