import { CodingSalaryError, DatasetError, ProfileError } from "../core/errors.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";

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

interface CommanderLike {
  code: string;
  exitCode: number;
  message: string;
}

function isCommanderError(error: unknown): error is CommanderLike {
  return error instanceof Error && typeof (error as Partial<CommanderLike>).code === "string" && (error as Partial<CommanderLike>).code!.startsWith("commander.");
}

/**
 * Every error ends here: the message for stderr (empty for none) and the exit code.
 * `command` names the subcommand the user ran, for the help hint.
 */
export function describeFailure(error: unknown, options: { debug: boolean; command?: string }): { message: string; code: ExitCodeValue } {
  const { debug } = options;
  if (error instanceof ExitStatus) return { message: "", code: error.code };
  if (error instanceof Interrupted) return { message: "", code: ExitCode.interrupted };
  if (isCommanderError(error)) {
    // Help and version are "errors" to commander; they exit 0 with their text already written.
    if (error.exitCode === 0) return { message: "", code: ExitCode.ok };
    // `help <unknown>` and a bare `data`: commander has already written the help to stderr.
    if (error.code === "commander.help" || error.code === "commander.executeSubCommandAsync") return { message: "", code: ExitCode.usage };
    const text = error.message.replace(/^error: /, "").replace(/\n\(Did you mean (.+)\?\)/, ". Did you mean $1?");
    return { message: `${text}\nSee 'coding-salary ${options.command ? `${options.command} ` : ""}--help'.`, code: ExitCode.usage };
  }
  if (error instanceof UsageError) return { message: [error.message, error.hint].filter(Boolean).join("\n"), code: ExitCode.usage };
  if (error instanceof ProfileError) return { message: profileMessage(error), code: ExitCode.usage };
  if (error instanceof DatasetError)
    return { message: [error.message, ...error.issues.map((i) => `  ${i.path}: ${i.message}`)].join("\n"), code: ExitCode.usage };
  if (error instanceof CodingSalaryError) return { message: error.message, code: ExitCode.usage };
  const detail = error instanceof Error ? (debug && error.stack ? error.stack : error.message) : String(error);
  return {
    message: `internal error: ${detail}${debug ? "" : "\n(set DEBUG=1 for details; please report it)"}`,
    code: ExitCode.internal,
  };
}

/** Which flag the user typed for each profile field, so messages speak in flags. */
const FLAG_OF: Record<string, string> = {
  experienceYears: "--experience",
  certifications: "--cert",
  specialty: "--specialty",
  state: "--state",
  setting: "--setting",
  role: "--role",
  remote: "--remote",
};

function profileMessage(error: ProfileError): string {
  const flag = Object.hasOwn(FLAG_OF, error.field) ? FLAG_OF[error.field] : undefined;
  const lines = [`${error.message}${error.suggestion ? `. Did you mean ${error.suggestion}?` : ""}`];
  lines.push(`Allowed${flag ? ` for ${flag}` : ""}: ${error.allowed}`);
  return lines.join("\n");
}
