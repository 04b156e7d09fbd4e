import type { Role } from "../dataset/dataset-schema.js";
import type { Profile } from "../profile.js";
import type { Warning } from "../warning.js";
import type { CredentialPrice, Model } from "./compile-model.js";
import type { Spread } from "../distribution.js";
import { experienceLog } from "./experience-curve.js";
import { round } from "../round.js";

/** What a factor is, as a stable code; its words are the caller's. */
export type FactorCode =
  | "national"
  | "experience"
  | "experience-floor"
  | "no-credential"
  | "credential"
  | "additional-credential"
  | "specialty"
  | "setting"
  | "overlap"
  | "state"
  | "remote-band"
  | "role-level"
  | "level-range"
  | "ladder-floor";

/** One step from the national median to this profile's median, as a log factor. */
interface FactorStep {
  /** Unique within an estimate: "credential:CPC", "state:TX". */
  id: string;
  code: FactorCode;
  params: Record<string, string | number>;
  log: number;
  source: string;
}

/**
 * Steps that are the same for every profile that has them (the national start, a state, a
 * specialty, a setting, a credential), made once per owner — the model, or a part of it made
 * with it — and variant. Their params are frozen: every estimate shares them, and a writer
 * may know them again by identity.
 */
const sharedSteps = new WeakMap<object, Map<unknown, FactorStep>>();
function shared(owner: object, variant: unknown, make: () => FactorStep): FactorStep {
  let byVariant = sharedSteps.get(owner);
  if (!byVariant) sharedSteps.set(owner, (byVariant = new Map()));
  let step = byVariant.get(variant);
  if (!step) {
    step = make();
    Object.freeze(step.params);
    byVariant.set(variant, Object.freeze(step));
  }
  return step;
}

export type ConfidenceLevel = "high" | "medium" | "low";

export interface ConfidenceReason {
  code: "modelled" | "stacked" | "bounded" | "imprecise-state" | "state-fallback" | "unpriced-credential";
  params: Record<string, string | number>;
}

interface PricedProfile {
  steps: FactorStep[];
  /** The spread relative to the nation's: what the known factors explain is taken out, low confidence widens it. */
  spread: Spread;
  warnings: Warning[];
  confidence: { level: ConfidenceLevel; reasons: ConfidenceReason[] };
}

/** A factor counts as a premium once it moves pay by 3% or more. */
const PREMIUM = Math.log(1.03);
/** Known factors never narrow the spread below this share of the nation's. */
const NARROWEST = 0.7;

/**
 * The factors of a profile, in order — experience, credentials, specialty, setting, then the
 * correction for overlapping premiums and the state — or, for a role with a pay level or for
 * remote work, that level moved within its bounds by the rest of the profile.
 */
export function priceProfile(model: Model, profile: Profile): PricedProfile {
  const warnings: Warning[] = [];
  const ladder = model.dataset.roles.ladder;
  const role = profile.role === null ? undefined : model.roles.byId.get(profile.role);
  const steps = trackSteps(model, profile, role, warnings);
  // A promotion never lowers pay: a role prices at least what the rung below it does.
  const rung = role ? ladder.indexOf(role) : -1;
  if (role?.level && rung > 0) {
    const below = ladder[rung - 1] as Role;
    const floor = sum(priceProfile(model, { ...profile, role: below.id }).steps);
    const here = sum(steps);
    if (floor > here) steps.push({ id: "ladder-floor", code: "ladder-floor", params: { role: role.id, below: below.id }, log: floor - here, source: "coding-salary-model" });
  }
  const confidence = confidenceOf(model, profile, steps);
  const compounding = steps.filter((s) => isPremium(s)).length;
  const corrected = steps.filter((s) => isCorrection(s)).reduce((total, s) => total + s.log, 0);
  if (compounding >= 5 || corrected < -Math.log(1.1))
    warnings.push({ code: "compounding", params: { premiums: compounding, correctionPercent: Math.round((1 - Math.exp(corrected)) * 100) } });
  const widening = confidence.level === "high" ? 1 : model.dataset.model.widening[confidence.level];
  const unexplained = unexplainedShare(model, profile);
  return { steps, spread: { width: Math.sqrt(unexplained) * widening, skew: unexplained }, warnings, confidence };
}

