import type { Credential, Dataset, Role, Setting, Source, Specialty, StateFigures } from "../dataset/dataset-schema.js";
import { logVariance, medianOfRange, shapeOf, type Shape } from "../distribution.js";
import { matchKey, type Candidate } from "../match.js";
import { fitExperience, type ExperienceCurve } from "./experience-curve.js";

export interface Lookup<T> {
  /** By canonical id (as a normalized profile holds it). */
  byId: Map<string, T>;
  candidates: Candidate<T>[];
  /** The item a text names: its id exactly, or any spelling (the spellings are worked out only when the id misses). */
  find(text: string): T | undefined;
}

/** A credential's own premium: log pay relative to the certified average, after attribution. */
export interface CredentialPrice {
  credential: Credential;
  /** Log premium over the certified average (0 for a credential priced as the average). */
  log: number;
  /** Where the figure comes from: its own survey pair, or the credential it is priced as. */
  pricedAs: string | null;
  source: string;
}

/** How a state prices: its BLS median over the national one (pooled over two years where it swings), or a fallback. */
interface StatePrice {
  state: StateFigures;
  /** Log of the state's factor; 0 where there is no figure. */
  log: number;
  basis: "median" | "pooled" | "mean" | "none";
  /** Why the state's median is counted imprecise, if it is. */
  imprecise: ("swing" | "median-above-mean" | "suppressed")[];
  /** The year-to-year swing, as a fraction (null without both years). */
  swing: number | null;
}

/**
 * Everything an estimate needs, worked out once per dataset: lookups by any spelling, the
 * experience curve, every premium in logs (centred on the population the national median
 * describes), and the spread each known factor explains.
 */
export interface Model {
  dataset: Dataset;
  credentials: Lookup<Credential>;
  specialties: Lookup<Specialty>;
  settings: Lookup<Setting>;
  roles: Lookup<Role>;
  states: Lookup<StateFigures>;
  /** Each source's kind, by id. */
  sourceKinds: Keyed<Source["kind"]>;
  /** Each source as an estimate names it (id, title, year): made once, frozen, shared by every estimate. */
  sourceRefs: Keyed<Readonly<{ id: string; title: string; year: number | null }>>;
  shape: Shape;
  /** Variance of log pay nationally (from the shape). */
  nationalVariance: number;
  experience: ExperienceCurve;
  certification: {
    share: number;
    /** Log premium of being certified: overall (AAPC's averages) and at equal experience (fitted). */
    overall: number;
    atEqualExperience: number;
  };
  credentialPrices: Keyed<CredentialPrice>;
  /** Log pay step for each further credential: [2nd, 3rd, …] after attribution. */
  countSteps: number[];
  specialtyLog: Keyed<number>;
  settingLog: Keyed<number>;
  statePrices: Keyed<StatePrice>;
  stateVariance: number;
  remote: { level: number; bound: number };
  /** Log of `model.overlap.freeUpTo` and of `limit`. */
  overlap: { free: number; limit: number };
  levelBound: number;
  attribution: number;
}

/**
 * The figures a model is made of, as plain data (JSON holds them exactly): what compiling a
 * dataset works out. The rest of a model is lookups and references into the dataset.
 */
export interface ModelFigures {
  shape: Shape;
  nationalVariance: number;
  experience: ExperienceCurve;
  certification: Model["certification"];
  credentialPrices: Record<string, Omit<CredentialPrice, "credential">>;
  countSteps: number[];
  specialtyLog: Record<string, number>;
  settingLog: Record<string, number>;
  statePrices: Record<string, Omit<StatePrice, "state">>;
  stateVariance: number;
  remote: Model["remote"];
  overlap: Model["overlap"];
  levelBound: number;
  /** What an estimate says of each source it names, and the source's kind (the dataset's long texts are not needed). */
  sources: Record<string, { kind: Source["kind"]; title: string; year: number | null }>;
}

const compiled = new WeakMap<Dataset, Model>();
/** Figures worked out ahead for a dataset (the CLI's bundled one, when the package is built). */
const precomputed = new WeakMap<Dataset, ModelFigures>();

export function modelOf(dataset: Dataset): Model {
  let model = compiled.get(dataset);
  if (!model) {
    model = assemble(dataset, precomputed.get(dataset) ?? modelFigures(dataset));
    compiled.set(dataset, model);
  }
  return model;
}

