import type { ExitCodeValue } from "./exit-codes.js";

/** Bad use of the command line itself: exit 2 with the message, and a hint when one helps. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The user left (Ctrl+C or Escape at a question): exit 130, nothing more to say. */
export class Interrupted extends Error {
  override name = "Interrupted";
  constructor() {
    super("interrupted");
  }
}

/** A command finished its work but reports a status other than 0 (a partly failed batch). */
export class ExitStatus extends Error {
  override name = "ExitStatus";
  constructor(readonly code: ExitCodeValue) {
    super(`exit ${code}`);
  }
}

/**
 * dist/cli-estimate.cjs, the CLI with only what an estimate runs (scripts/build.mjs), reached
 * code it leaves out — another command, a batch, HTML or Markdown, a --data file. It is thrown
 * where that code is loaded, before anything of the run is read or written, so the whole
 * command line can run again in the full CLI, `full()`. Never thrown by the source itself.
 */
export class NotInThisBundle extends Error {
  override name = "NotInThisBundle";
  constructor(
    what: string,
    /** The full CLI's main.ts (its `run` takes an Io, named loosely here: io.ts imports this file). */
    readonly full: () => { run(args: readonly string[], io: object): Promise<ExitCodeValue> },
  ) {
    super(`${what} is not in this bundle`);
  }
}
