import type { Amount } from "./amount.js";
import { WEEKS_PER_YEAR } from "./amount.js";
import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { ArgumentError, shown } from "./errors.js";
import { round } from "./round.js";

export type Coverage = "single" | "family";

/** An offer's terms beyond its base pay; every one optional. Dollar sums are whole-year figures unless said. */
export interface OfferTerms {
  /** Hours a week (default: the dataset's hours a year ÷ 52, i.e. 40). */
  hoursPerWeek?: number;
  /** A yearly bonus: dollars, or a percent of base pay. */
  bonus?: { dollars: number } | { percentOfBase: number };
  /** A sign-on bonus, paid once. */
  signOn?: number;
  /** Years a one-time payment is spread over (default: the dataset's convention, 2). */
  spreadYears?: number;
  /** The employer adds `rate`% of what you save, on savings up to `upTo`% of base pay. */
  retirementMatch?: { rate: number; upTo: number };
  /** Your share of the health premium, dollars a year. */
  healthPremium?: number;
  /** Whose coverage the premium buys (default: single). */
  coverage?: Coverage;
  /** Paid days off a year: vacation, sick days and holidays together. */
  ptoDays?: number;
  /** A credential exam paid for, once. */
  examReimbursement?: number;
  /** Membership dues paid for, a year. */
  duesReimbursement?: number;
  /** Continuing-education (CEU) allowance, a year. */
  ceuAllowance?: number;
  /** Remote-work stipend, a year. */
  remoteStipend?: number;
}

/** A typical figure shown beside an offer's own, with its year and source; the CLI words it. */
export interface Typical {
  code: TypicalCode;
  value: number;
  year: number | null;
  source: string;
  params: Readonly<Record<string, string | number>>;
}

export type TypicalCode =
  | "pto-bank-days"
  | "vacation-days"
  | "sick-days"
  | "health-worker-contribution"
  | "health-employer-share"
  | "retirement-employer-contribution"
  | "benefits-share"
  | "membership-dues";

/** What an offer is worth in a year: base, cash, benefits and the total, with every part shown. */
export interface Compensation {
  base: number;
  bonus: number;
  signOn: { total: number; years: number; perYear: number };
  /** Base + bonus + the sign-on bonus's yearly share. */
  cash: number;
  /** The employer's contribution, assuming you save enough to get all of it. */
  retirement: { rate: number; upTo: number; percentOfBase: number; annual: number } | null;
  /** Your share, and what the employer is estimated to pay: a typical premium less your share. */
  health: { coverage: Coverage; yourShare: number; typicalPremium: number; employerEstimate: number; year: number; source: string } | null;
  /** Reimbursements, allowances and stipends, a year (one-time ones spread like the sign-on bonus). */
  allowances: { exam: number; dues: number; ceu: number; remoteStipend: number };
  /** Retirement + the employer's health estimate + allowances. */
  benefits: number;
  /** Cash + benefits: the yearly value of the offer. */
  total: number;
  hours: { perWeek: number; paidPerYear: number; ptoDays: number | null; workedPerYear: number };
  /** Cash ÷ hours actually worked (paid hours less paid days off), to the cent. */
  effectiveHourly: number;
  /** What one more dollar of base pay adds to the total (bonus percent and match ride on base). */
  totalPerBaseDollar: number;
  /** Typical figures for the terms this offer speaks of (and, with any benefit, the benefits share of compensation). */
  typical: Typical[];
  /** Terms the data has no typical figure for, among those given. */
  noTypical: ("bonus" | "sign-on" | "exam-reimbursement" | "ceu-allowance" | "remote-stipend")[];
}

/** Bounds every term is checked against; a value outside is a typo, not an offer. */
const LIMITS = { money: 10_000_000, percent: 100, hoursPerWeek: 100, ptoDays: 100, spreadYears: 10 } as const;

