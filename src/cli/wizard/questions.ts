import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { matchKey } from "../../core/match.js";
import type { Profile, ProfileInput } from "../../core/profile.js";

/**
 * The wizard's questions as data: which to ask, their choices (from the dataset) and
 * defaults, and how answers become a profile. Every default means "not given", so pressing
 * Enter through the whole wizard gives the national estimate. No terminal here.
 */

export interface Choice {
  value: string | null;
  name: string;
}

interface Common<F extends keyof ProfileInput> {
  field: F;
  message: string;
  /** The flag that answers this question without asking. */
  flag: string;
}

export type Question =
  | (Common<"experienceYears"> & { kind: "number"; default: string; hint: string })
  | (Common<"certifications"> & { kind: "checkbox"; choices: Choice[] })
  | (Common<"specialty" | "setting" | "role"> & { kind: "select"; choices: Choice[] })
  | (Common<"state"> & { kind: "search"; choices: Choice[] })
  | (Common<"remote"> & { kind: "confirm"; default: boolean });

export type Answers = Partial<Record<keyof ProfileInput, unknown>>;

const NOT_GIVEN = null;

/** All the questions, in the order they are asked. */
export function allQuestions(d: Dataset): Question[] {
  const pick = <T extends { id: string; label: string }>(items: readonly T[], none: string): Choice[] => [
    { value: NOT_GIVEN, name: none },
    ...items.map((i) => ({ value: i.id, name: i.label })),
  ];
  return [
    {
      field: "experienceYears",
      kind: "number",
      flag: "--experience <years>",
      message: "Years of experience as a coder?",
      default: "",
      hint: `0 to ${d.experience.maxYears.value}, fractions allowed; Enter to skip`,
    },
    {
      field: "certifications",
      kind: "checkbox",
      flag: "--cert <code> (or --cert none)",
      message: "Certifications held? (space to select, Enter to confirm)",
      choices: d.certifications.credentials.map((c) => ({ value: c.code, name: `${c.code} — ${c.name}` })),
    },
    { field: "specialty", kind: "select", flag: "--specialty <name>", message: "Coding specialty?", choices: pick(d.specialties, "Not specified") },
    {
      field: "state",
      kind: "search",
      flag: "--state <code|name>",
      message: "State? (type to search, e.g. tex)",
      choices: [{ value: NOT_GIVEN, name: "Not specified (national figure)" }, ...d.states.list.map((s) => ({ value: s.code, name: `${s.name} (${s.code})` }))],
    },
    { field: "setting", kind: "select", flag: "--setting <name>", message: "Work setting?", choices: pick(d.settings, "Not specified") },
    { field: "remote", kind: "confirm", flag: "--remote or --on-site", message: "Do you work remotely?", default: false },
    { field: "role", kind: "select", flag: "--role <name>", message: "Role?", choices: pick(d.roles.ladder, "Not specified (coder)") },
  ];
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
    else if (field === "certifications") profile.certifications = answer as string[];
    else if (field === "remote") profile.remote = answer as boolean;
    else (profile as Record<string, unknown>)[field] = answer;
  }
  return profile;
}

/** The one-line `estimate` command that gives the same result without questions. */
export function equivalentCommand(p: Profile, extra: readonly string[] = []): string {
  const parts = ["coding-salary", "estimate"];
  if (p.experienceYears !== null) parts.push("--experience", String(p.experienceYears));
  for (const c of p.certifications) parts.push("--cert", c);
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
