import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { checkedDataset } from "./dataset/parse-dataset.js";
import { estimateProfile, type Estimate } from "./estimate.js";
import { modelOf } from "./model/compile-model.js";
import { normalizeProfile, type ProfileInput } from "./profile.js";
import { round } from "./round.js";

type Statistic = "median" | "mean" | "p10" | "p25" | "p75" | "p90";

/** One published figure beside the model's. */
export interface AccuracyRow {
  id: string;
  /** The kind of source: "BLS, all medical records specialists", "AAPC surveys", "The guide (c. 2022–23)", "BLS, by state". */
  group: string;
  /** What the figure is: `reference` (its words are in `claim`, from the dataset) or a survey or state figure the model is built from, described by `params`. */
  code: AccuracyCode;
  params: Readonly<Record<string, string | number>>;
  /** The published figure in words, for reference figures; null for the others (their words are the caller's). */
  claim: string | null;
  /** Where the figure comes from (a source id). */
  source: string;
  statistic: Statistic;
  /** Dollars a year, or the ratio of two profiles' figures. */
  kind: "dollars" | "ratio";
  /** The published figure: a range, or a single figure (low = high). */
  reference: { low: number; high: number };
  /** The model's figure for the same profile (or ratio). */
  model: number;
  /** The model's distance from the range as a fraction of its nearest end, signed; 0 inside it. */
  difference: number;
  /** Largest distance the tests allow for this row. */
  tolerance: number;
  /** Whether the model is meant to agree; false where it follows another source on purpose (`note` says which). */
  agrees: boolean;
  /** The dataset's note on a reference figure. */
  note: string | null;
}

export type AccuracyCode = "reference" | "certified-gap" | "credential-pair" | "credential-count" | "experience-pair" | "state-median";

export interface Accuracy {
  rows: AccuracyRow[];
}

interface Figure {
  id: string;
  group: string;
  code?: AccuracyCode;
  params?: Record<string, string | number>;
  claim?: string;
  profile: ProfileInput;
  versus?: ProfileInput;
  statistic: Statistic;
  low: number;
  high: number;
  tolerance: number;
  agrees: boolean;
  source: string;
  note?: string;
}

/** Groups of generated rows, named like the dataset's reference groups. */
const AAPC = "AAPC surveys";
const STATES = "BLS, by state";

/**
 * Every published figure the model is checked against, beside the model's own figure for the
 * same profile: the dataset's reference figures (the guide's claims, BLS percentiles, survey
 * medians), and the survey ratios and state medians the model is built from.
 */
export function accuracy(dataset: Dataset = bundledDataset()): Accuracy {
  const d = checkedDataset(dataset);
  const cache = new Map<string, Estimate>();
  const estimateOf = (p: ProfileInput) => {
    const key = JSON.stringify(p);
    let e = cache.get(key);
    if (!e) {
      e = estimateProfile(normalizeProfile(p, d), d);
      cache.set(key, e);
    }
    return e;
  };
  const figures: Figure[] = [...d.reference.figures, ...surveyRatios(d), ...stateMedians(d)];
  return {
    rows: figures.map((f) => {
      const value = (p: ProfileInput) => statisticOf(estimateOf(p), f.statistic);
      const ratio = f.versus !== undefined;
      const model = ratio ? round(value(f.profile) / value(f.versus as ProfileInput), 3) : value(f.profile);
      const difference = model < f.low ? model / f.low - 1 : model > f.high ? model / f.high - 1 : 0;
      return {
        id: f.id,
        group: f.group,
        code: f.code ?? "reference",
        params: f.params ?? {},
        claim: f.claim ?? null,
        source: f.source,
        statistic: f.statistic,
        kind: ratio ? "ratio" : "dollars",
        reference: { low: f.low, high: f.high },
        model,
        difference: round(difference, 4),
        tolerance: f.tolerance,
        agrees: f.agrees,
        note: f.note ?? null,
      };
    }),
  };
}

function statisticOf(e: Estimate, statistic: Statistic): number {
  if (statistic === "median") return e.annual.median;
  if (statistic === "mean") return e.mean;
  return e.percentiles[statistic];
}

