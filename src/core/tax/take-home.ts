import { bundledDataset } from "../dataset/bundled-dataset.js";
import type { Dataset } from "../dataset/dataset-schema.js";
import { ArgumentError } from "../errors.js";
import { normalizeProfile } from "../profile.js";
import { round } from "../round.js";
import { FILING_STATUSES, type FilingStatus } from "./filing-status.js";
import type { Allowance, Bracket, PhaseOut, StateTax, TaxTables } from "./tax-schema.js";

/** What a take-home estimate leaves out, always (stable codes; the README explains each). */
const ALWAYS_SIMPLIFIED = [
  "local-income-tax-excluded",
  "credits-excluded",
  "itemized-deductions-excluded",
  "state-payroll-contributions-excluded",
  "one-earner",
] as const;

/** Codes that appear only when they apply. */
type ConditionalSimplification =
  /** The state's figures are for an earlier tax year than the federal ones (it had not published the newer ones). */
  | "state-figures-earlier-year"
  /** Health premiums are taken as paid pre-tax through a section 125 cafeteria plan. */
  | "health-premium-cafeteria-plan"
  /** The retirement contribution was capped at the year's 401(k) deferral limit. */
  | "retirement-capped-at-limit";

export type Simplification = (typeof ALWAYS_SIMPLIFIED)[number] | ConditionalSimplification;

export interface TakeHomeOptions {
  /** `single` (the default), `married-joint` or `head-of-household`; also `joint`, `mfj`, `hoh`. */
  filing?: string;
  /** A state code or name. */
  state: string;
  /** Pre-tax 401(k) contribution, percent of gross (0–100); capped at the year's deferral limit. */
  retirementContributionPercent?: number;
  /** The employee's share of a health premium, dollars a month, paid pre-tax. */
  healthPremiumMonthly?: number;
}

/**
 * Take-home pay for one year of wages. Every amount is in whole dollars a year, except
 * `netMonthly` (net ÷ 12, to the cent); rates are fractions (0.153 = 15.3%) to four places.
 * `net` = `gross` − pre-tax deductions − the four taxes, exactly.
 */
export interface TakeHome {
  /** The tax year of the federal and payroll figures. */
  taxYear: number;
  state: string;
  /** The tax year of the state's figures (earlier than `taxYear` where the state had not published newer ones). */
  stateTaxYear: number;
  filing: FilingStatus;
  gross: number;
  preTax: { retirement: number; healthPremium: number };
  /** Taxable income as each tax computes it, after deductions and exemptions. */
  taxable: { federal: number; state: number };
  federalIncomeTax: number;
  socialSecurity: number;
  medicare: number;
  stateIncomeTax: number;
  net: number;
  netMonthly: number;
  /** All four taxes over gross. */
  effectiveRate: number;
  /** Share of the next $100 of gross that goes to the four taxes. */
  marginalRate: number;
  simplifications: Simplification[];
  /** What the model leaves out for this state, in words (from the data). */
  stateNotes: string[];
  /** Source ids of the figures used. */
  sources: string[];
}

/** Largest gross the model accepts: above it a number is a typo, not pay. */
const MAX_GROSS = 10_000_000;
/** Step used for the marginal rate. */
const MARGINAL_STEP = 100;

const FILING_ALIASES: Record<string, FilingStatus> = {
  single: "single",
  s: "single",
  "married-joint": "married-joint",
  married: "married-joint",
  joint: "married-joint",
  mfj: "married-joint",
  "married-filing-jointly": "married-joint",
  "head-of-household": "head-of-household",
  hoh: "head-of-household",
  head: "head-of-household",
};

/** Reads a filing status; throws `invalid-filing` for anything else. */
export function parseFiling(text: string | undefined): FilingStatus {
  if (text === undefined) return "single";
  const key = String(text).trim().toLowerCase().replace(/[\s_]+/g, "-");
  const status = Object.hasOwn(FILING_ALIASES, key) ? FILING_ALIASES[key] : undefined;
  if (!status)
    throw new ArgumentError("invalid-filing", `unknown filing status ${JSON.stringify(text)} (use ${FILING_STATUSES.join(", ")})`, "filing", text);
  return status;
}

/** The tables a dataset carries, or the bundled ones for a dataset without its own. */
function taxTablesOf(dataset: Dataset): TaxTables {
  const own = dataset.tax;
  if (own) return own;
  const bundled = bundledDataset().tax;
  if (!bundled) throw new Error("the bundled dataset has no tax tables");
  return bundled;
}

/**
 * Federal income tax, Social Security, Medicare and state income tax on a year's wages, and
 * what is left. Pure: the same input gives the same output.
 */
