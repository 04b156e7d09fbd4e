import type { AccuracyRow } from "../core/accuracy.js";
import type { Amount, PayPeriod } from "../core/amount.js";
import type { Compensation, Typical } from "../core/compensation.js";
import type { ComparedRange } from "../core/offer.js";
import type { Dataset } from "../core/dataset/dataset-schema.js";
import type { ConfidenceReason, Factor } from "../core/estimate.js";
import type { Simplification } from "../core/tax/take-home.js";
import type { Warning } from "../core/warning.js";
import { cents, dollars } from "./render/format.js";

/**
 * The one place the CLI turns the core's codes into English: factors, warnings, confidence
 * reasons and the accuracy table's generated rows. Names come from the dataset in use.
 */

type Params = Readonly<Record<string, string | number>>;

const money = (n: number | string | undefined) => `$${String(Math.round(Number(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
const plural = (n: number | string, word: string) => `${n} ${word}${Number(n) === 1 ? "" : "s"}`;

/** How the experience factor's label starts, before the years. */
export const EXPERIENCE_LABEL_HEAD = "Experience: ";

/** The lookups by dataset: made once per dataset, not for every label of a batch. */
const namesByDataset = new WeakMap<Dataset, ReturnType<typeof namesOf>>();

function names(d: Dataset) {
  let n = namesByDataset.get(d);
  if (!n) namesByDataset.set(d, (n = namesOf(d)));
  return n;
}

function namesOf(d: Dataset) {
  const find = <T extends { id: string; label: string }>(items: readonly T[], id: unknown) => items.find((i) => i.id === id)?.label ?? String(id);
  return {
    state: (code: unknown) => d.states.list.find((s) => s.code === code)?.name ?? String(code),
    credential: (code: unknown) => {
      const c = d.credentials.list.find((x) => x.code === code);
      return c ? `${c.code} (${c.name}, ${c.body})` : String(code);
    },
    specialty: (id: unknown) => find(d.specialties, id),
    setting: (id: unknown) => find(d.settings, id),
    role: (id: unknown) => find(d.roles.ladder, id),
  };
}

/** Where experience sits among the guide's bands: "in the guide's entry band (0–2 years)", or between two of them. */
function bandText(d: Dataset, years: number): string {
  const bands = d.experience.bands;
  const span = (b: (typeof bands)[number]) => (b.toYears === null ? `${b.fromYears}+ years` : `${b.fromYears}–${b.toYears} years`);
  const inside = bands.find((b) => years >= b.fromYears && (b.toYears === null || years <= b.toYears));
  if (inside) return `the guide's ${inside.label.toLowerCase()} band, ${span(inside)}`;
  const after = bands.findIndex((b) => b.fromYears > years);
  const before = bands[after - 1];
  const next = bands[after];
  return before && next ? `between the guide's ${before.label.toLowerCase()} (${span(before)}) and ${next.label.toLowerCase()} (${span(next)}) bands` : "";
}

/** Experience labels' tails by dataset and by where the years sit (a band, or between two), one or more years. */
const tailsByDataset = new WeakMap<Dataset, Map<number, string>>();

/**
 * What follows the years in the experience factor's label — " years (the guide's mid-level
 * band, 3–5 years)" — worked out once for each place among the bands (a batch asks for it
 * on every record).
 */
export function experienceLabelTail(d: Dataset, years: number): string {
  const bands = d.experience.bands;
  // Where the years sit: inside band i (2i), or before band i (2i + 1).
  let at = -1;
  for (let i = 0; i < bands.length && at === -1; i++) {
    const b = bands[i] as (typeof bands)[number];
    if (years >= b.fromYears && (b.toYears === null || years <= b.toYears)) at = 2 * i;
    else if (b.fromYears > years) at = 2 * i + 1;
  }
  const key = at * 2 + (years === 1 ? 1 : 0);
  let tails = tailsByDataset.get(d);
  if (!tails) tailsByDataset.set(d, (tails = new Map()));
  let tail = tails.get(key);
  if (tail === undefined) {
    const band = bandText(d, years);
    tails.set(key, (tail = ` year${years === 1 ? "" : "s"}${band ? ` (${band})` : ""}`));
  }
  return tail;
}

