/** The exit codes the tool documents (README "Exit codes"); nothing else is ever returned. */
export const ExitCode = {
  ok: 0,
  /** A bug or an unexpected failure: one line on stderr (the stack with DEBUG set). */
  internal: 1,
  /** Bad flags, values, files or data: a message on stderr, nothing on stdout. */
  usage: 2,
  /** A batch finished but some records failed (each has an error record in the output). */
  partial: 3,
  /** Ctrl+C (SIGINT). */
  interrupted: 130,
  /** SIGTERM. */
  terminated: 143,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