export function takeHomePay(grossAnnual: number, options: TakeHomeOptions, dataset: Dataset = bundledDataset()): TakeHome {
  if (typeof grossAnnual !== "number" || !Number.isFinite(grossAnnual) || grossAnnual < 0 || grossAnnual > MAX_GROSS)
    throw new ArgumentError("invalid-amount", `gross pay must be a number of dollars from 0 to ${MAX_GROSS}`, "gross", grossAnnual);
  const gross = Math.round(grossAnnual);
  const filing = parseFiling(options.filing);
  const code = normalizeProfile({ state: options.state }, dataset).state as string;
  const tables = taxTablesOf(dataset);
  const state = tables.states.find((s) => s.code === code);
  if (!state) throw new ArgumentError("invalid-argument", `the tax tables have no entry for ${code}`, "state", options.state);

  const percent = options.retirementContributionPercent ?? 0;
  if (typeof percent !== "number" || !Number.isFinite(percent) || percent < 0 || percent > 100)
    throw new ArgumentError("invalid-argument", "the retirement contribution must be a percent from 0 to 100", "retirementContributionPercent", percent);
  const monthly = options.healthPremiumMonthly ?? 0;
  if (typeof monthly !== "number" || !Number.isFinite(monthly) || monthly < 0)
    throw new ArgumentError("invalid-argument", "the health premium must be a number of dollars a month, 0 or more", "healthPremiumMonthly", monthly);

  const wanted = Math.round((gross * percent) / 100);
  const limit = tables.federal.retirementLimit.value;
  const retirement = Math.min(wanted, limit);
  const healthPremium = Math.round(monthly * 12);
  if (retirement + healthPremium > gross)
    throw new ArgumentError("invalid-argument", `pre-tax deductions ($${retirement + healthPremium}) exceed gross pay ($${gross})`, "healthPremiumMonthly", monthly);

  const at = (g: number) => taxesOn(g, retirement, healthPremium, filing, state, tables);
  const t = at(gross);
  // Each tax to the dollar so that they add up to the rounded total: then a dollar more of gross
  // never shows less net pay because four roundings happened to go the same way.
  const taxes = Math.round(t.total);
  const parts = wholeDollars([t.federal, t.socialSecurity, t.medicare, t.state], taxes);
  const [federalIncomeTax, socialSecurity, medicare, stateIncomeTax] = parts as [number, number, number, number];
  const net = gross - retirement - healthPremium - taxes;
  const next = at(gross + MARGINAL_STEP);

  const simplifications: Simplification[] = [...ALWAYS_SIMPLIFIED];
  if (state.year < tables.year) simplifications.push("state-figures-earlier-year");
  if (healthPremium > 0) simplifications.push("health-premium-cafeteria-plan");
  if (retirement < wanted) simplifications.push("retirement-capped-at-limit");

  return {
    taxYear: tables.year,
    state: code,
    stateTaxYear: state.year,
    filing,
    gross,
    preTax: { retirement, healthPremium },
    taxable: { federal: Math.round(t.federalTaxable), state: Math.round(t.stateTaxable) },
    federalIncomeTax,
    socialSecurity,
    medicare,
    stateIncomeTax,
    net,
    netMonthly: round(net / 12, 2),
    effectiveRate: gross > 0 ? round(taxes / gross, 4) : 0,
    marginalRate: round((next.total - t.total) / MARGINAL_STEP, 4),
    simplifications,
    stateNotes: [...state.notModelled],
    sources: sourcesOf(tables, state),
  };
}

interface Taxes {
  federal: number;
  federalTaxable: number;
  socialSecurity: number;
  medicare: number;
  state: number;
  stateTaxable: number;
  total: number;
}

/** The four taxes in unrounded dollars, for wages `gross` with fixed pre-tax deductions. */
function taxesOn(gross: number, retirement: number, healthPremium: number, filing: FilingStatus, state: StateTax, tables: TaxTables): Taxes {
  const { federal, fica } = tables;
  const federalWages = gross - (federal.pretax.retirement ? retirement : 0) - (federal.pretax.healthPremium ? healthPremium : 0);
  const federalTaxable = Math.max(0, federalWages - federal.standardDeduction[filing]);
  const federalTax = scheduleTax(federal.schedule[filing], federalTaxable);

  // 401(k) deferrals stay in Social Security and Medicare wages; cafeteria-plan premiums do not.
  const ficaWages = Math.max(0, gross - (fica.healthPremiumExcluded.value ? healthPremium : 0));
  const socialSecurity = fica.socialSecurity.rate * Math.min(ficaWages, fica.socialSecurity.wageBase);
  const medicare =
    fica.medicare.rate * ficaWages + fica.medicare.additionalRate * Math.max(0, ficaWages - fica.medicare.additionalThreshold[filing]);

  const { tax: stateTax, taxable: stateTaxable } = stateIncomeTax(gross, retirement, healthPremium, filing, state, tables, federalTax);
  return {
    federal: federalTax,
    federalTaxable,
    socialSecurity,
    medicare,
    state: stateTax,
    stateTaxable,
    total: federalTax + socialSecurity + medicare + stateTax,
  };
}