/**
 * Gives a dataset the figures `modelFigures` worked out for it ahead of time (saving that work
 * on a short run); they must be exactly those (tests check the bundled ones).
 */
export function useModelFigures(dataset: Dataset, figures: ModelFigures): void {
  precomputed.set(dataset, figures);
}

/** Built on first use; a run reads few of a model's lists. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** Lookups of a list: `names(item)` starts with the item's canonical id. */
function lookup<T>(items: readonly T[], names: (item: T) => (string | undefined)[]): Lookup<T> {
  const ids = once(() => new Map(items.map((item) => [names(item)[0] as string, item])));
  const build = once(() => {
    const byKey = new Map<string, T>();
    const candidates: Candidate<T>[] = [];
    for (const item of items) {
      const spelled = names(item).filter((n): n is string => typeof n === "string" && n.length > 0);
      for (const name of spelled) byKey.set(matchKey(name), item);
      candidates.push({ names: spelled, value: item });
    }
    return { byKey, candidates };
  });
  return {
    get byId() {
      return ids();
    },
    get candidates() {
      return build().candidates;
    },
    // Ids and spellings are unique across a list (the dataset's check), so an id found is the item any spelling of it finds.
    find: (text) => ids().get(text) ?? build().byKey.get(matchKey(text)),
  };
}

/** Everything a model works out from a dataset: the experience curve, every premium in logs, the spread each factor explains. */
export function modelFigures(d: Dataset): ModelFigures {
  const attribution = d.model.attribution.value;
  const shape = shapeOf(d.national.distribution.percentiles);
  const experience = fitExperience(d);
  const guide = d.guideMedian.value;
  const jobLog = (choices: readonly (Specialty | Setting)[]) =>
    Object.fromEntries(choices.map((c) => [c.id, c.annual ? attribution * Math.log(medianOfRange(c.annual.low, c.annual.high) / guide) : 0]));
  const statePrices = Object.fromEntries(d.states.list.map((s) => [s.code, statePrice(d, s)]));
  const remoteLevel = medianOfRange(d.remote.annual.low, d.remote.annual.high);
  const steps = [d.credentials.oneCredential.value, ...[...d.credentials.byCount].sort((a, b) => a.count - b.count).map((c) => c.annual)];
  const share = d.population.certifiedShare.value;
  // Certification never lowers pay, and the gap at equal experience is at most the whole gap
  // (which also holds certified coders' longer experience).
  const overall = Math.max(0, Math.log(d.credentials.certified.value / d.credentials.nonCertified.value));
  const byCode = new Map(d.credentials.list.map((c) => [c.code, c]));
  return {
    shape,
    nationalVariance: logVariance(shape),
    experience,
    certification: { share, overall, atEqualExperience: Math.min(experience.certifiedGap ?? overall, overall) },
    credentialPrices: Object.fromEntries(d.credentials.list.map((c) => [c.code, credentialPrice(c, byCode, attribution)])),
    countSteps: steps.slice(1).map((annual, i) => attribution * Math.max(0, Math.log(annual / (steps[i] as number)))),
    specialtyLog: jobLog(d.specialties),
    settingLog: jobLog(d.settings),
    statePrices,
    stateVariance: weightedVariance(
      d.states.list.flatMap((s) => {
        const p = statePrices[s.code] as Omit<StatePrice, "state">;
        return p.basis === "none" ? [] : [[p.log, s.employment ?? 0] as const];
      }),
    ),
    remote: { level: remoteLevel, bound: Math.log(d.remote.annual.high / remoteLevel) },
    overlap: { free: Math.log(d.model.overlap.freeUpTo), limit: Math.log(d.model.overlap.limit) },
    levelBound: Math.log(d.model.levelBound.value),
    sources: Object.fromEntries(d.sources.map((s) => [s.id, { kind: s.kind, title: s.title, year: s.year }])),
  };
}

/** Entries by key, each made when first asked for: a run asks for a few of them. */
type Keyed<T> = Pick<ReadonlyMap<string, T>, "get">;

function keyed<T>(make: (key: string) => T | undefined): Keyed<T> {
  const made = new Map<string, T | undefined>();
  return {
    get(key) {
      if (!made.has(key)) made.set(key, make(key));
      return made.get(key);
    },
  };
}

