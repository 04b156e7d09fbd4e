import { Option } from "commander";
import { parseMoney, parseMoneyPer } from "../../core/amount.js";
import type { OfferTerms } from "../../core/compensation.js";
import { ArgumentError, shown } from "../../core/errors.js";
import { matchKey } from "../../core/match.js";

type TermKey = keyof OfferTerms;

/**
 * One term of an offer beyond its base pay, everywhere it appears: its flag and help, the
 * names it goes by in an offers file, a roster and the `offers` short form, and how text (a
 * flag, a cell, a short-form value) or a JSON number becomes its value. Every parse error is
 * an `ArgumentError` naming the flag and what is allowed, so a file's bad value is reported
 * like a flag's.
 */
interface TermOption<K extends TermKey = TermKey> {
  key: K;
  /** "--hours" */
  flag: string;
  /** The option's value name and help. */
  value: string;
  help: string;
  /** Names in files and the short form, compared as `matchKey` does; the first is canonical. */
  names: readonly string[];
  parse(text: string): NonNullable<OfferTerms[K]>;
  /** Values a shell completes. */
  choices?: readonly string[];
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A plain decimal within bounds, or an `ArgumentError` naming the flag and the bounds. */
function decimal(text: string, flag: string, what: string, min: number, max: number, example: string, exclusiveMin = false): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  const ok = DECIMAL.test(trimmed) && (exclusiveMin ? value > min : value >= min) && value <= max;
  if (!ok) throw new ArgumentError("invalid-argument", `${flag} must be ${what} ${exclusiveMin ? "above" : "from"} ${min}${exclusiveMin ? " and at most" : " to"} ${max}, e.g. ${example}; got ${shown(text)}`, flag, text);
  return value;
}

/** "5" or "5%": a percent. */
const percent = (text: string, flag: string, what: string, max: number, example: string) => decimal(text.trim().replace(/%$/, ""), flag, what, 0, max, example);

const term = <K extends TermKey>(t: TermOption<K>) => t;

