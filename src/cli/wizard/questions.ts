import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { matchKey } from "../../core/match.js";
import type { Profile, ProfileInput } from "../../core/profile.js";
import { PROFILE_OPTIONS } from "../options/profile.js";
import type { Choice, Question } from "./question.js";

/**
 * The wizard's questions as data, one per row of the profile option table: which to ask, their
 * choices (from the dataset) and defaults, and how answers become a profile. Every default
 * means "not given", so pressing Enter through the whole wizard gives the national estimate.
 * No terminal here.
 */

type Answers = Partial<Record<keyof ProfileInput, unknown>>;

/** All the questions, in the order they are asked. */
export function allQuestions(d: Dataset): Question[] {
  return PROFILE_OPTIONS.map((o) => o.question(d));
}

/** The questions the flags have not answered. */
export function questionsToAsk(d: Dataset, given: ProfileInput): Question[] {
  return allQuestions(d).filter((q) => given[q.field] === undefined);
}

/** Checks an experience answer as it is typed: an error to show, or undefined when it is fine. */
export function experienceProblem(text: string, maxYears: number): string | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return "type a number of years, like 4 or 2.5";
  if (Number(t) > maxYears) return `at most ${maxYears} years`;
  return undefined;
}

/** The choices of a search question matching what was typed: by name or code, any case. */
export function searchChoices(choices: readonly Choice[], term: string | undefined): Choice[] {
  const key = matchKey(term ?? "");
  if (key === "") return [...choices];
  const starts = choices.filter((c) => matchKey(c.name).startsWith(key) || (c.value !== null && matchKey(c.value) === key));
  const contains = choices.filter((c) => !starts.includes(c) && matchKey(c.name).includes(key));
  return [...starts, ...contains];
}

/** Flags and answers together, as the profile to estimate; an unanswered default is "not given". */
export function profileFrom(given: ProfileInput, answers: Answers): ProfileInput {
  const profile: ProfileInput = { ...given };
  for (const [field, answer] of Object.entries(answers) as [keyof ProfileInput, unknown][]) {
    if (answer === null || answer === undefined || answer === "") continue;
    if (field === "experienceYears") profile.experienceYears = Number(answer);
    else if (field === "certifications") {
      // Nothing ticked: not given. "None" ticked (alone or not): no credential.
      const codes = answer as string[];
      if (codes.length > 0) profile.certifications = codes.includes("none") ? [] : codes;
    } else if (field === "remote") profile.remote = answer as boolean;
    else (profile as Record<string, unknown>)[field] = answer;
  }
  return profile;
}

/** The one-line command (`estimate` unless said: `offer 52k`, `roi`) that gives the same result without questions. */
export function equivalentCommand(p: Profile, extra: readonly string[] = [], command: readonly string[] = ["estimate"]): string {
  const parts = ["coding-salary", ...command];
  if (p.experienceYears !== null) parts.push("--experience", String(p.experienceYears));
  if (p.certifications !== null) for (const c of p.certifications.length ? p.certifications : ["none"]) parts.push("--cert", c);
  if (p.specialty !== null) parts.push("--specialty", p.specialty);
  if (p.state !== null) parts.push("--state", p.state);
  if (p.setting !== null) parts.push("--setting", p.setting);
  if (p.remote) parts.push("--remote");
  if (p.role !== null) parts.push("--role", p.role);
  return [...parts, ...extra].map(shellWord).join(" ");
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/** Asks each question in turn through `ask` (the terminal, or a test's answers). */
export async function askAll(questions: readonly Question[], ask: (q: Question) => Promise<unknown>): Promise<Answers> {
  const answers: Answers = {};
  for (const q of questions) answers[q.field] = await ask(q);
  return answers;
}