function stateIncomeTax(
  gross: number,
  retirement: number,
  healthPremium: number,
  filing: FilingStatus,
  state: StateTax,
  tables: TaxTables,
  federalTax: number,
): { tax: number; taxable: number } {
  if (state.kind === "none" || !state.schedule) return { tax: 0, taxable: 0 };
  // The state's starting income: wages less what it lets employees set aside before tax.
  const income = gross - (state.pretax.retirement ? retirement : 0) - (state.pretax.healthPremium ? healthPremium : 0);
  let deductions = 0;
  if (state.standardDeduction) deductions += allowanceAt(state.standardDeduction, filing, income);
  if (state.federalStandardDeduction) deductions += tables.federal.standardDeduction[filing];
  if (state.personalExemption) deductions += allowanceAt(state.personalExemption, filing, income);
  const fed = state.federalIncomeTaxDeduction;
  if (fed) {
    const cap = fed.cap ? phasedOut(fed.cap[filing], fed.phaseOut, filing, income) : Infinity;
    deductions += Math.min(fed.share * federalTax, cap);
  }
  const taxable = Math.max(0, income - deductions);
  const credit = state.exemptionCredit ? allowanceAt(state.exemptionCredit, filing, income) : 0;
  return { tax: Math.max(0, scheduleTax(state.schedule[filing], taxable) - credit), taxable };
}

/** An allowance's amount for a filing status at an income, after any phase-out. */
export function allowanceAt(allowance: Allowance, filing: FilingStatus, income: number): number {
  return phasedOut(allowance.amount[filing], allowance.phaseOut, filing, income);
}

function phasedOut(amount: number, phaseOut: PhaseOut | undefined, filing: FilingStatus, income: number): number {
  if (!phaseOut) return amount;
  const floor = Math.min(amount, phaseOut.floor?.[filing] ?? 0);
  const reduced = amount - phaseOut.rate[filing] * Math.max(0, income - phaseOut.start[filing]);
  return Math.max(floor, reduced);
}

/**
 * Tax on `taxable` income under a schedule: the bracket whose `over` is the highest below the
 * income applies its rate to the excess, on top of the tax at its start (the brackets below
 * added up, or the schedule's stated `base` where it states one).
 */
export function scheduleTax(brackets: readonly Bracket[], taxable: number): number {
  let startTax = brackets[0]?.base ?? 0;
  let current = brackets[0];
  for (let i = 1; i < brackets.length; i++) {
    const b = brackets[i] as Bracket;
    if (!(taxable > b.over) || !current) break;
    startTax = b.base ?? startTax + current.rate * (b.over - current.over);
    current = b;
  }
  if (!current) return 0;
  return startTax + current.rate * Math.max(0, taxable - current.over);
}

/** How much tax a schedule's stated bases add above its brackets' sum: the size of its cliffs. */
export function scheduleCliffs(brackets: readonly Bracket[]): number {
  let start = brackets[0]?.base ?? 0;
  let cliffs = 0;
  for (let i = 1; i < brackets.length; i++) {
    const b = brackets[i] as Bracket;
    const prev = brackets[i - 1] as Bracket;
    const expected = start + prev.rate * (b.over - prev.over);
    if (b.base !== undefined) cliffs += Math.max(0, b.base - expected);
    start = b.base ?? expected;
  }
  return cliffs;
}

function sourcesOf(tables: TaxTables, state: StateTax): string[] {
  const ids = [
    tables.federal.schedule.source,
    tables.federal.standardDeduction.source,
    tables.fica.socialSecurity.source,
    tables.fica.medicare.source,
    state.source,
    state.schedule?.source,
    state.standardDeduction?.source,
    state.federalStandardDeduction?.source,
    state.personalExemption?.source,
    state.exemptionCredit?.source,
    state.federalIncomeTaxDeduction?.source,
    state.pretax.source,
  ];
  return [...new Set(ids.filter((id): id is string => typeof id === "string"))];
}

/** Whole dollars that add up to `total`: each amount rounded down, then the dollars left over go to the largest fractions. */
function wholeDollars(amounts: number[], total: number): number[] {
  const out = amounts.map((a) => Math.floor(a));
  let left = total - out.reduce((sum, a) => sum + a, 0);
  const byFraction = amounts.map((a, i) => ({ i, fraction: a - Math.floor(a) })).sort((x, y) => y.fraction - x.fraction);
  for (const { i } of byFraction) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}
