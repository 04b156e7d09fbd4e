import { Interrupted } from "../errors.js";
import type { Question } from "./question.js";
import { experienceProblem, searchChoices } from "./questions.js";

type Prompts = typeof import("../vendor/prompts.js");
type Context = { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal };

export interface Prompter {
  ask(question: Question): Promise<unknown>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  /** One of `choices` (the wizard's follow-up questions). */
  select(message: string, choices: readonly { value: string; name: string }[], defaultValue: string): Promise<string>;
  /** Typed text, checked as it is entered: `check` returns a problem to show, or undefined. */
  text(message: string, check: (text: string) => string | undefined, defaultValue?: string): Promise<string>;
  close(): void;
}

/** A question as an @inquirer/prompts call: which prompt, with what configuration. */
export function promptFor(prompts: Pick<Prompts, "checkbox" | "confirm" | "input" | "search" | "select">, q: Question, context?: Context): Promise<unknown> {
  switch (q.kind) {
    case "number":
      return prompts.input(
        {
          message: q.message,
          default: q.default,
          // Checked as it is typed: the problem shows beside the answer before Enter.
          transformer: (value, { isFinal }) => {
            const problem = isFinal ? undefined : experienceProblem(value, q.maxYears);
            return problem ? `${value}  ✖ ${problem}` : value || (isFinal ? "skipped" : `(${q.hint})`);
          },
          validate: (value) => experienceProblem(value, q.maxYears) ?? true,
        },
        context,
      );
    case "checkbox":
      return prompts.checkbox({ message: q.message, choices: q.choices.map((c) => ({ value: c.value as string, name: c.name })), pageSize: 10 }, context);
    case "select":
      return prompts.select({ message: q.message, choices: q.choices.map((c) => ({ value: c.value, name: c.name })), default: null, pageSize: 10 }, context);
    case "search":
      return prompts.search({ message: q.message, source: (term) => searchChoices(q.choices, term).map((c) => ({ value: c.value, name: c.name })), pageSize: 10 }, context);
    case "confirm":
      return prompts.confirm({ message: q.message, default: q.default }, context);
  }
}

/**
 * The one module that talks to the terminal through @inquirer/prompts (imported here, lazily,
 * so no other command loads it). Prompts read stdin and draw on stderr, so stdout stays for
 * the result; Ctrl+C and Escape both leave as an `Interrupted` error (exit 130).
 */
export async function terminalPrompter(): Promise<Prompter> {
  const prompts = await import("../vendor/prompts.js");
  const { emitKeypressEvents } = await import("node:readline");
  const controller = new AbortController();
  const onKey = (_: string, key: { name?: string } | undefined) => {
    if (key?.name === "escape") controller.abort();
  };
  emitKeypressEvents(process.stdin);
  process.stdin.on("keypress", onKey);
  const context: Context = { input: process.stdin, output: process.stderr, signal: controller.signal };
  const guard = async <T>(prompt: Promise<T>): Promise<T> => {
    try {
      return await prompt;
    } catch (error) {
      if (error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError")) throw new Interrupted();
      throw error;
    }
  };
  return {
    ask: (q) => guard(promptFor(prompts, q, context)),
    confirm: (message, defaultValue) => guard(prompts.confirm({ message, default: defaultValue }, context)),
    select: (message, choices, defaultValue) => guard(prompts.select({ message, choices: choices.map((c) => ({ value: c.value, name: c.name })), default: defaultValue, pageSize: 10 }, context)),
    text: (message, check, defaultValue) => guard(prompts.input({ message, ...(defaultValue === undefined ? {} : { default: defaultValue }), validate: (value) => check(value) ?? true }, context)),
    close: () => {
      process.stdin.off("keypress", onKey);
      process.stdin.pause();
    },
  };
}
