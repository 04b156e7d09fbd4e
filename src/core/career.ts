import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset, Role } from "./dataset/dataset-schema.js";
import { ArgumentError } from "./errors.js";
import { checkedDataset } from "./dataset/parse-dataset.js";
import { estimateProfile, type Estimate } from "./estimate.js";
import { normalizeProfile, type Profile } from "./profile.js";

export interface CareerYear {
  /** Years from now: 0 is today. */
  year: number;
  experienceYears: number;
  role: string;
  /** True in the year a promotion becomes plausible. */
  promoted: boolean;
  estimate: Estimate;
}

export interface CareerPath {
  input: Profile;
  years: CareerYear[];
}

export const MAX_CAREER_YEARS = 40;

/**
 * A year-by-year projection along the ladder. Experience grows a year a year; a promotion is
 * plausible once experience reaches the next rung's floor and the last step (or today) is at
 * least `yearsBetweenPromotions` back. Each year is priced like an estimate, so the low,
 * median and high paths are the 25th, 50th and 75th percentiles of that year's profile.
 * Without a role the path starts at the rung experience alone brings (senior coder at 6 years).
 * With `promotions: false` the role stays as it is and only experience grows.
 */
export function careerPath(
  years: number,
  profile: unknown = {},
  options: { promotions?: boolean } = {},
  dataset: Dataset = bundledDataset(),
): CareerPath {
  if (!Number.isInteger(years) || years < 1 || years > MAX_CAREER_YEARS)
    throw new ArgumentError("invalid-argument", `years must be a whole number from 1 to ${MAX_CAREER_YEARS}, got ${years}`, "years", years);
  const d = checkedDataset(dataset);
  const input = normalizeProfile(profile, d);
  const ladder = d.roles.ladder;
  const gap = d.model.yearsBetweenPromotions.value;
  const startYears = input.experienceYears ?? 0;
  const floor = (r: Role) => r.minYears?.value ?? 0;
  let rung =
    input.role !== null
      ? ladder.findIndex((r) => r.id === input.role)
      : Math.max(0, ...ladder.map((r, i) => (r.level === undefined && floor(r) <= startYears ? i : 0)));
  let lastStep = 0;
  const path: CareerYear[] = [];
  for (let year = 0; year <= years; year++) {
    const experienceYears = Math.min(startYears + year, d.experience.maxYears.value);
    const next = ladder[rung + 1];
    const promoted = options.promotions !== false && year > 0 && next !== undefined && experienceYears >= floor(next) && year - lastStep >= gap;
    if (promoted) {
      rung += 1;
      lastStep = year;
    }
    const role = (ladder[rung] as Role).id;
    path.push({ year, experienceYears, role, promoted, estimate: estimateProfile({ ...input, experienceYears, role }, d) });
  }
  return { input, years: path };
}