/** A record's own entry (never one of Object.prototype's). */
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** A model: the figures, with the lookups and the dataset's records they belong to. */
function assemble(d: Dataset, f: ModelFigures): Model {
  return {
    dataset: d,
    credentials: lookup(d.credentials.list, (c) => [c.code, c.name, ...(c.aliases ?? [])]),
    specialties: lookup(d.specialties, (s) => [s.id, s.label, ...(s.aliases ?? [])]),
    settings: lookup(d.settings, (s) => [s.id, s.label, ...(s.aliases ?? [])]),
    roles: lookup(d.roles.ladder, (r) => [r.id, r.label, ...(r.aliases ?? [])]),
    states: lookup(d.states.list, (s) => [s.code, s.name]),
    sourceKinds: keyed((id) => own(f.sources, id)?.kind),
    sourceRefs: keyed((id) => {
      const s = own(f.sources, id);
      return s && Object.freeze({ id, title: s.title, year: s.year });
    }),
    shape: f.shape,
    nationalVariance: f.nationalVariance,
    experience: f.experience,
    certification: f.certification,
    credentialPrices: keyed((code) => {
      const price = own(f.credentialPrices, code);
      const credential = d.credentials.list.find((c) => c.code === code);
      return price && credential && { credential, ...price };
    }),
    countSteps: f.countSteps,
    specialtyLog: keyed((id) => own(f.specialtyLog, id)),
    settingLog: keyed((id) => own(f.settingLog, id)),
    statePrices: keyed((code) => {
      const price = own(f.statePrices, code);
      const state = d.states.list.find((s) => s.code === code);
      return price && state && { state, ...price };
    }),
    stateVariance: f.stateVariance,
    remote: f.remote,
    overlap: f.overlap,
    levelBound: f.levelBound,
    attribution: d.model.attribution.value,
  };
}

/** A credential's premium from its own survey pair, or from the credential it is priced as. */
function credentialPrice(c: Credential, byCode: ReadonlyMap<string, Credential>, attribution: number): Omit<CredentialPrice, "credential"> {
  if (c.pay) return { log: attribution * Math.log(c.pay.annual / c.pay.versus.annual), pricedAs: null, source: c.pay.source };
  const as = c.pricedAs?.value ?? "certified";
  const other = as === "certified" ? undefined : byCode.get(as);
  const log = other?.pay ? attribution * Math.log(other.pay.annual / other.pay.versus.annual) : 0;
  return { log, pricedAs: as, source: c.pricedAs?.source ?? "coding-salary-model" };
}

function statePrice(d: Dataset, s: StateFigures): Omit<StatePrice, "state"> {
  const national = d.national.median.value;
  const swing = s.median !== null && s.laterMedian !== null ? Math.abs(s.laterMedian / d.states.laterWages.median / (s.median / national) - 1) : null;
  const imprecise: StatePrice["imprecise"] = [];
  if (s.median === null) imprecise.push("suppressed");
  if (swing !== null && swing > d.model.imprecision.swing) imprecise.push("swing");
  if (s.median !== null && s.mean !== null && s.median > s.mean) imprecise.push("median-above-mean");
  if (s.median !== null) {
    const log = Math.log(s.median / national);
    // A median that swings between years is pooled with the later one: the middle of the two ratios.
    if (swing !== null && swing > d.model.imprecision.swing && s.laterMedian !== null)
      return { log: (log + Math.log(s.laterMedian / d.states.laterWages.median)) / 2, basis: "pooled", imprecise, swing };
    return { log, basis: "median", imprecise, swing };
  }
  if (s.mean !== null) return { log: Math.log(s.mean / d.national.mean.value), basis: "mean", imprecise, swing };
  if (s.laterMedian !== null) return { log: Math.log(s.laterMedian / d.states.laterWages.median), basis: "pooled", imprecise, swing };
  return { log: 0, basis: "none", imprecise, swing };
}

/** Variance of values under weights (weights that sum to zero give 0). */
function weightedVariance(pairs: readonly (readonly [value: number, weight: number])[]): number {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  if (!(total > 0)) return 0;
  const mean = pairs.reduce((sum, [v, w]) => sum + v * w, 0) / total;
  return pairs.reduce((sum, [v, w]) => sum + w * (v - mean) ** 2, 0) / total;
}
