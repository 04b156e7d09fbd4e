import type { Credential, Dataset, Role, Setting, Specialty, StateFigures } from "../dataset/dataset-schema.js";
import { medianOfRange, normalQuantile, sigmaOfRange } from "../distribution.js";
import { matchKey, type Candidate } from "../match.js";

/** A point of the experience curve: pay of a coder with `years` of experience, on the guide's scale. */
export interface CurvePoint {
  years: number;
  median: number;
  sigma: number;
  bandId: string;
}

export interface Lookup<T> {
  /** By canonical id (as a normalized profile holds it). */
  byId: Map<string, T>;
  /** By any spelling, through `matchKey`. */
  byKey: Map<string, T>;
  candidates: Candidate<T>[];
}

/**
 * Everything an estimate needs, worked out once per dataset: lookups by any spelling,
 * the experience curve, and the factor of each choice.
 */
export interface Model {
  dataset: Dataset;
  credentials: Lookup<Credential>;
  specialties: Lookup<Specialty>;
  settings: Lookup<Setting>;
  roles: Lookup<Role>;
  states: Lookup<StateFigures>;
  sources: Map<string, Dataset["sources"][number]>;
  curve: CurvePoint[];
  /** The guide's national median: experience factors are relative to it. */
  guideNational: number;
  /** Median of the reference band: specialty, setting, remote and guide-state factors are relative to it. */
  referenceMedian: number;
  nationalSigma: number;
  /** z-scores of the percentiles reported. */
  z: { p10: number; p25: number; p75: number; p90: number };
  /** Factor of each specialty and setting, by id: its guide median over the reference median. */
  specialtyMultiplier: Map<string, number>;
  settingMultiplier: Map<string, number>;
  remoteMultiplier: number;
  /** The guide's state ranges as factors, used only where BLS has no wage for a state. */
  guideStates: Map<string, { multiplier: number; source: string }>;
  /** National median over national mean (BLS): estimates a state median where only the mean is published. */
  medianToMean: number;
}

const compiled = new WeakMap<Dataset, Model>();

export function modelOf(dataset: Dataset): Model {
  let model = compiled.get(dataset);
  if (!model) {
    model = compileModel(dataset);
    compiled.set(dataset, model);
  }
  return model;
}

/** Lookups of a list: `names(item)` starts with the item's canonical id. */
function lookup<T>(items: readonly T[], names: (item: T) => (string | undefined)[]): Lookup<T> {
  const byId = new Map<string, T>();
  const byKey = new Map<string, T>();
  const candidates: Candidate<T>[] = [];
  for (const item of items) {
    const spelled = names(item).filter((n): n is string => typeof n === "string" && n.length > 0);
    byId.set(spelled[0] as string, item);
    for (const name of spelled) byKey.set(matchKey(name), item);
    candidates.push({ names: spelled, value: item });
  }
  return { byId, byKey, candidates };
}

function compileModel(d: Dataset): Model {
  const { low: lowP, high: highP } = d.model.rangePercentiles;
  const sigmaOf = (r: { low: number; high: number }) => sigmaOfRange(r.low, r.high, lowP, highP);
  const band = (id: string) => {
    const found = d.experience.bands.find((b) => b.id === id);
    if (!found) throw new Error(`experience band "${id}" missing (the dataset check should have caught this)`);
    return found;
  };
  const reference = band(d.model.referenceBand).annual;
  const referenceMedian = medianOfRange(reference.low, reference.high);
  const relative = (r: { low: number; high: number } | undefined) => (r ? medianOfRange(r.low, r.high) / referenceMedian : 1);

  const multipliers = (choices: readonly (Specialty | Setting)[]) => new Map(choices.map((c) => [c.id, relative(c.annual)]));

  return {
    dataset: d,
    credentials: lookup(d.certifications.credentials, (c) => [c.code, c.name]),
    specialties: lookup(d.specialties, (s) => [s.id, s.label, ...(s.aliases ?? [])]),
    settings: lookup(d.settings, (s) => [s.id, s.label, ...(s.aliases ?? [])]),
    roles: lookup(d.roles.ladder, (r) => [r.id, r.label, ...(r.aliases ?? [])]),
    states: lookup(d.states.list, (s) => [s.code, s.name]),
    sources: new Map(d.sources.map((s) => [s.id, s])),
    curve: d.experience.bands.map((b) => ({
      years: b.anchorYears.value,
      median: medianOfRange(b.annual.low, b.annual.high),
      sigma: sigmaOf(b.annual),
      bandId: b.id,
    })),
    guideNational: d.national.guideMedian.value,
    referenceMedian,
    nationalSigma: sigmaOf(band(d.model.nationalSpreadBand).annual),
    z: {
      p10: normalQuantile(0.1),
      p25: normalQuantile(0.25),
      p75: normalQuantile(0.75),
      p90: normalQuantile(0.9),
    },
    specialtyMultiplier: multipliers(d.specialties),
    settingMultiplier: multipliers(d.settings),
    remoteMultiplier: relative(d.remote.annual),
    guideStates: new Map(d.guideStates.map((g) => [g.code, { multiplier: relative(g.annual), source: g.annual.source }])),
    medianToMean: d.national.median.value / d.national.mean.value,
  };
}
