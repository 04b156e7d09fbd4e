import { ExitStatus, Interrupted } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { printable } from "../text.js";
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
      return prompts.checkbox({ message: q.message, choices: q.choices.map((c) => ({ value: c.value as string, name: printable(c.name) })), pageSize: 10 }, context);
    case "select":
      return prompts.select({ message: q.message, choices: q.choices.map((c) => ({ value: c.value, name: printable(c.name) })), default: null, pageSize: 10 }, context);
    case "search":
      return prompts.search(
        { message: q.message, source: (term) => searchChoices(q.choices, term).map((c) => ({ value: c.value, name: printable(c.name) })), pageSize: 10 },
        context,
      );
    case "confirm":
      return prompts.confirm({ message: q.message, default: q.default }, context);
  }
}

/**
 * The one module that talks to the terminal through @inquirer/prompts (imported here, lazily,
 * so no other command loads it). Prompts read stdin and draw on stderr, so stdout stays for
 * the result; Ctrl+C and Escape both leave as an `Interrupted` error (exit 130). A SIGINT or
 * SIGTERM sent from outside (`kill`) ends the question the same way — the prompt puts the
 * cursor back before the process ends — and SIGTERM exits 143. Under TERM=dumb (a terminal
 * that cannot move the cursor) the questions are asked as plain lines instead.
 */
export async function terminalPrompter(): Promise<Prompter> {
  const controller = new AbortController();
  // Listening to the signals keeps them from killing the process mid-prompt (with the cursor hidden).
  const onSignal = (signal: NodeJS.Signals) => controller.abort(signal);
  process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
  const stopSignals = () => process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  const stopped = (): Error => (controller.signal.reason === "SIGTERM" ? new ExitStatus(ExitCode.terminated) : new Interrupted());
  const guard = async <T>(prompt: Promise<T>): Promise<T> => {
    try {
      return await prompt;
    } catch (error) {
      if (error instanceof Error && ["ExitPromptError", "AbortPromptError", "AbortedAnswer"].includes(error.name)) throw stopped();
      throw error;
    }
  };
  if (process.env.TERM === "dumb") {
    const { plainPrompter } = await import("./plain-prompter.js");
    const plain = await plainPrompter(controller.signal);
    return {
      ask: (q) => guard(plain.ask(q)),
      confirm: (message, defaultValue) => guard(plain.confirm(message, defaultValue)),
      select: (message, choices, defaultValue) => guard(plain.select(message, choices, defaultValue)),
      text: (message, check, defaultValue) => guard(plain.text(message, check, defaultValue)),
      close: () => {
        plain.close();
        stopSignals();
      },
    };
  }
  const prompts = await import("../vendor/prompts.js");
  const { emitKeypressEvents } = await import("node:readline");
  const onKey = (_: string, key: { name?: string } | undefined) => {
    if (key?.name === "escape") controller.abort("escape");
  };
  emitKeypressEvents(process.stdin);
  process.stdin.on("keypress", onKey);
  const context: Context = { input: process.stdin, output: process.stderr, signal: controller.signal };
  return {
    ask: (q) => guard(promptFor(prompts, q, context)),
    confirm: (message, defaultValue) => guard(prompts.confirm({ message: printable(message), default: defaultValue }, context)),
    select: (message, choices, defaultValue) =>
      guard(prompts.select({ message: printable(message), choices: choices.map((c) => ({ value: c.value, name: printable(c.name) })), default: defaultValue, pageSize: 10 }, context)),
    text: (message, check, defaultValue) =>
      guard(prompts.input({ message: printable(message), ...(defaultValue === undefined ? {} : { default: defaultValue }), validate: (value) => check(value) ?? true }, context)),
    close: () => {
      process.stdin.off("keypress", onKey);
      process.stdin.pause();
      stopSignals();
    },
  };
}