/** The terms, in the order help, files and reports list them. */
export const TERM_OPTIONS = [
  term({
    key: "hoursPerWeek",
    flag: "--hours",
    value: "<per week>",
    help: "hours worked a week (default 40): part-time, 37.5-hour weeks; hourly pay is converted at these hours",
    names: ["hours", "hoursPerWeek", "weeklyHours", "hoursAWeek"],
    parse: (text) => decimal(text, "--hours", "a number of hours a week", 0, 100, "40, 32 or 37.5", true),
  }),
  term({
    key: "bonus",
    flag: "--bonus",
    value: "<amount|percent>",
    help: "yearly bonus: dollars (3000, 3k, 250/mo) or a percent of base pay (5%)",
    names: ["bonus", "annualBonus", "yearlyBonus"],
    parse: (text) => {
      if (/%\s*$/.test(text)) return { percentOfBase: percent(text, "--bonus", "a percent of base pay", 100, "5%") };
      try {
        return { dollars: parseMoneyPer(text, "--bonus", "year") };
      } catch {
        throw new ArgumentError("invalid-amount", `--bonus must be dollars a year (3000, 3k, $3,000, 250/mo) or a percent of base pay (5%), got ${shown(text)}`, "--bonus", text);
      }
    },
  }),
  term({
    key: "signOn",
    flag: "--sign-on",
    value: "<amount>",
    help: "sign-on bonus, paid once: spread over --sign-on-years (2) in the yearly total",
    names: ["signOn", "signOnBonus", "signingBonus"],
    parse: (text) => parseMoney(text, "--sign-on", "a sign-on bonus (paid once)"),
  }),
  term({
    key: "spreadYears",
    flag: "--sign-on-years",
    value: "<years>",
    help: "years a one-time payment (sign-on bonus, exam) is spread over in the yearly total (default 2)",
    names: ["signOnYears", "spreadYears"],
    parse: (text) => decimal(text, "--sign-on-years", "a number of years", 0, 10, "2 or 1.5", true),
  }),
  term({
    key: "retirementMatch",
    flag: "--retirement-match",
    value: "<percent>[:<cap percent>]",
    help: "401(k)/403(b) match: 4 (4% of pay, dollar for dollar) or 50:6 (50% of what you save, on up to 6% of pay)",
    names: ["retirementMatch", "match", "401kMatch", "403bMatch"],
    parse: (text) => {
      const parts = text.split(":");
      const example = "4, 4% or 50:6";
      if (parts.length > 2) throw new ArgumentError("invalid-argument", `--retirement-match must be <percent> or <percent>:<cap percent>, e.g. ${example}; got ${shown(text)}`, "--retirement-match", text);
      if (parts.length === 1) return { rate: 100, upTo: percent(parts[0] as string, "--retirement-match", "a percent of pay", 100, example) };
      return {
        rate: percent(parts[0] as string, "--retirement-match", "a match rate in percent", 200, example),
        upTo: percent(parts[1] as string, "--retirement-match", "a cap in percent of pay", 100, example),
      };
    },
  }),
  term({
    key: "healthPremium",
    flag: "--health-premium",
    value: "<per month>",
    help: "your share of the health premium: a month (120), or per period (55 biweekly, 1440/yr)",
    names: ["healthPremium", "health", "premium", "yourPremium"],
    parse: (text) => parseMoneyPer(text, "--health-premium", "month"),
  }),
  term({
    key: "coverage",
    flag: "--coverage",
    value: "<single|family>",
    help: "whose health coverage the premium buys (default single); sets the typical premium it is compared with",
    names: ["coverage", "healthCoverage", "tier"],
    choices: ["single", "family"],
    parse: (text) => {
      const key = matchKey(text);
      if (key === "single" || key === "self" || key === "employeeonly") return "single";
      if (key === "family") return "family";
      throw new ArgumentError("invalid-argument", `--coverage must be single or family, got ${shown(text)}`, "--coverage", text);
    },
  }),
  term({
    key: "ptoDays",
    flag: "--pto-days",
    value: "<days>",
    help: "paid days off a year: vacation, sick days and holidays together (for the effective hourly pay)",
    names: ["ptoDays", "pto", "paidDaysOff", "daysOff"],
    parse: (text) => decimal(text, "--pto-days", "a number of days", 0, 100, "15 or 22"),
  }),
  term({
    key: "examReimbursement",
    flag: "--exam-reimbursement",
    value: "<amount>",
    help: "a credential exam paid for (once; spread like the sign-on bonus)",
    names: ["examReimbursement", "exam", "examFee"],
    parse: (text) => parseMoney(text, "--exam-reimbursement", "an exam reimbursement (paid once)"),
  }),
  term({
    key: "duesReimbursement",
    flag: "--dues-reimbursement",
    value: "<amount>",
    help: "membership dues paid for (AAPC, AHIMA), a year",
    names: ["duesReimbursement", "dues", "membershipDues"],
    parse: (text) => parseMoneyPer(text, "--dues-reimbursement", "year"),
  }),
  term({
    key: "ceuAllowance",
    flag: "--ceu-allowance",
    value: "<amount>",
    help: "continuing-education (CEU) allowance, a year",
    names: ["ceuAllowance", "ceu", "ceus", "educationAllowance"],
    parse: (text) => parseMoneyPer(text, "--ceu-allowance", "year"),
  }),
  term({
    key: "remoteStipend",
    flag: "--remote-stipend",
    value: "<amount>",
    help: "remote-work stipend: a year (600) or per period (50/mo)",
    names: ["remoteStipend", "stipend", "homeOfficeStipend"],
    parse: (text) => parseMoneyPer(text, "--remote-stipend", "year"),
  }),
] as const satisfies readonly TermOption[];

const BY_NAME = new Map<string, TermOption>(TERM_OPTIONS.flatMap((t) => t.names.map((n) => [matchKey(n), t as TermOption] as const)));

/** The term a file's key or a short-form key names ("sign_on", "401k-match"). */
export function termNamed(name: string): TermOption | undefined {
  return BY_NAME.get(matchKey(name));
}

/** A commander option's attribute for a flag: "--sign-on-years" → "signOnYears". */
const attribute = (flag: string) => flag.slice(2).replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Adds the term flags to a command (all of them, or the named ones). */
export function addTermOptions(command: { addOption(o: Option): unknown }, only?: readonly TermKey[]): void {
  for (const t of TERM_OPTIONS) {
    if (only && !only.includes(t.key)) continue;
    const option = new Option(`${t.flag} ${t.value}`, t.help);
    // choices() first, for help and completion; the term's own parser then reads the value.
    const choices = (t as TermOption).choices;
    if (choices) option.choices(choices);
    command.addOption(option.argParser((text: string) => (t as TermOption).parse(text)));
  }
}

/** The term flags given, as terms. */
export function termsFromFlags(flags: Record<string, unknown>): OfferTerms {
  const terms: Record<string, unknown> = {};
  for (const t of TERM_OPTIONS) if (flags[attribute(t.flag)] !== undefined) terms[t.key] = flags[attribute(t.flag)];
  return terms as OfferTerms;
}

/** A term's value from a file: text as a flag's, a number as its text (a plain number of dollars, days, hours or percent). */
export function termValue(t: TermOption, value: unknown): unknown {
  if (typeof value === "number" && Number.isFinite(value)) return t.parse(String(value));
  if (typeof value === "string") return t.parse(value);
  throw new ArgumentError("invalid-argument", `${t.flag.slice(2)} must be text or a number, got ${shown(value)}`, t.flag, value);
}
