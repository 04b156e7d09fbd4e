import { bundledDataset } from "../core/dataset/bundled-dataset.js";
import type { Context } from "./context.js";
import { describeFailure } from "./errors.js";
import { processIo } from "./io.js";
import { buildProgram } from "./program.js";

/** Runs the command line and sets the exit code; errors are mapped to messages and codes in one place. */
export async function main(argv: string[] = process.argv): Promise<void> {
  const io = processIo();
  const ctx: Context = { io, dataset: bundledDataset };
  const program = buildProgram(ctx);
  try {
    // No command at all: show what the tool can do (help is data here, so stdout and status 0).
    if (argv.length <= 2) io.out(program.helpInformation());
    else await program.parseAsync(argv);
  } catch (error) {
    const names = new Set(program.commands.map((c) => c.name()));
    const command = argv.slice(2).find((arg) => names.has(arg));
    const { message, code } = describeFailure(error, { debug: Boolean(io.env.DEBUG), command });
    if (message) io.err(`coding-salary: ${message}\n`);
    process.exitCode = code;
  }
}