const sum = (steps: readonly FactorStep[]) => steps.reduce((total, s) => total + s.log, 0);
const isCorrection = (s: FactorStep) => s.code === "overlap" || s.code === "remote-band" || s.code === "level-range" || s.code === "ladder-floor";
const isPremium = (s: FactorStep) => s.code !== "national" && !isCorrection(s) && Math.abs(s.log) >= PREMIUM;

function trackSteps(model: Model, profile: Profile, role: Role | undefined, warnings: Warning[]): FactorStep[] {
  const d = model.dataset;
  const national = d.national.median;
  const steps: FactorStep[] = [shared(model, "national", () => ({ id: "national", code: "national", params: { median: national.value, vintage: d.national.vintage }, log: 0, source: national.source }))];
  const level = role?.level ? "role" : profile.remote ? "remote" : null;
  if (level === "role" && role?.level)
    steps.push({ id: `role:${role.id}`, code: "role-level", params: { role: role.id, level: role.level.value }, log: Math.log(role.level.value / national.value), source: role.level.source });
  if (level === "remote")
    steps.push({ id: "remote", code: "remote-band", params: { level: Math.round(model.remote.level), low: d.remote.annual.low, high: d.remote.annual.high }, log: Math.log(model.remote.level / national.value), source: d.remote.annual.source });

  const years = profile.experienceYears;
  const floor = role?.minYears?.value;
  // Without experience a role's minimum counts only if it is above the population's average.
  const floorCounts = floor !== undefined && (years !== null || experienceLog(model.experience, floor) > 0);
  const floored = floorCounts && floor !== undefined && (years === null || years < floor);
  const priced = floored ? (floor as number) : years;
  // The certified gap at equal experience applies when the profile states its experience.
  const knownExperience = years !== null;
  if (priced !== null) {
    // On a role's pay level, experience counts only beyond what the role takes.
    const log = experienceLog(model.experience, priced) - (level === "role" && floor !== undefined ? Math.max(0, experienceLog(model.experience, floor)) : 0);
    if (floored) {
      steps.push({ id: "experience", code: "experience-floor", params: { years: years ?? "", floor, role: role?.id ?? "" }, log, source: role?.minYears?.source ?? "coding-salary-model" });
      if (years !== null) warnings.push({ code: "role-experience", params: { role: role?.id ?? "", floor, years } });
    } else steps.push({ id: "experience", code: "experience", params: { years: priced }, log, source: d.experience.surveyPoints[0]?.source ?? "coding-salary-model" });
  }

  steps.push(...credentialSteps(model, profile.certifications, knownExperience, warnings));
  const specialty = profile.specialty === null ? undefined : model.specialties.byId.get(profile.specialty);
  if (specialty)
    steps.push(
      shared(model, specialty, () => ({ id: `specialty:${specialty.id}`, code: "specialty", params: { specialty: specialty.id }, log: model.specialtyLog.get(specialty.id) ?? 0, source: specialty.annual?.source ?? "coding-salary-model" })),
    );
  const setting = profile.setting === null ? undefined : model.settings.byId.get(profile.setting);
  if (setting)
    steps.push(shared(model, setting, () => ({ id: `setting:${setting.id}`, code: "setting", params: { setting: setting.id }, log: model.settingLog.get(setting.id) ?? 0, source: setting.annual?.source ?? "coding-salary-model" })));

  const state = level === "remote" ? undefined : stateStep(model, profile, warnings);
  if (level === null) {
    const premiums = sum(steps);
    const { free, limit } = model.overlap;
    // Premiums that stack past the free zone overlap: each further one counts less, up to `limit` in all.
    if (premiums > free) {
      const kept = free + limit * (1 - Math.exp(-(premiums - free) / limit));
      steps.push({ id: "overlap", code: "overlap", params: { freeUpTo: d.model.overlap.freeUpTo }, log: kept - premiums, source: d.model.overlap.source });
    }
    if (state) steps.push(state);
    return steps;
  }
  if (state) steps.push(state);
  // A pay level moves with the rest of the profile, within its bounds.
  const bound = level === "remote" ? model.remote.bound : model.levelBound;
  const moved = sum(steps.slice(2));
  const kept = bound * Math.tanh(moved / bound);
  if (Math.abs(kept - moved) > 1e-12)
    steps.push({ id: "level-range", code: "level-range", params: { level, bound: round(Math.exp(bound), 2) }, log: kept - moved, source: level === "remote" ? d.remote.annual.source : d.model.levelBound.source });
  return steps;
}