export function factorLabel(f: Pick<Factor, "code" | "params">, d: Dataset): string {
  const n = names(d);
  const p: Params = f.params;
  switch (f.code) {
    case "national":
      return `National median, all medical records specialists (BLS, ${p.vintage})`;
    case "experience":
      return `${EXPERIENCE_LABEL_HEAD}${p.years}${experienceLabelTail(d, Number(p.years))}`;
    case "experience-floor":
      return p.years === ""
        ? `Experience: not given; priced as ${p.floor} years, the usual minimum for a ${n.role(p.role).toLowerCase()}`
        : `Experience: ${plural(p.years as number, "year")}, priced as ${p.floor}, the usual minimum for a ${n.role(p.role).toLowerCase()}`;
    case "no-credential":
      return "No credential (the national median includes certified coders)";
    case "credential":
      return `Credential: ${n.credential(p.credential)}${p.as ? `, priced as ${p.as === "certified" ? "the certified average" : p.as}` : ""}`;
    case "additional-credential":
      return `Credential no. ${p.count}: ${p.credential} (a further credential adds less)`;
    case "specialty":
      return `Specialty: ${n.specialty(p.specialty)}`;
    case "setting":
      return `Setting: ${n.setting(p.setting)}`;
    case "overlap":
      return `Overlap: premiums past ×${p.freeUpTo} count less (they describe the same experienced, certified coders)`;
    case "state":
      return p.basis === "pooled"
        ? `State: ${n.state(p.state)} (BLS median, ${p.vintage} and ${p.laterVintage} pooled: the two years disagree)`
        : p.basis === "mean"
          ? `State: ${n.state(p.state)} (estimated from the BLS mean, ${p.vintage})`
          : `State: ${n.state(p.state)} (BLS state median, ${p.vintage})`;
    case "remote-band":
      return `Remote work: the guide's remote band, ${money(p.low)}–${money(p.high)} (middle ${money(p.level)}), regardless of state`;
    case "role-level":
      return `Role: ${n.role(p.role)}, a pay level of ${money(p.level)}`;
    case "level-range":
      return p.level === "remote" ? "Within the remote band: the profile moves pay inside it" : `Within the role's range: the profile moves its level by at most ×${p.bound}`;
    case "ladder-floor":
      return `Promotion floor: at least what a ${n.role(p.below).toLowerCase()} earns`;
  }
}

export function warningMessage(w: Warning, d: Dataset): string {
  const n = names(d);
  const p = w.params;
  switch (w.code) {
    case "role-experience":
      return `A ${n.role(p.role).toLowerCase()} usually has at least ${p.floor} years of experience; priced as ${p.floor} years.`;
    case "state-imprecise": {
      const why = String(p.reasons)
        .split(",")
        .map((r) => (r === "swing" ? `its median moved ${p.swingPercent}% in a year` : r === "median-above-mean" ? "its median is above its mean" : "its median is not published"))
        .join(" and ");
      return `BLS's figure for ${n.state(p.state)} is imprecise (${why}); treat the state's effect with care.`;
    }
    case "state-median-estimated":
      return `BLS publishes no median wage for ${n.state(p.state)}; its median is estimated from the published mean.`;
    case "state-not-covered":
      return `The data has no wage figure for ${n.state(p.state)}; the national figure is used instead.`;
    case "no-price-index":
      return `The data has no price parity for ${n.state(p.state)}, so purchasing power is not shown.`;
    case "credential-priced-as":
      return `No published salary figure for ${p.credential} was found; it is priced as ${p.as === "certified" ? "the certified average" : p.as} (a modelling choice).`;
    case "apprentice-superseded":
      return `${p.apprentice} is the apprentice form of ${p.full}: only ${p.full} is counted.`;
    case "compounding":
      return `${p.premiums} factors stack in this profile${Number(p.correctionPercent) > 0 ? ` and their overlap takes ${p.correctionPercent}% off` : ""}; the sources state each one alone, so the combined figure is less certain.`;
    case "already-held":
      return `The profile already holds ${p.credential}: earning it again adds nothing.`;
    case "offer-implausible":
      return `This offer is ${money(p.fullTime)} a year at full time (${money(p.hours).slice(1)} hours): outside ${money(p.low)}–${money(p.high)} ($${Number(p.hourlyLow).toFixed(2)}–$${Number(p.hourlyHigh).toFixed(2)} an hour), the band this tool treats as plausible pay. Check the amount and its period (/hr, /mo, a year).`;
  }
}

