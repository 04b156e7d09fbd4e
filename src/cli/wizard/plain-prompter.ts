import { matchKey } from "../../core/match.js";
import { printable } from "../text.js";
import type { Choice, Question } from "./question.js";
import { experienceProblem, searchChoices } from "./questions.js";

/**
 * The wizard for a terminal that cannot move the cursor (TERM=dumb: Emacs shells, some CI
 * consoles): plain lines — a question, numbered choices, an answer typed and Enter — with no
 * escape sequence at all. The terminal echoes what is typed. Same questions, same answers,
 * same defaults (Enter: not given) as the full prompts.
 */
export async function plainPrompter(
  signal: AbortSignal,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
) {
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input, output, terminal: false });
  const say = (text: string) => void output.write(`${printable(text)}\n`);
  const lines: string[] = [];
  let waiting: { resolve: (text: string) => void; reject: (error: Error) => void } | undefined;
  let closed = false;
  const stopped = () => new AbortedAnswer(closed ? "the input ended" : String(signal.reason));
  rl.on("line", (text) => (waiting ? waiting.resolve(text.trim()) : lines.push(text.trim())));
  rl.on("close", () => {
    closed = true;
    waiting?.reject(stopped());
  });
  const onAbort = () => waiting?.reject(stopped());
  signal.addEventListener("abort", onAbort);

  /** One line typed after the prompt; a signal or the end of input rejects. */
  const line = (prompt: string): Promise<string> => {
    output.write(printable(prompt));
    return new Promise<string>((resolve, reject) => {
      if (signal.aborted || closed) return reject(stopped());
      const queued = lines.shift();
      if (queued !== undefined) return resolve(queued);
      waiting = {
        resolve: (text) => {
          waiting = undefined;
          resolve(text);
        },
        reject: (error) => {
          waiting = undefined;
          reject(error);
        },
      };
    });
  };

  /** Asks until `read` accepts the answer (a `problem`: say it and ask again). */
  const until = async <T>(prompt: string, read: (text: string) => T | { problem: string }): Promise<T> => {
    for (;;) {
      const got = read(await line(prompt));
      if (got && typeof got === "object" && "problem" in got) say(`  ✖ ${got.problem}`);
      else return got as T;
    }
  };

  const list = (choices: readonly Choice[]) => choices.forEach((c, i) => say(`  ${String(i + 1).padStart(2)}) ${c.name}`));
  /** A choice by its number, value or name (any case, spacing and punctuation). */
  const pickOne = (choices: readonly Choice[], text: string): Choice | undefined => {
    if (/^\d+$/.test(text)) return choices[Number(text) - 1];
    const key = matchKey(text);
    return choices.find((c) => (c.value !== null && matchKey(c.value) === key) || matchKey(c.name) === key);
  };

  const ask = async (q: Question): Promise<unknown> => {
    say(q.message);
    switch (q.kind) {
      case "number":
        return until(`(${q.hint}) > `, (text) => {
          const problem = experienceProblem(text, q.maxYears);
          return problem ? { problem } : text;
        });
      case "confirm":
        return until(`(${q.default ? "Y/n" : "y/N"}) > `, (text) => {
          if (text === "") return q.default;
          if (/^y(es)?$/i.test(text)) return true;
          if (/^no?$/i.test(text)) return false;
          return { problem: "answer y or n" };
        });
      case "select":
        list(q.choices);
        return until("(a number or a name; Enter: the first) > ", (text) => {
          if (text === "") return (q.choices[0] as Choice).value;
          const choice = pickOne(q.choices, text);
          return choice ? choice.value : { problem: `not one of the ${q.choices.length} choices` };
        });
      case "checkbox":
        list(q.choices);
        return until("(numbers or codes, separated by commas; Enter: not given) > ", (text) => {
          const picked: string[] = [];
          for (const part of text.split(",").map((p) => p.trim()).filter(Boolean)) {
            const choice = pickOne(q.choices, part);
            if (!choice || choice.value === null) return { problem: `${part} is not one of the choices` };
            if (!picked.includes(choice.value)) picked.push(choice.value);
          }
          return picked;
        });
      case "search":
        return until("(type a name or code; Enter: not given) > ", (text) => {
          if (text === "") return null;
          const matches = searchChoices(q.choices, text).filter((c) => c.value !== null);
          const exact = matches.find((c) => matchKey(c.value as string) === matchKey(text) || matchKey(c.name) === matchKey(text));
          if (exact || matches.length === 1) return (exact ?? (matches[0] as Choice)).value;
          if (matches.length === 0) return { problem: `nothing matches ${text}` };
          return { problem: `several match: ${matches.slice(0, 8).map((c) => c.name).join(", ")}${matches.length > 8 ? ", …" : ""}` };
        });
    }
  };

  const confirm = (message: string, defaultValue: boolean) => ask({ kind: "confirm", field: "remote", flag: "", message, default: defaultValue }) as Promise<boolean>;
  const select = (message: string, choices: readonly { value: string; name: string }[], defaultValue: string): Promise<string> => {
    say(message);
    list(choices);
    const fallback = choices.find((c) => c.value === defaultValue)?.name ?? defaultValue;
    return until(`(a number or a name; Enter: ${fallback}) > `, (text) => {
      if (text === "") return defaultValue;
      const choice = pickOne(choices, text);
      return choice ? (choice.value as string) : { problem: `not one of the ${choices.length} choices` };
    });
  };
  const text = (message: string, check: (text: string) => string | undefined, defaultValue?: string): Promise<string> => {
    say(message);
    return until(defaultValue === undefined ? "> " : `(Enter: ${defaultValue}) > `, (typed) => {
      const answer = typed === "" && defaultValue !== undefined ? defaultValue : typed;
      const problem = check(answer);
      return problem ? { problem } : answer;
    });
  };
  return {
    ask,
    confirm,
    select,
    text,
    close: () => {
      signal.removeEventListener("abort", onAbort);
      rl.close();
    },
  };
}

/** The wizard stopped before an answer: a signal, or the end of the input. */
export class AbortedAnswer extends Error {
  override name = "AbortedAnswer";
}