/** Checks terms given to the library (the CLI parses text into them); throws an `ArgumentError` naming the term. */
export function checkTerms(terms: OfferTerms): OfferTerms {
  const fail = (field: string, value: unknown, allowed: string) => {
    throw new ArgumentError("invalid-argument", `${field} must be ${allowed}, got ${shown(value)}`, field, value);
  };
  const within = (field: string, value: number | undefined, min: number, max: number, what: string, exclusiveMin = false) => {
    if (value === undefined) return;
    if (typeof value !== "number" || !Number.isFinite(value) || value > max || (exclusiveMin ? value <= min : value < min))
      fail(field, value, exclusiveMin ? `${what} above ${min} and at most ${max}` : `${what} between ${min} and ${max}`);
  };
  within("hoursPerWeek", terms.hoursPerWeek, 0, LIMITS.hoursPerWeek, "a number of hours a week", true);
  if (terms.bonus !== undefined) {
    if ("dollars" in terms.bonus) within("bonus", terms.bonus.dollars, 0, LIMITS.money, "a number of dollars");
    else within("bonus", terms.bonus.percentOfBase, 0, LIMITS.percent, "a percent of base pay");
  }
  within("signOn", terms.signOn, 0, LIMITS.money, "a number of dollars");
  within("spreadYears", terms.spreadYears, 0, LIMITS.spreadYears, "a number of years", true);
  if (terms.retirementMatch !== undefined) {
    within("retirementMatch", terms.retirementMatch.rate, 0, 200, "a match rate in percent");
    within("retirementMatch", terms.retirementMatch.upTo, 0, LIMITS.percent, "a percent of pay");
  }
  within("healthPremium", terms.healthPremium, 0, LIMITS.money, "a number of dollars a year");
  if (terms.coverage !== undefined && terms.coverage !== "single" && terms.coverage !== "family") fail("coverage", terms.coverage, "single or family");
  within("ptoDays", terms.ptoDays, 0, LIMITS.ptoDays, "a number of days");
  for (const key of ["examReimbursement", "duesReimbursement", "ceuAllowance", "remoteStipend"] as const) within(key, terms[key], 0, LIMITS.money, "a number of dollars");
  return terms;
}

/** The dataset's benefit figures and conventions, or the bundled ones for a dataset without them. */
export function benefitsOf(d: Dataset): NonNullable<Dataset["benefits"]> {
  return d.benefits ?? (bundledDataset().benefits as NonNullable<Dataset["benefits"]>);
}

/** Hours a week an offer is for: the terms', or the dataset's working year ÷ 52. */
export function hoursPerWeekOf(terms: OfferTerms, d: Dataset): number {
  return terms.hoursPerWeek ?? d.model.hoursPerYear.value / WEEKS_PER_YEAR;
}

/**
 * The yearly value of an offer. Cash is base + bonus + the sign-on bonus spread over
 * `spreadYears`. Benefits are the employer's retirement contribution (the match on base pay,
 * assuming you save enough to get all of it), the employer's share of the health premium
 * (estimated as the typical premium for the coverage less your share, when your share is
 * given), and reimbursements, allowances and stipends (a one-time exam spread like the
 * sign-on bonus). Paid days off are in base pay already: they count only in the effective
 * hourly pay, cash over the hours actually worked.
 */
