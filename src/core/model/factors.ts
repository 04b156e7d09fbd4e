import type { Profile } from "../profile.js";
import type { Warning } from "../warning.js";
import type { Model } from "./compile-model.js";
import { bandOf, curveAt } from "./experience-curve.js";

/** One step from the national median to this profile's median. */
export interface FactorStep {
  id: string;
  label: string;
  multiplier: number;
  source: string;
}


export interface PricedProfile {
  base: { median: number; source: string };
  steps: FactorStep[];
  /** Spread of log pay for this profile's group. */
  sigma: number;
  warnings: Warning[];
}

/**
 * The factors a profile gets, in a fixed order — experience, role, certifications, specialty,
 * setting, location — each a multiplier on the national median with the source behind it.
 */
export function priceProfile(model: Model, profile: Profile): PricedProfile {
  const d = model.dataset;
  const steps: FactorStep[] = [];
  const warnings: Warning[] = [];

  const role = profile.role === null ? undefined : model.roles.byId.get(profile.role);
  const years = profile.experienceYears;
  const floor = role?.minYears?.value;
  // A role implies at least the experience it usually takes (a senior coder has 6+ years).
  const floored = floor !== undefined && (years === null || years < floor);
  const pricedYears = floored ? (floor as number) : years;
  const track = pricedYears === null ? null : curveAt(model, pricedYears);

  if (track && pricedYears !== null) {
    const band = bandOf(model, pricedYears);
    const span = band.toYears === null ? `${band.fromYears}+ years` : `${band.fromYears}–${band.toYears} years`;
    const given = years === null ? "not given" : `${years} year${years === 1 ? "" : "s"}`;
    steps.push({
      id: `experience:${band.id}`,
      label: floored
        ? `Experience: ${given}, priced as ${floor} years, the usual minimum for a ${role?.label.toLowerCase()} (${band.label.toLowerCase()} band)`
        : `Experience: ${given} (${band.label.toLowerCase()} band, ${span})`,
      // Without experience the start is the all-experience national figure, which a role only raises.
      multiplier: years === null ? Math.max(1, track.median / model.guideNational) : track.median / model.guideNational,
      source: floored ? (role?.minYears?.source ?? band.annual.source) : band.annual.source,
    });
  }

  if (role) {
    const raises = role.raisesAboveTrack.value;
    steps.push({
      id: `role:${role.id}`,
      label: `Role: ${role.label}${raises > 0 ? ` (${raises} promotion${raises === 1 ? "" : "s"} above a senior coder)` : ""}`,
      multiplier: Math.pow(1 + d.roles.modelRaise.value, raises),
      source: raises > 0 ? d.roles.modelRaise.source : (role.minYears?.source ?? d.roles.promotionRaise.source),
    });
    if (years !== null && floored)
      warnings.push({
        code: "role-experience",
        message: `A ${role.label.toLowerCase()} usually has at least ${floor} years of experience; priced as ${floor} years.`,
      });
  }

  const premiums = premiumSteps(model, profile.certifications);
  const specialty = profile.specialty === null ? undefined : model.specialties.byId.get(profile.specialty);
  const setting = profile.setting === null ? undefined : model.settings.byId.get(profile.setting);
  const location = locationStep(model, profile, warnings);
  const premiumsApplied: FactorStep[] = [
    ...premiums,
    ...(specialty ? [rangeStep(model, "specialty", specialty)] : []),
    ...(setting ? [rangeStep(model, "setting", setting)] : []),
    ...(location ? [location] : []),
  ];
  steps.push(...premiumsApplied);

  const compound = premiumsApplied.reduce((product, step) => product * step.multiplier, 1);
  if (compound > d.model.compoundingWarningAbove.value)
    warnings.push({
      code: "compounding",
      message:
        "Several premiums compound in this profile; the guide states each one separately, so the combined figure is less certain than any one of them.",
    });

  return {
    base: { median: d.national.median.value, source: d.national.median.source },
    steps,
    sigma: track?.sigma ?? model.nationalSigma,
    warnings,
  };
}

/**
 * Credentials do not stack naively: the strongest earns its full premium, each further one a
 * share of its own (the guide's +20–30% is for being certified at all).
 */
function premiumSteps(model: Model, codes: string[]): FactorStep[] {
  const certs = model.dataset.certifications;
  const held = codes
    .map((code) => model.credentials.byId.get(code))
    .filter((c) => c !== undefined)
    .sort((a, b) => b.premium.value - a.premium.value);
  const share = certs.additionalCredentialShare.value;
  return held.map((c, i) => ({
    id: `certification:${c.code}`,
    label: `Certification: ${c.code} (${c.name})${i > 0 ? ", an additional credential at a reduced premium" : ""}`,
    multiplier: 1 + c.premium.value * (i === 0 ? 1 : share),
    source: i === 0 ? c.premium.source : certs.additionalCredentialShare.source,
  }));
}

function rangeStep(model: Model, kind: "specialty" | "setting", choice: { id: string; label: string; annual?: { source: string } }): FactorStep {
  return {
    id: `${kind}:${choice.id}`,
    label: `${kind === "specialty" ? "Specialty" : "Setting"}: ${choice.label}`,
    multiplier: (kind === "specialty" ? model.specialtyMultiplier : model.settingMultiplier).get(choice.id) ?? 1,
    source: choice.annual?.source ?? model.dataset.model.rangePercentiles.source,
  };
}

/**
 * Remote pay follows the guide's national remote band ("regardless of location"); otherwise
 * the state's BLS median relative to the national median of the same vintage.
 */
function locationStep(model: Model, profile: Profile, warnings: Warning[]): FactorStep | undefined {
  const d = model.dataset;
  if (profile.remote)
    return {
      id: "remote",
      label: `Remote work (national remote band${profile.state ? "; the state changes purchasing power only" : ""})`,
      multiplier: model.remoteMultiplier,
      source: d.remote.annual.source,
    };
  if (profile.state === null) return undefined;
  const state = model.states.byId.get(profile.state);
  if (!state) return undefined;
  const national = d.national.median.value;
  if (state.median !== null)
    return {
      id: `state:${state.code}`,
      label: `State: ${state.name} (BLS state median, ${d.states.wages.vintage})`,
      multiplier: state.median / national,
      source: d.states.wages.source,
    };
  if (state.mean !== null) {
    warnings.push({
      code: "state-median-estimated",
      message: `BLS publishes no median wage for ${state.name}; its median is estimated from the published mean.`,
    });
    return {
      id: `state:${state.code}`,
      label: `State: ${state.name} (estimated from the BLS state mean, ${d.states.wages.vintage})`,
      multiplier: (state.mean * model.medianToMean) / national,
      source: d.states.wages.source,
    };
  }
  const guide = model.guideStates.get(state.code);
  if (guide) {
    warnings.push({ code: "state-median-estimated", message: `BLS publishes no wage for ${state.name}; the guide's range for it is used.` });
    return { id: `state:${state.code}`, label: `State: ${state.name} (guide range)`, multiplier: guide.multiplier, source: guide.source };
  }
  warnings.push({
    code: "state-not-covered",
    message: `The data has no wage figure for ${state.name}; the national figure is used instead.`,
  });
  return undefined;
}
