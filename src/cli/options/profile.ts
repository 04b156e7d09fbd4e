import { Option } from "commander";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { matchKey } from "../../core/match.js";
import type { ProfileInput } from "../../core/profile.js";
import { array, boolean, described, nullable, number, string, type Schema } from "../../core/schema/schema.js";
import { UsageError } from "../errors.js";
import { quote } from "../text.js";
import type { Choice, Question } from "../wizard/question.js";
import { isDecimal } from "./number.js";

export type ProfileField = keyof ProfileInput;

/**
 * One profile field, everywhere it appears: its flag and help, the values the dataset in use
 * allows (help, completion, error hints), how a flag's text and a CSV cell become a value, the
 * wizard's question, and its place in the JSON Schema of `input`. Every part of the CLI that
 * speaks of profile fields reads this table.
 */
interface ProfileOption<F extends ProfileField = ProfileField> {
  field: F;
  /** The flag as messages name it. */
  flag: string;
  /** The commander options that set it (remote has two: --remote and --on-site). */
  options(d: Dataset): Option[];
  /** What is allowed, in words, for an error's hint: "a number from 0 to 50, e.g. 4 or 2.5". */
  allowed(d: Dataset): string;
  /** Values a shell completes; null for a free value. */
  values(d: Dataset): string[] | null;
  /** The values as help lists them, when there is more to say than `allowed` (a credential's name and body). */
  helpValues?(d: Dataset): string[];
  /** CSV header spellings, compared as `matchKey` does (case, spaces, _ and - ignored); the first is canonical. */
  columns: readonly string[];
  /** A CSV cell (trimmed, not empty) as the value the core checks. */
  fromCell(text: string): unknown;
  question(d: Dataset): Question;
  schema: Schema<unknown>;
}

const maxYears = (d: Dataset) => d.experience.maxYears.value;
const credentials = (d: Dataset) => d.credentials.list;

/** Several codes in one value: "CPC,CCS", or "CPC;CCS" in a CSV cell. */
const codesIn = (text: string, separators: RegExp) =>
  text
    .split(separators)
    .map((v) => v.trim())
    .filter(Boolean);

/** `--cert none` (or a CSV cell "none"): no credential, said explicitly. */
const withNone = (codes: string[]) => (codes.length === 1 && matchKey(codes[0] as string) === "none" ? [] : codes);

function pick<T extends { id: string; label: string }>(items: readonly T[], none: string): Choice[] {
  return [{ value: null, name: none }, ...items.map((i) => ({ value: i.id, name: i.label }))];
}

const experience: ProfileOption<"experienceYears"> = {
  field: "experienceYears",
  flag: "--experience",
  options: (d) => [
    new Option("-e, --experience <years>", `years of experience as a coder, 0 to ${maxYears(d)} (fractions allowed)`).argParser((text) => {
      if (!isDecimal(text)) throw new UsageError(`--experience must be a number of years, got ${quote(text)}`, `Allowed for --experience: ${experience.allowed(d)}`);
      return Number(text.trim());
    }),
  ],
  allowed: (d) => `a number of years from 0 to ${maxYears(d)}, e.g. 4 or 2.5`,
  values: () => null,
  columns: ["experienceYears", "experience", "years", "yearsOfExperience", "yearsExperience", "experienceYrs"],
  fromCell: (text) => (isDecimal(text) ? Number(text) : text),
  question: (d) => ({
    field: "experienceYears",
    kind: "number",
    flag: "--experience <years>",
    message: "Years of experience as a coder?",
    default: "",
    hint: `0 to ${maxYears(d)}, fractions allowed; Enter to skip`,
    maxYears: maxYears(d),
  }),
  schema: nullable(number({ min: 0 })),
};

const certifications: ProfileOption<"certifications"> = {
  field: "certifications",
  flag: "--cert",
  options: () => [
    new Option("-c, --cert <code>", "a credential held, e.g. CPC; repeat or separate with commas (none: no credential)").argParser(
      // An empty value is not "no credential" (that is --cert none): it goes on to be refused as an unknown code, like --state "".
      (text, previous: string[] | undefined) => {
        const codes = codesIn(text, /,/);
        return withNone([...(previous ?? []), ...(codes.length > 0 ? codes : [text.trim()])]);
      },
    ),
  ],
  allowed: (d) => `${credentials(d).map((c) => c.code).join(", ")}, or none`,
  values: (d) => [...credentials(d).map((c) => c.code), "none"],
  helpValues: (d) => [...credentials(d).map((c) => `${c.code} (${c.name}, ${c.body})`), "none (no credential)"],
  columns: ["certifications", "certification", "certs", "cert", "credentials", "credential"],
  fromCell: (text) => withNone(codesIn(text, /[;|,]/)),
  question: (d) => ({
    field: "certifications",
    kind: "checkbox",
    flag: "--cert <code> (or --cert none)",
    message: "Credentials held? (space to select, Enter to confirm; none selected: not given)",
    choices: [{ value: "none", name: "None — no credential yet" }, ...credentials(d).map((c) => ({ value: c.code, name: `${c.code} — ${c.name}` }))],
  }),
  schema: described(nullable(array(string())), "Upper-case credential codes, each once; [] for none; null when not given."),
};