export function compensationOf(offer: Amount, terms: OfferTerms, d: Dataset): Compensation {
  const b = benefitsOf(d);
  const base = offer.annual;
  const years = terms.spreadYears ?? b.conventions.spreadYears.value;
  // Every part is rounded to whole dollars first, so the parts add up to the totals shown.
  const bonusPercent = terms.bonus && "percentOfBase" in terms.bonus ? terms.bonus.percentOfBase : 0;
  const bonus = terms.bonus ? Math.round("dollars" in terms.bonus ? terms.bonus.dollars : base * (bonusPercent / 100)) : 0;
  const signOnTotal = terms.signOn ?? 0;
  const signOn = { total: signOnTotal, years, perYear: Math.round(signOnTotal / years) };
  const cash = base + bonus + signOn.perYear;

  const match = terms.retirementMatch;
  const matchPercent = match ? (match.rate / 100) * match.upTo : 0;
  const retirement = match ? { rate: match.rate, upTo: match.upTo, percentOfBase: round(matchPercent, 2), annual: Math.round(base * (matchPercent / 100)) } : null;

  const coverage = terms.coverage ?? "single";
  const premium = b.health.premium;
  const health =
    terms.healthPremium === undefined
      ? null
      : {
          coverage,
          yourShare: Math.round(terms.healthPremium),
          typicalPremium: premium[coverage],
          employerEstimate: Math.round(Math.max(0, premium[coverage] - terms.healthPremium)),
          year: premium.year,
          source: premium.source,
        };
  const allowances = {
    exam: Math.round((terms.examReimbursement ?? 0) / years),
    dues: Math.round(terms.duesReimbursement ?? 0),
    ceu: Math.round(terms.ceuAllowance ?? 0),
    remoteStipend: Math.round(terms.remoteStipend ?? 0),
  };
  const benefits = (retirement?.annual ?? 0) + (health?.employerEstimate ?? 0) + allowances.exam + allowances.dues + allowances.ceu + allowances.remoteStipend;

  const perWeek = offer.hoursPerWeek;
  const paidPerYear = perWeek * WEEKS_PER_YEAR;
  const ptoDays = terms.ptoDays ?? null;
  // A paid day off is a fifth of the week's hours (at most 100 of 260 working days).
  const workedPerYear = paidPerYear - (ptoDays ?? 0) * (perWeek / 5);

  return {
    base,
    bonus,
    signOn,
    cash,
    retirement,
    health,
    allowances,
    benefits,
    total: cash + benefits,
    hours: { perWeek, paidPerYear: round(paidPerYear, 2), ptoDays, workedPerYear: round(workedPerYear, 2) },
    effectiveHourly: round(cash / workedPerYear, 2),
    totalPerBaseDollar: 1 + bonusPercent / 100 + matchPercent / 100,
    typical: typicalFor(terms, d),
    noTypical: [
      ...(terms.bonus ? (["bonus"] as const) : []),
      ...(terms.signOn !== undefined ? (["sign-on"] as const) : []),
      ...(terms.examReimbursement !== undefined ? (["exam-reimbursement"] as const) : []),
      ...(terms.ceuAllowance !== undefined ? (["ceu-allowance"] as const) : []),
      ...(terms.remoteStipend !== undefined ? (["remote-stipend"] as const) : []),
    ],
  };
}

/** The typical figures for what the terms speak of: leave with paid days off, premiums with a premium, and so on. */
function typicalFor(terms: OfferTerms, d: Dataset): Typical[] {
  const b = benefitsOf(d);
  const out: Typical[] = [];
  const add = (code: TypicalCode, f: { value: number; year: number | null; source: string }, params: Record<string, string | number> = {}) =>
    out.push({ code, value: f.value, year: f.year, source: f.source, params });
  if (terms.ptoDays !== undefined) {
    add("pto-bank-days", b.paidLeave.ptoBankDays);
    add("vacation-days", b.paidLeave.vacationDays);
    add("sick-days", b.paidLeave.sickDays);
  }
  if (terms.healthPremium !== undefined) {
    const coverage = terms.coverage ?? "single";
    const h = b.health;
    add("health-worker-contribution", { value: h.workerContribution[coverage], year: h.workerContribution.year, source: h.workerContribution.source }, { coverage });
    add("health-employer-share", { value: h.employerShare[coverage], year: h.employerShare.year, source: h.employerShare.source }, { coverage });
  }
  if (terms.retirementMatch !== undefined) add("retirement-employer-contribution", b.retirement.employerContribution);
  if (terms.duesReimbursement !== undefined)
    for (const dues of b.dues) add("membership-dues", { value: dues.annual, year: dues.year, source: dues.source }, { body: dues.body });
  const benefitTerms = [terms.retirementMatch, terms.healthPremium, terms.examReimbursement, terms.duesReimbursement, terms.ceuAllowance, terms.remoteStipend];
  if (benefitTerms.some((t) => t !== undefined)) add("benefits-share", b.benefitsShare);
  return out;
}