/**
 * Certified or not, centred on the population's share certified: the premium at equal
 * experience when experience is known, the whole published gap (which includes certified
 * coders' longer experience) when it is not. Then the strongest credential's own premium, and a
 * step for each further credential.
 */
function credentialSteps(model: Model, codes: readonly string[] | null, knownExperience: boolean, warnings: Warning[]): FactorStep[] {
  if (codes === null) return [];
  const d = model.dataset;
  const { share, overall, atEqualExperience } = model.certification;
  const gap = knownExperience ? atEqualExperience : overall;
  const gapSource = knownExperience ? (d.experience.surveyPoints.find((p) => p.group === "certified")?.source ?? d.credentials.certified.source) : d.credentials.certified.source;
  if (codes.length === 0) return [shared(model, knownExperience ? "none, experience known" : "none", () => ({ id: "credential:none", code: "no-credential", params: {}, log: -share * gap, source: gapSource }))];
  const held = codes.map((code) => model.credentialPrices.get(code)).filter((p): p is CredentialPrice => p !== undefined);
  // An apprentice status counts only without the full credential.
  const counted = held.filter((p) => {
    const full = p.credential.apprenticeOf;
    if (full === undefined || !codes.includes(full)) return true;
    warnings.push({ code: "apprentice-superseded", params: { apprentice: p.credential.code, full } });
    return false;
  });
  counted.sort((a, b) => b.log - a.log);
  const steps: FactorStep[] = [];
  counted.forEach((p, i) => {
    const code = p.credential.code;
    if (p.pricedAs !== null) warnings.push({ code: "credential-priced-as", params: { credential: code, as: p.pricedAs } });
    // A credential never prices below having none.
    if (i === 0)
      steps.push(
        shared(p, knownExperience ? "first, experience known" : "first", () => ({
          id: `credential:${code}`,
          code: "credential",
          params: { credential: code, ...(p.pricedAs ? { as: p.pricedAs } : {}) },
          log: Math.max(-share * gap, (1 - share) * gap + p.log),
          source: p.pricedAs ? p.source : gapSource,
        })),
      );
    else
      steps.push(
        shared(p, i, () => ({
          id: `credential:${code}`,
          code: "additional-credential",
          params: { credential: code, count: i + 1 },
          log: model.countSteps[i - 1] ?? 0,
          source: d.credentials.byCount[Math.min(i - 1, d.credentials.byCount.length - 1)]?.source ?? "coding-salary-model",
        })),
      );
  });
  return steps;
}

