import type { Dataset } from "../core/dataset/dataset-schema.js";
import { CodingSalaryError, DatasetError, ProfileError } from "../core/errors.js";
import { ExitStatus, Interrupted, UsageError } from "./errors.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";
import { optionOf } from "./options/profile.js";
import { printable } from "./text.js";

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
export function describeFailure(error: unknown, options: { debug: boolean; command?: string | undefined; dataset?: Dataset }): { message: string; code: ExitCodeValue } {
  const described = describe(error, options);
  // Messages echo what was typed or read: nothing in them may steer the terminal.
  return { ...described, message: printable(described.message) };
}

function describe(error: unknown, options: { debug: boolean; command?: string | undefined; dataset?: Dataset }): { message: string; code: ExitCodeValue } {
  const { debug } = options;
  if (error instanceof ExitStatus) return { message: "", code: error.code };
  if (error instanceof Interrupted) return { message: "", code: ExitCode.interrupted };
  if (isCommanderError(error)) {
    // Help and version are "errors" to commander; they exit 0 with their text already written.
    if (error.exitCode === 0) return { message: "", code: ExitCode.ok };
    // `help <unknown>` and a bare `data`: commander has already written the help to stderr.
    if (error.code === "commander.help" || error.code === "commander.executeSubCommandAsync") return { message: "", code: ExitCode.usage };
    // A flag whose purpose is known gets what it was for, rather than the nearest name (--color is not --no-color).
    const hint = error.code === "commander.unknownOption" ? OPTION_HINTS[/'(--?[\w-]+)/.exec(error.message)?.[1] ?? ""] : undefined;
    const text = error.message.replace(/^error: /, "").replace(/\n\(Did you mean (.+)\?\)/, hint ? "" : ". Did you mean $1?");
    const help = `See 'coding-salary ${options.command ? `${options.command} ` : ""}--help'.`;
    return { message: [text, hint, help].filter(Boolean).join("\n"), code: ExitCode.usage };
  }
  if (error instanceof UsageError) return { message: [error.message, error.hint].filter(Boolean).join("\n"), code: ExitCode.usage };
  if (error instanceof ProfileError) return { message: profileMessage(error, options.dataset), code: ExitCode.usage };
  if (error instanceof DatasetError)
    return { message: [error.message, ...error.issues.map((i) => `  ${i.path}: ${i.message}`)].join("\n"), code: ExitCode.usage };
  if (error instanceof CodingSalaryError) return { message: error.message, code: ExitCode.usage };
  const detail = error instanceof Error ? (debug && error.stack ? error.stack : error.message) : String(error);
  return {
    message: `internal error: ${detail}${debug ? "" : "\n(set DEBUG=1 for details; please report it)"}`,
    code: ExitCode.internal,
  };
}

const COLOUR = "Colour is on by default on a terminal: --no-color turns it off, FORCE_COLOR=1 turns it on in a pipe.";
/** What a flag that does not exist was for, where the nearest existing name would mislead or there is none. */
const OPTION_HINTS: Record<string, string> = { "--color": COLOUR, "--colour": COLOUR, "--colors": COLOUR, "--colours": COLOUR, "--force-color": COLOUR };

/** A profile error in the user's terms: the flag they typed and what the dataset in use allows. */
function profileMessage(error: ProfileError, dataset: Dataset | undefined): string {
  const option = optionOf(error.field);
  const lines = [`${error.message}${error.suggestion ? `. Did you mean ${error.suggestion}?` : ""}`];
  lines.push(`Allowed${option ? ` for ${option.flag}` : ""}: ${option && dataset ? option.allowed(dataset) : error.allowed}`);
  return lines.join("\n");
}