function choiceField<F extends "specialty" | "setting" | "role">(
  field: F,
  flag: string,
  help: string,
  list: (d: Dataset) => readonly { id: string; label: string }[],
  question: { message: string; none: string },
  columns: readonly string[],
): ProfileOption<F> {
  return {
    field,
    flag,
    options: () => [new Option(`${flag} <name>`, help)],
    allowed: (d) => list(d).map((i) => i.id).join(", "),
    values: (d) => list(d).map((i) => i.id),
    columns,
    fromCell: (text) => text,
    question: (d) => ({ field, kind: "select", flag: `${flag} <name>`, message: question.message, choices: pick(list(d), question.none) }) as Question,
    schema: nullable(string()),
  };
}

const state: ProfileOption<"state"> = {
  field: "state",
  flag: "--state",
  options: () => [new Option("-s, --state <code|name>", "US state or DC, by code or name, any case (TX, texas)")],
  allowed: (d) => `${d.states.list.map((s) => s.code).join(", ")} (or the full name, any case)`,
  values: (d) => d.states.list.map((s) => s.code),
  columns: ["state", "stateCode", "st", "location"],
  fromCell: (text) => text,
  question: (d) => ({
    field: "state",
    kind: "search",
    flag: "--state <code|name>",
    message: "State? (type to search, e.g. tex)",
    choices: [{ value: null, name: "Not specified (national figure)" }, ...d.states.list.map((s) => ({ value: s.code, name: `${s.name} (${s.code})` }))],
  }),
  schema: described(nullable(string({ pattern: /^[A-Z]{2}$/ })), "Two-letter code."),
};

const remote: ProfileOption<"remote"> = {
  field: "remote",
  flag: "--remote",
  options: () => [
    new Option("--remote", "works remotely (pay follows the national remote band)"),
    new Option("--on-site", "works on site (the default)").conflicts("remote"),
  ],
  allowed: () => "true or false (yes/no, 1/0) in a file; --remote or --on-site as a flag",
  values: () => null,
  columns: ["remote", "isRemote", "workRemote", "remoteWork"],
  fromCell: (text) => (/^(true|yes|y|1|remote)$/i.test(text) ? true : /^(false|no|n|0|on-?site)$/i.test(text) ? false : text),
  question: () => ({ field: "remote", kind: "confirm", flag: "--remote or --on-site", message: "Do you work remotely?", default: false }),
  schema: boolean(),
};

/** The profile fields in the order flags, help, questions and CSV columns list them. */
export const PROFILE_OPTIONS: readonly ProfileOption[] = [
  experience,
  certifications,
  choiceField("specialty", "--specialty", "coding specialty, e.g. cardiology", (d) => d.specialties, { message: "Coding specialty?", none: "Not specified" }, [
    "specialty",
    "specialism",
    "codingSpecialty",
  ]),
  state,
  choiceField("setting", "--setting", "work setting, e.g. hospital", (d) => d.settings, { message: "Work setting?", none: "Not specified" }, [
    "setting",
    "workSetting",
    "employerType",
  ]),
  remote,
  choiceField("role", "--role", "role on the career ladder, e.g. senior-coder", (d) => d.roles.ladder, { message: "Role?", none: "Not specified (coder)" }, [
    "role",
    "jobTitle",
    "title",
    "position",
  ]),
];

const BY_FIELD = new Map<string, ProfileOption>(PROFILE_OPTIONS.map((o) => [o.field, o]));
/** Made when a CSV header is first read (a run with flags reads none). */
let byColumn: Map<string, ProfileOption> | undefined;

export function optionOf(field: string): ProfileOption | undefined {
  return BY_FIELD.get(field);
}

/** The profile field a CSV header names, in any of its spellings ("experience_years"). */
export function fieldOfColumn(name: string): ProfileField | undefined {
  byColumn ??= new Map(PROFILE_OPTIONS.flatMap((o) => o.columns.map((c) => [matchKey(c), o] as const)));
  return byColumn.get(matchKey(name))?.field;
}

/** Adds the profile flags to a command. */
export function addProfileOptions(command: { addOption(o: Option): unknown }, d: Dataset): void {
  for (const option of PROFILE_OPTIONS) for (const o of option.options(d)) command.addOption(o);
}

/** The flags' values (commander's option values) as a profile; the core checks them against the dataset. */
export function profileFromFlags(flags: Record<string, unknown>): ProfileInput {
  const profile: Record<string, unknown> = {};
  if (flags.experience !== undefined) profile.experienceYears = flags.experience;
  if (flags.cert !== undefined) profile.certifications = flags.cert;
  for (const field of ["specialty", "state", "setting", "role"] as const) if (flags[field] !== undefined) profile[field] = flags[field];
  if (flags.remote !== undefined || flags.onSite !== undefined) profile.remote = flags.remote === true;
  return profile as ProfileInput;
}

/** The allowed values of every profile flag in the dataset in use, for the end of a command's help. */
export function allowedValuesHelp(d: Dataset, width: number): string {
  const lines = ["", "Allowed values (from the dataset in use):"];
  for (const option of PROFILE_OPTIONS) {
    if (option.field === "remote") continue;
    lines.push(`  ${option.flag}`, wrapList(option.helpValues?.(d) ?? option.allowed(d).split(", "), width - 4, "    "));
  }
  return `${lines.join("\n")}\n`;
}

function wrapList(items: string[], width: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    const next = line ? `${line}, ${item}` : item;
    if (indent.length + next.length > width && line) {
      lines.push(`${indent}${line},`);
      line = item;
    } else line = next;
  }
  if (line) lines.push(`${indent}${line}`);
  return lines.join("\n");
}