export function confidenceReason(r: ConfidenceReason, d: Dataset): string {
  const n = names(d);
  const p = r.params;
  switch (r.code) {
    case "modelled":
      return `${p.percent}% of the distance from the national median rests on the guide or modelling choices rather than BLS or survey figures`;
    case "stacked":
      return `${p.premiums} factors stack`;
    case "bounded":
      return `overlap and bounds take ${p.percent}% off the stacked factors`;
    case "imprecise-state":
      return `BLS's figure for ${n.state(p.state)} is imprecise`;
    case "state-fallback":
      return `${n.state(p.state)} has no published median`;
    case "unpriced-credential":
      return `${p.credential} has no published salary figure`;
  }
}

/** A generated accuracy row's claim (reference rows carry their own words). */
export function accuracyClaim(row: AccuracyRow, d: Dataset): string {
  if (row.claim !== null) return row.claim;
  const n = names(d);
  const p = row.params;
  switch (row.code) {
    case "certified-gap":
      return `Certified members over non-certified: ${money(p.certified)} vs ${money(p.nonCertified)} (means)`;
    case "credential-pair":
      return `${p.credential} holders over ${p.versus}: ${money(p.annual)} vs ${money(p.versusAnnual)} (${p.statistic}s, ${p.year})`;
    case "credential-count":
      return `${p.count} credentials over ${p.before}: ${money(p.annual)} vs ${money(p.beforeAnnual)} (means)`;
    case "experience-pair":
      return `${String(p.group)[0]?.toUpperCase()}${String(p.group).slice(1)} coders at ${p.years} years over ${p.versusYears}: ${money(p.annual)} vs ${money(p.versusAnnual)}`;
    case "state-median":
      return `${n.state(p.state)}: BLS median ${money(p.median)} (${p.vintage})`;
    case "reference":
      return "";
  }
}

/** Why a row's model figure differs by design, for generated rows (reference rows carry their own note). */
export function accuracyNote(row: AccuracyRow): string | null {
  if (row.note !== null) return row.note;
  const p = row.params;
  if (row.code === "credential-pair" || row.code === "credential-count")
    return `the model puts ${p.attribution}% of a survey group's difference down to the credential itself; the rest is its holders' experience`;
  if (row.code === "state-median" && p.laterMedian !== undefined)
    return `pooled with ${p.laterVintage} (${money(p.laterMedian)}): the two years differ by ${p.swingPercent}%`;
  return null;
}

// Offers: amounts as written, how they were converted, counter-offers and typical benefits.

const PER: Record<PayPeriod, string> = { year: "a year", month: "a month", semimonth: "twice a month", biweek: "every two weeks", week: "a week", hour: "an hour" };
const TIMES: Record<Exclude<PayPeriod, "hour">, string> = { year: "", month: "× 12 months", semimonth: "× 24 half-months", biweek: "× 26 fortnights", week: "× 52 weeks" };

/** A sum with cents only when it has them: $52,000, $24.50. */
const sum = (n: number) => (Number.isInteger(n) ? dollars(n) : cents(n));
const hoursText = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(2).replace(/0$/, "")} hours`;

/** The amount as it was given: "$24.50 an hour", "$4,333 a month". */
export function amountText(a: Pick<Amount, "value" | "period">): string {
  return `${sum(a.value)} ${PER[a.period]}`;
}

/** How an offer was converted and what it is compared with. */
export function conversionText(a: Amount, range: ComparedRange, d: Dataset): string {
  const fullTime = d.model.hoursPerYear.value;
  const year =
    a.period === "hour"
      ? `${cents(a.value)} × ${hoursText(a.hoursPerWeek)} a week × 52 weeks = ${dollars(a.annual)} a year`
      : a.period === "year"
        ? `${dollars(a.annual)} a year at ${hoursText(a.hoursPerWeek)} a week = ${cents(a.hourly)} an hour`
        : `${sum(a.value)} ${TIMES[a.period]} = ${dollars(a.annual)} a year; at ${hoursText(a.hoursPerWeek)} a week, ${cents(a.hourly)} an hour`;
  const compared =
    range.basis === "hourly"
      ? `compared with this profile's hourly pay (a year's pay ÷ ${dollars(fullTime).slice(1)} hours, as BLS converts)`
      : a.hoursPerWeek * 52 === fullTime
        ? "compared with this profile's annual pay (full time)"
        : `compared with this profile's annual pay scaled to ${hoursText(a.hoursPerWeek)} a week (× ${hoursText(a.hoursPerWeek)} ÷ ${hoursText(fullTime / 52)})`;
  return `${year}; ${compared}.`;
}