/** The survey ratios the model reads: certified or not, each credential's pay pair, pay by number of credentials and by experience. */
function surveyRatios(d: Dataset): Figure[] {
  const model = modelOf(d);
  const attribution = Math.round(model.attribution * 100);
  const figures: Figure[] = [
    {
      id: "aapc-certified-gap",
      group: AAPC,
      code: "certified-gap",
      params: { certified: d.credentials.certified.value, nonCertified: d.credentials.nonCertified.value },
      profile: { certifications: ["CPC"] },
      versus: { certifications: ["none"] },
      statistic: "median",
      ...point(d.credentials.certified.value / d.credentials.nonCertified.value),
      tolerance: 0.15,
      agrees: true,
      source: d.credentials.certified.source,
    },
  ];
  const reference = d.credentials.list.find((c) => c.pay && !c.apprenticeOf && c.pay.versus.annual === c.pay.annual) ?? d.credentials.list.find((c) => c.code === "CPC");
  for (const c of d.credentials.list) {
    if (!c.pay || c === reference) continue;
    figures.push({
      id: `aapc-credential-${c.code.toLowerCase()}`,
      group: AAPC,
      code: "credential-pair",
      params: { credential: c.code, annual: c.pay.annual, versus: c.pay.versus.label, versusAnnual: c.pay.versus.annual, statistic: c.pay.statistic, year: c.pay.year, attribution },
      profile: { certifications: [c.code] },
      versus: { certifications: [reference?.code ?? "CPC"] },
      statistic: "median",
      ...point(c.pay.annual / c.pay.versus.annual),
      tolerance: 0.15,
      agrees: true,
      source: c.pay.source,
    });
  }
  // Further credentials: priced as the reference credential, so only the count changes.
  const twin = d.credentials.list.find((c) => c.pricedAs?.value === reference?.code)?.code;
  const third = d.credentials.list.find((c) => c.pricedAs?.value === "certified")?.code;
  const held = [reference?.code, twin, third].filter((c): c is string => c !== undefined);
  const steps = [{ count: 1, annual: d.credentials.oneCredential.value, source: d.credentials.oneCredential.source }, ...d.credentials.byCount];
  steps.slice(1).forEach((step, i) => {
    const before = steps[i] as (typeof steps)[number];
    if (held.length < step.count) return;
    figures.push({
      id: `aapc-count-${step.count}`,
      group: AAPC,
      code: "credential-count",
      params: { count: step.count, annual: step.annual, before: before.count, beforeAnnual: before.annual, attribution },
      profile: { certifications: held.slice(0, step.count) },
      versus: { certifications: held.slice(0, before.count) },
      statistic: "median",
      ...point(step.annual / before.annual),
      tolerance: 0.15,
      agrees: true,
      source: step.source,
    });
  });
  const groups = new Map<string, Dataset["experience"]["surveyPoints"]>();
  for (const p of d.experience.surveyPoints) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
  for (const [group, points] of groups) {
    const sorted = [...points].sort((a, b) => a.years - b.years);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (!first || !last || first === last) continue;
    const certifications = group === "certified" ? ["CPC"] : group === "non-certified" ? ["none"] : undefined;
    figures.push({
      id: `aapc-experience-${group}`,
      group: AAPC,
      code: "experience-pair",
      params: { group, years: last.years, annual: last.annual, versusYears: first.years, versusAnnual: first.annual },
      profile: { experienceYears: last.years, ...(certifications ? { certifications } : {}) },
      versus: { experienceYears: first.years, ...(certifications ? { certifications } : {}) },
      statistic: "median",
      ...point(last.annual / first.annual),
      tolerance: 0.15,
      agrees: true,
      source: last.source,
    });
  }
  return figures;
}

/** Each state's BLS median beside the model's figure for that state. */
function stateMedians(d: Dataset): Figure[] {
  const model = modelOf(d);
  return d.states.list.flatMap((s) => {
    if (s.median === null) return [];
    const price = model.statePrices.get(s.code);
    const pooled = price?.basis === "pooled" && s.laterMedian !== null;
    return [
      {
        id: `bls-state-${s.code.toLowerCase()}`,
        group: STATES,
        code: "state-median" as const,
        params: {
          state: s.code,
          median: s.median,
          vintage: d.states.wages.vintage,
          ...(pooled ? { laterMedian: s.laterMedian as number, laterVintage: d.states.laterWages.vintage, swingPercent: Math.round((price?.swing ?? 0) * 100) } : {}),
        },
        profile: { state: s.code },
        statistic: "median" as const,
        ...point(s.median),
        tolerance: 0.15,
        agrees: true,
        source: d.states.wages.source,
      },
    ];
  });
}

const point = (value: number) => ({ low: round(value, 3), high: round(value, 3) });

