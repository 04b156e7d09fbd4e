import { WEEKS_PER_YEAR } from "./amount.js";
import type { OfferTerms } from "./compensation.js";
import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { checkedDataset } from "./dataset/parse-dataset.js";
import { ArgumentError, shown } from "./errors.js";
import { matchKey } from "./match.js";
import { assessOffer, type OfferAssessment } from "./offer.js";
import { normalizeProfile, type Profile, type ProfileInput } from "./profile.js";
import { takeHomePay, type TakeHome, type TakeHomeOptions } from "./tax/take-home.js";

/** One offer to weigh: its label, amount, what it sets in the profile (state, remote, setting …) and its terms. */
export interface OfferOption {
  label: string;
  /** Dollars a year, or text such as "52k", "4,333/mo" or "24.50/hr". */
  amount: number | string;
  /** Profile fields this offer sets for itself, over the person's own. */
  profile?: ProfileInput;
  terms?: OfferTerms;
}

/** What the offers are ranked on: base pay, total compensation, hourly and effective hourly pay, percentile, total compensation in national-average dollars, and take-home pay (when asked for). */
export const MEASURES = ["base", "total", "hourly", "effectiveHourly", "percentile", "purchasingPower", "takeHome"] as const;
export type Measure = (typeof MEASURES)[number];

/** What it takes for an offer to match the reference offer's total compensation. */
export interface ToMatch {
  /** The base pay it would need, a year at its own hours, whole dollars (rounded up). */
  base: number;
  /** The same as an hourly rate, in cents (rounded up). */
  hourly: number;
  /** Base needed minus base offered; zero or less when it already matches. */
  extra: number;
}

export interface ComparedOffer {
  label: string;
  assessment: OfferAssessment;
  /** Base and total compensation in the offer's state's prices, in national-average dollars; null without a state or a price index. */
  purchasingPower: { state: string; priceIndex: number; year: number; source: string; base: number; total: number } | null;
  /** Null for the reference offer itself. */
  toMatch: { nominal: ToMatch; real: ToMatch | null } | null;
  /** Take-home pay of the base in the offer's state (the employee's health premium taken pre-tax), when asked for; null without a state. */
  takeHome: TakeHome | null;
}

export interface OfferComparison {
  /** The person's profile, before each offer's own fields. */
  input: Profile;
  offers: ComparedOffer[];
  /** For each measure, the index of the offer that leads on it (the first, on a tie); null when not every offer has the figure. */
  leaders: Record<Measure, number | null>;
  /** The offer the others are measured against: the leader on total compensation in national-average dollars when every offer has one, otherwise on total compensation. */
  reference: { index: number; on: "purchasingPower" | "total" };
}

export const MIN_OFFERS = 2;
export const MAX_OFFERS = 5;
const MAX_LABEL = 60;

/**
 * Weighs 2–5 offers for one person: each assessed for the person's profile with the offer's
 * own state, remote work, setting and terms; the leader on each measure; and what each other
 * offer would need to pay, in base pay, to match the reference offer's total compensation —
 * in dollars, and in what the dollars buy in each state. `takeHome` adds each offer's pay
 * after tax in its own state.
 */
export function compareOffers(
  options: readonly OfferOption[],
  profile: ProfileInput = {},
  dataset: Dataset = bundledDataset(),
  settings: { takeHome?: Omit<TakeHomeOptions, "state" | "healthPremiumMonthly"> } = {},
): OfferComparison {
  const d = checkedDataset(dataset);
  const input = normalizeProfile(profile, d);
  if (!Array.isArray(options) || options.length < MIN_OFFERS || options.length > MAX_OFFERS)
    throw new ArgumentError("invalid-argument", `offers: give ${MIN_OFFERS} to ${MAX_OFFERS} offers, got ${Array.isArray(options) ? options.length : shown(options)}`, "offers", options);
  const seen = new Map<string, string>();
  for (const o of options) {
    if (typeof o.label !== "string" || o.label.trim() === "" || o.label.length > MAX_LABEL)
      throw new ArgumentError("invalid-argument", `offers: a label must be 1 to ${MAX_LABEL} characters, got ${shown(o.label)}`, "label", o.label);
    const key = matchKey(o.label) || o.label;
    if (seen.has(key)) throw new ArgumentError("invalid-argument", `offers: two offers are labelled ${shown(o.label)}: give each its own label`, "label", o.label);
    seen.set(key, o.label);
  }
  const offers: ComparedOffer[] = options.map((o) => {
    const own = Object.fromEntries(Object.entries(o.profile ?? {}).filter(([, v]) => v !== undefined));
    const assessment = assessOffer(o.amount, { ...profile, ...own }, d, o.terms ?? {});
    const pp = assessment.estimate.purchasingPower;
    const c = assessment.compensation;
    const real = (n: number, index: number) => Math.round(n / (index / 100));
    const state = assessment.estimate.input.state;
    const premium = c.health?.yourShare;
    return {
      label: o.label,
      assessment,
      purchasingPower: pp && { state: pp.state, priceIndex: pp.priceIndex, year: pp.year, source: pp.source, base: real(c.base, pp.priceIndex), total: real(c.total, pp.priceIndex) },
      toMatch: null,
      takeHome:
        settings.takeHome && state !== null
          ? takeHomePay(assessment.offer.annual, { ...settings.takeHome, state, ...(premium === undefined ? {} : { healthPremiumMonthly: premium / 12 }) }, d)
          : null,
    };
  });
  const value: Record<Measure, (o: ComparedOffer) => number | null> = {
    base: (o) => o.assessment.compensation.base,
    total: (o) => o.assessment.compensation.total,
    hourly: (o) => o.assessment.offer.hourly,
    effectiveHourly: (o) => o.assessment.compensation.effectiveHourly,
    percentile: (o) => o.assessment.percentile,
    purchasingPower: (o) => o.purchasingPower?.total ?? null,
    takeHome: (o) => o.takeHome?.net ?? null,
  };
  const leaders = Object.fromEntries(MEASURES.map((m) => [m, leader(offers.map(value[m]))])) as Record<Measure, number | null>;
  const reference = leaders.purchasingPower !== null ? { index: leaders.purchasingPower, on: "purchasingPower" as const } : { index: leaders.total as number, on: "total" as const };
  const ref = offers[reference.index] as ComparedOffer;
  for (const [i, o] of offers.entries()) {
    if (i === reference.index) continue;
    const nominal = needed(o, ref.assessment.compensation.total);
    const real = o.purchasingPower && ref.purchasingPower ? needed(o, ((ref.purchasingPower.total * o.purchasingPower.priceIndex) / 100)) : null;
    o.toMatch = { nominal, real };
  }
  return { input, offers, leaders, reference };
}

/** The index of the largest figure (the first on a tie); null when any is missing. */
function leader(values: readonly (number | null)[]): number | null {
  if (values.some((v) => v === null)) return null;
  let best = 0;
  values.forEach((v, i) => {
    if ((v as number) > (values[best] as number)) best = i;
  });
  return best;
}

/** The base pay at which an offer's total compensation reaches `target`: its total moves by `totalPerBaseDollar` for each dollar of base. */
function needed(o: ComparedOffer, target: number): ToMatch {
  const c = o.assessment.compensation;
  const base = Math.max(0, Math.ceil(c.base + (target - c.total) / c.totalPerBaseDollar - 1e-9));
  const hours = o.assessment.offer.hoursPerWeek * WEEKS_PER_YEAR;
  return { base, hourly: Math.ceil((base / hours) * 100 - 1e-9) / 100, extra: base - c.base };
}