function stateStep(model: Model, profile: Profile, warnings: Warning[]): FactorStep | undefined {
  if (profile.state === null) return undefined;
  const price = model.statePrices.get(profile.state);
  if (!price) return undefined;
  const d = model.dataset;
  const code = price.state.code;
  if (price.imprecise.length > 0)
    warnings.push({ code: "state-imprecise", params: { state: code, reasons: price.imprecise.join(","), swingPercent: price.swing === null ? "" : Math.round(price.swing * 100) } });
  if (price.basis === "none") {
    warnings.push({ code: "state-not-covered", params: { state: code } });
    return undefined;
  }
  if (price.basis === "mean") warnings.push({ code: "state-median-estimated", params: { state: code } });
  return shared(price, "state", () => ({
    id: `state:${code}`,
    code: "state",
    params: { state: code, basis: price.basis, vintage: d.states.wages.vintage, laterVintage: d.states.laterWages.vintage },
    log: price.log,
    source: d.states.wages.source,
  }));
}

/**
 * The share of the nation's variance of log pay the profile's known factors leave unexplained
 * (variance decomposition): its square root scales the width, the share itself the skew — part
 * of the nation's skew comes from mixing people whose pay differs.
 */
function unexplainedShare(model: Model, profile: Profile): number {
  const { share } = model.certification;
  const floor = profile.role === null ? undefined : model.roles.byId.get(profile.role)?.minYears?.value;
  const knownExperience = profile.experienceYears !== null;
  const floorCounts = floor !== undefined && experienceLog(model.experience, floor) > 0;
  let explained = 0;
  if (knownExperience || floorCounts) explained += model.experience.variance;
  if (profile.certifications !== null) {
    const gap = knownExperience ? model.certification.atEqualExperience : model.certification.overall;
    explained += share * (1 - share) * gap ** 2;
  }
  if (profile.state !== null && !profile.remote) explained += model.stateVariance;
  return Math.max(NARROWEST ** 2, 1 - explained / model.nationalVariance);
}

function confidenceOf(model: Model, profile: Profile, steps: readonly FactorStep[]): PricedProfile["confidence"] {
  const reasons: ConfidenceReason[] = [];
  let weight = 0;
  const moved = steps.filter((s) => s.code !== "national");
  const total = moved.reduce((t, s) => t + Math.abs(s.log), 0);
  const kind = (id: string) => model.sourceKinds.get(id);
  const modelled = moved.filter((s) => kind(s.source) === "guide" || kind(s.source) === "model").reduce((t, s) => t + Math.abs(s.log), 0);
  const share = total > 0 ? modelled / total : 0;
  if (share >= 1 / 3) {
    reasons.push({ code: "modelled", params: { percent: Math.round(share * 100) } });
    weight += share >= 2 / 3 ? 2 : 1;
  }
  const premiums = steps.filter(isPremium).length;
  if (premiums >= 5) {
    reasons.push({ code: "stacked", params: { premiums } });
    weight += premiums >= 7 ? 2 : 1;
  }
  const corrected = steps.filter(isCorrection).reduce((t, s) => t + s.log, 0);
  if (corrected <= -Math.log(1.1)) {
    reasons.push({ code: "bounded", params: { percent: Math.round((1 - Math.exp(corrected)) * 100) } });
    weight += 1;
  }
  const state = profile.state === null || profile.remote ? undefined : model.statePrices.get(profile.state);
  if (state && state.imprecise.length > 0) {
    reasons.push({ code: "imprecise-state", params: { state: state.state.code, reasons: state.imprecise.join(",") } });
    weight += 1;
  }
  if (state && (state.basis === "mean" || state.basis === "none")) {
    reasons.push({ code: "state-fallback", params: { state: state.state.code, basis: state.basis } });
    weight += 1;
  }
  for (const code of profile.certifications ?? []) {
    const price = model.credentialPrices.get(code);
    if (price?.pricedAs !== null && price?.pricedAs !== undefined) {
      reasons.push({ code: "unpriced-credential", params: { credential: code, as: price.pricedAs } });
      weight += 1;
    }
  }
  const level: ConfidenceLevel = weight === 0 ? "high" : weight <= 2 ? "medium" : "low";
  return { level, reasons };
}