export function counterReason(basis: "median" | "high" | "offer"): string {
  switch (basis) {
    case "median":
      return "The offer is below the median for this profile: ask for at least the median.";
    case "high":
      return "The offer is at or above the median: the top of the typical range (75th percentile) is a fair target.";
    case "offer":
      return "The offer is above the typical range: it already beats three in four peers; weigh the rest of the package (bonus, retirement match, health premium, paid time off).";
  }
}

const percentOf = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;

/** A typical figure in words, with its year. */
export function typicalMessage(t: Typical): string {
  const when = t.year === null ? "undated" : String(t.year);
  switch (t.code) {
    case "pto-bank-days":
      return `${t.value} days in a single paid-time-off bank after 1 year of service (private industry, BLS, ${when}; holidays not included)`;
    case "vacation-days":
      return `${t.value} paid vacation days after 1 year of service where vacation and sick leave are separate (private industry, BLS, ${when})`;
    case "sick-days":
      return `${t.value} paid sick days a year (private industry, BLS, ${when}); BLS publishes no recent average of paid holidays`;
    case "health-worker-contribution":
      return `workers pay ${dollars(t.value / 12)} a month on average for ${t.params.coverage} coverage (${dollars(t.value)} a year; KFF, ${when})`;
    case "health-employer-share":
      return `employers pay ${percentOf(t.value)} of the premium for ${t.params.coverage} coverage (private industry, BLS, ${when})`;
    case "retirement-employer-contribution":
      return `employers put in ${percentOf(t.value)} of pay on average (Fidelity 401(k) plans, ${when})`;
    case "benefits-share":
      return `benefits are ${percentOf(t.value)} of employers' compensation costs in private industry (BLS ECEC, ${when}), counting legally required benefits and paid leave, which this total does not`;
    case "membership-dues":
      return `${t.params.body} individual renewal: ${dollars(t.value)} a year (${when})`;
  }
}

/** Why a term has no typical figure beside it. */
export function noTypicalMessage(term: Compensation["noTypical"][number]): string {
  switch (term) {
    case "bonus":
      return "bonus: no published typical bonus for coders";
    case "sign-on":
      return "sign-on bonus: no published typical amount for coders";
    case "exam-reimbursement":
      return "exam reimbursement: no primary source for exam fees was found, so none is shown";
    case "ceu-allowance":
      return "CEU allowance: no published typical allowance or cost per CEU";
    case "remote-stipend":
      return "remote stipend: no survey publishes a typical amount (surveys count the employers that pay one, not how much)";
  }
}

/** What a take-home figure leaves out, in words. */
export function simplificationText(code: Simplification): string {
  switch (code) {
    case "local-income-tax-excluded":
      return "city and county income taxes";
    case "credits-excluded":
      return "tax credits (earned income, child, state credits)";
    case "itemized-deductions-excluded":
      return "itemized deductions (the standard deduction is used)";
    case "state-payroll-contributions-excluded":
      return "state payroll contributions (disability, family leave)";
    case "one-earner":
      return "a second earner's wages on a joint return";
    case "state-figures-earlier-year":
      return "the state's newest tables are for an earlier year, used as they are";
    case "health-premium-cafeteria-plan":
      return "the health premium is taken as paid before tax through a cafeteria plan";
    case "retirement-capped-at-limit":
      return "the 401(k) contribution is capped at the year's limit";
  }
}
