import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { ArgumentError } from "./errors.js";
import { estimateProfile, type Estimate, type Warning } from "./estimate.js";
import { normalizeProfile, type Profile } from "./profile.js";
import { checkedDataset } from "./dataset/parse-dataset.js";
import { round } from "./round.js";

export interface TrainingPlan {
  /** What the training costs, in dollars. */
  cost: number;
  /** Months of study before the credential (and its pay) arrives. */
  months: number;
  /** The credential earned, e.g. "CPC". */
  cert: string;
}

export interface NetGain {
  year1: number;
  year3: number;
  year5: number;
}

export interface TrainingReturn {
  input: Profile;
  plan: TrainingPlan;
  uplift: { annual: number; monthly: number };
  /** Months from the start of study until the extra pay has covered the cost; null if it never does. */
  paybackMonths: number | null;
  /** Extra pay earned minus the cost, counted from the start of study. */
  netGain: NetGain;
  before: Estimate;
  after: Estimate;
  warnings: Warning[];
}

export interface PathScenario {
  cost: number;
  months: number;
  paybackMonths: number | null;
  netGain: NetGain;
}

export interface PathComparison {
  id: string;
  label: string;
  /** The cheap, quick end of the path's ranges and the dear, slow end. */
  best: PathScenario;
  worst: PathScenario;
}

const MAX_COST = 1_000_000;
const MAX_MONTHS = 120;

/**
 * Does a credential pay for itself? The uplift is what the credential adds to this profile's
 * median today; pay rises only once the study months are over.
 */
export function trainingReturn(plan: TrainingPlan, profile: unknown = {}, dataset: Dataset = bundledDataset()): TrainingReturn {
  if (!(Number.isFinite(plan.cost) && plan.cost >= 0 && plan.cost <= MAX_COST))
    throw new ArgumentError("invalid-amount", `cost must be from 0 to ${MAX_COST} dollars, got ${plan.cost}`, "cost", plan.cost);
  if (!(Number.isFinite(plan.months) && plan.months >= 0 && plan.months <= MAX_MONTHS))
    throw new ArgumentError("invalid-argument", `months must be from 0 to ${MAX_MONTHS}, got ${plan.months}`, "months", plan.months);
  const d = checkedDataset(dataset);
  const input = normalizeProfile(profile, d);
  const cert = (normalizeProfile({ certifications: [plan.cert] }, d).certifications ?? [])[0];
  if (cert === undefined) throw new ArgumentError("invalid-argument", "name the credential to earn, not none", "cert", plan.cert);
  // Without credentials given, the profile holds none: the course is its first.
  const before = estimateProfile({ ...input, certifications: input.certifications ?? [] }, d);
  const held = (input.certifications ?? []).includes(cert);
  const after = held ? before : estimateProfile({ ...input, certifications: [...(input.certifications ?? []), cert] }, d);
  const annual = after.annual.median - before.annual.median;
  const warnings: Warning[] = [...before.warnings];
  if (held)
    warnings.push({ code: "already-held", params: { credential: cert } });
  return {
    input,
    plan: { ...plan, cert },
    uplift: { annual, monthly: round(annual / 12, 2) },
    ...scenario(plan.cost, plan.months, annual),
    before,
    after,
    warnings,
  };
}

/** The guide's two routes (self-study, a program), each at its cheap-and-quick and dear-and-slow end. */
export function compareTrainingPaths(cert: string, profile: unknown = {}, dataset: Dataset = bundledDataset()): PathComparison[] {
  const { months, paths } = checkedDataset(dataset).training;
  const uplift = trainingReturn({ cost: 0, months: 0, cert }, profile, dataset).uplift.annual;
  return paths.map((p) => ({
    id: p.id,
    label: p.label,
    best: { cost: p.cost.low, months: months.low, ...scenario(p.cost.low, months.low, uplift) },
    worst: { cost: p.cost.high, months: months.high, ...scenario(p.cost.high, months.high, uplift) },
  }));
}

function scenario(cost: number, months: number, annualUplift: number): { paybackMonths: number | null; netGain: NetGain } {
  const monthly = annualUplift / 12;
  const net = (years: number) => Math.round(monthly * Math.max(0, 12 * years - months) - cost);
  return {
    paybackMonths: monthly > 0 ? Math.round((months + cost / monthly) * 10) / 10 : null,
    netGain: { year1: net(1), year3: net(3), year5: net(5) },
  };
}
