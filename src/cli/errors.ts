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
