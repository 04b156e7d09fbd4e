import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { ArgumentError, shown } from "./errors.js";
import { checkedDataset } from "./dataset/parse-dataset.js";
import { estimateProfile, type Estimate } from "./estimate.js";
import { normalizeProfile, type Profile } from "./profile.js";
import { takeHomePay, type TakeHome, type TakeHomeOptions } from "./tax/take-home.js";

export const DIMENSIONS = ["state", "cert", "specialty", "setting", "experience", "role", "remote"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Experience values compared when none are chosen: the guide's bands and beyond. */
const EXPERIENCE_STEPS = [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20];

export type CompareSort = "none" | "nominal" | "real" | "take-home" | "real-take-home";

export interface ComparisonRow {
  /** The value as a flag takes it: "TX", "CPC", "none", "4", "true". */
  value: string;
  estimate: Estimate;
  /** Take-home pay of the row's median, when asked for (`takeHome`) or sorted by. */
  takeHome: TakeHome | null;
  /** Row median minus the base profile's median. */
  difference: number;
}

export interface Comparison {
  by: Dimension;
  base: Estimate;
  baseTakeHome: TakeHome | null;
  rows: ComparisonRow[];
}

interface Variant {
  value: string;
  apply: (p: Profile) => Profile;
}

/**
 * One dimension varied, the rest of the profile fixed: each value's estimate and its
 * difference to the base profile. `only` restricts the values (any spelling a flag takes);
 * `sort` orders rows by median — nominal, in national-average dollars, after tax, or after tax
 * in national-average dollars (rows without the figure go last); `takeHome` adds each row's
 * take-home pay (its median, after federal, payroll and state income tax).
 */
export function compare(
  by: string,
  profile: unknown = {},
  options: { only?: readonly string[]; sort?: CompareSort; takeHome?: Omit<TakeHomeOptions, "state"> } = {},
  dataset: Dataset = bundledDataset(),
): Comparison {
  if (!(DIMENSIONS as readonly string[]).includes(by))
    throw new ArgumentError("invalid-argument", `cannot compare by ${shown(by)} (choose ${DIMENSIONS.join(", ")})`, "by", by);
  const dimension = by as Dimension;
  const d = checkedDataset(dataset);
  const base = normalizeProfile(profile, d);
  let variants = variantsOf(dimension, d);
  if (options.only?.length) variants = restrict(dimension, variants, options.only, d);
  const baseEstimate = estimateProfile(base, d);
  const sort = options.sort ?? "none";
  const taxed = options.takeHome !== undefined || sort === "take-home" || sort === "real-take-home";
  // Take-home pay needs the state whose income tax applies: every row's, or the base profile's.
  if (taxed && by !== "state" && base.state === null)
    throw new ArgumentError("invalid-argument", "take-home pay needs a state (its income tax): give one, or compare by state", "state", null);
  const net = (e: Estimate) => (taxed && e.input.state !== null ? takeHomePay(e.annual.median, { ...options.takeHome, state: e.input.state }, d) : null);
  const rows: ComparisonRow[] = variants.map((v) => {
    const e = estimateProfile(v.apply(base), d);
    return { value: v.value, estimate: e, takeHome: net(e), difference: e.annual.median - baseEstimate.annual.median };
  });
  if (sort !== "none") rows.sort((a, b) => sortKey(b, sort) - sortKey(a, sort));
  return { by: dimension, base: baseEstimate, baseTakeHome: net(baseEstimate), rows };
}

/** What a row is ranked by; rows without the figure (no price parity) go last. */
function sortKey(r: ComparisonRow, sort: Exclude<CompareSort, "none">): number {
  const index = r.estimate.purchasingPower?.priceIndex;
  switch (sort) {
    case "nominal":
      return r.estimate.annual.median;
    case "real":
      return r.estimate.purchasingPower?.annual.median ?? -1;
    case "take-home":
      return r.takeHome?.net ?? -1;
    case "real-take-home":
      return r.takeHome && index ? r.takeHome.net / (index / 100) : -1;
  }
}

function variantsOf(by: Dimension, d: Dataset): Variant[] {
  switch (by) {
    case "state":
      return d.states.list.map((s) => ({ value: s.code, apply: (p) => ({ ...p, state: s.code }) }));
    case "cert":
      return [
        { value: "none", apply: (p) => ({ ...p, certifications: [] }) },
        ...d.credentials.list.map((c) => ({ value: c.code, apply: (p: Profile) => ({ ...p, certifications: [c.code] }) })),
      ];
    case "specialty":
      return d.specialties.map((s) => ({ value: s.id, apply: (p) => ({ ...p, specialty: s.id }) }));
    case "setting":
      return d.settings.map((s) => ({ value: s.id, apply: (p) => ({ ...p, setting: s.id }) }));
    case "role":
      return d.roles.ladder.map((r) => ({ value: r.id, apply: (p) => ({ ...p, role: r.id }) }));
    case "experience":
      return EXPERIENCE_STEPS.filter((y) => y <= d.experience.maxYears.value).map(experienceVariant);
    case "remote":
      return [
        { value: "false", apply: (p) => ({ ...p, remote: false }) },
        { value: "true", apply: (p) => ({ ...p, remote: true }) },
      ];
  }
}

function experienceVariant(years: number): Variant {
  return { value: String(years), apply: (p) => ({ ...p, experienceYears: years }) };
}

/** Keeps the variants named in `only`, in the order given; each name is checked like its flag's value. */
function restrict(by: Dimension, variants: Variant[], only: readonly string[], d: Dataset): Variant[] {
  return only.map((name) => {
    const id = idOf(by, name.trim(), d);
    const found = variants.find((v) => v.value === id);
    return found ?? experienceVariant(Number(id));
  });
}

/** The row a user's spelling names; the core's checks give the message and the near miss. */
function idOf(by: Dimension, name: string, d: Dataset): string {
  switch (by) {
    case "experience": {
      const years = name === "" ? Number.NaN : Number(name);
      return String(normalizeProfile({ experienceYears: Number.isFinite(years) ? years : name }, d).experienceYears);
    }
    case "remote":
      if (/^(true|yes|remote)$/i.test(name)) return "true";
      if (/^(false|no|on-?site)$/i.test(name)) return "false";
      throw new ArgumentError("invalid-argument", `${shown(name)} is not remote or on-site (use true, false, remote or on-site)`, "only", name);
    case "cert":
      return (normalizeProfile({ certifications: [name] }, d).certifications ?? [])[0] ?? "none";
    default:
      return normalizeProfile({ [by]: name }, d)[by] as string;
  }
}
