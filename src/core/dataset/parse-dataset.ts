import { DatasetError, shown } from "../errors.js";
import { matchKey } from "../match.js";
import type { Issue } from "../schema/schema.js";
import { checkTaxTables } from "../tax/check-tax.js";
import { datasetSchema, type Dataset } from "./dataset-schema.js";

/** Problems reported at most; a file with more is broken beyond listing. */
export const MAX_ISSUES = 50;

/** Widest spread of log pay the national shape may have (p90 over p10 at most ×20); wider is a typo. */
const MAX_SPREAD = Math.log(20);

/**
 * Every pay figure is within this factor of the national median, either way: further off is a
 * typo (a digit too many or too few), and the model could not price it — ratios of such
 * figures run to zero or infinity.
 */
const MAX_RATIO = 10;

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; issues: Issue[] };

/** Datasets that passed the check (the bundled one is checked when the package is built). */
const checked = new WeakSet<object>();
/** What an unchecked object given to the library became once checked. */
const loaded = new WeakMap<object, Dataset>();

export function markChecked(d: Dataset): Dataset {
  checked.add(d);
  return d;
}

/**
 * The dataset a library function was given, as the model may use it: one that passed the check
 * is used as is; anything else is checked now (once per object), and a `DatasetError` says
 * what is wrong.
 */
export function checkedDataset(d: unknown): Dataset {
  if (d !== null && typeof d === "object") {
    if (checked.has(d)) return d as Dataset;
    const known = loaded.get(d);
    if (known) return known;
    const result = loadDataset(d);
    loaded.set(d, result);
    return result;
  }
  return loadDataset(d);
}

/**
 * The one boundary where outside data becomes a `Dataset`: its shape first, then what a shape
 * cannot say (every source id known, ranges ordered, ids unique, bands in order).
 */
export function parseDataset(input: unknown): DatasetResult {
  const issues: Issue[] = [];
  const dataset = datasetSchema().check(input, "", issues);
  checkSourcesAndRanges(input, issues);
  if (dataset) checkConsistency(dataset, issues);
  if (issues.length > 0 || !dataset) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, dataset: markChecked(dataset) };
}

/** Like `parseDataset`, but throws a `DatasetError` listing the problems. */
export function loadDataset(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new DatasetError(result.issues);
  return result.dataset;
}

/** Checks that need no shape, so they report alongside shape problems: source ids known, ranges ordered. */
function checkSourcesAndRanges(input: unknown, issues: Issue[]): void {
  const add = (path: string, message: string) => issues.push({ path, message });
  const listed = (input as { sources?: unknown } | null)?.sources;
  const sourceIds = new Set<string>();
  if (Array.isArray(listed))
    for (const s of listed) {
      const id = (s as { id?: unknown } | null)?.id;
      if (typeof id !== "string") continue;
      if (sourceIds.has(id)) add(`sources[${id}]`, "duplicate source id");
      sourceIds.add(id);
    }
  walk(
    input,
    "",
    (value, path) => {
      if (path !== "sources" && !path.startsWith("sources[") && typeof value.source === "string" && !sourceIds.has(value.source))
        add(`${path}.source`, `unknown source id ${shown(value.source)} (not in sources)`);
      if (typeof value.low === "number" && typeof value.high === "number" && value.low > value.high)
        add(path, `low (${value.low}) is above high (${value.high})`);
    },
    add,
  );
}

/** Checks of a well-shaped dataset: unique ids, known references, and everything the model needs to give finite figures. */
function checkConsistency(d: Dataset, issues: Issue[]): void {
  const add = (path: string, message: string) => issues.push({ path, message });

  unique("credentials.list", d.credentials.list.flatMap((c) => [c.code, ...(c.aliases ?? [])]), add);
  unique("specialties", d.specialties.flatMap((s) => [s.id, ...(s.aliases ?? [])]), add);
  unique("settings", d.settings.flatMap((s) => [s.id, ...(s.aliases ?? [])]), add);
  unique("roles.ladder", d.roles.ladder.flatMap((r) => [r.id, ...(r.aliases ?? [])]), add);
  unique("states.list", d.states.list.flatMap((s) => [s.code, s.name]), add);
  unique("careers", d.careers.map((c) => c.id), add);
  unique("experience.bands", d.experience.bands.map((b) => b.id), add);
  unique("reference.figures", d.reference.figures.map((f) => f.id), add);

  // The national shape must rise, or no percentile can be read from it.
  const p = d.national.distribution.percentiles;
  const order = [p.p10, p.p25, p.p50, p.p75, p.p90];
  if (order.some((v, i) => i > 0 && v <= (order[i - 1] as number))) add("national.distribution.percentiles", "must rise from p10 to p90");
  else if (Math.log(p.p90 / p.p10) > MAX_SPREAD) add("national.distribution.percentiles", `p90 over p10 is above ${Math.round(Math.exp(MAX_SPREAD))}: a typo, not a spread of pay`);

  const mix = d.population.experienceMix.brackets;
  const total = mix.reduce((t, b) => t + b.share, 0);
  if (Math.abs(total - 1) > 0.01) add("population.experienceMix.brackets", `shares sum to ${total.toFixed(3)}, not 1`);
  mix.forEach((b, i) => {
    if (b.toYears < b.fromYears) add(`population.experienceMix.brackets[${i}].toYears`, "is below fromYears");
  });
  const groups = new Map<string, Set<number>>();
  for (const point of d.experience.surveyPoints) groups.set(point.group, (groups.get(point.group) ?? new Set()).add(point.years));
  if (![...groups.values()].some((years) => years.size >= 2))
    add("experience.surveyPoints", "needs a group with points at two different years (the curve's slope is fitted within groups)");
  d.experience.bands.forEach((band, i) => {
    const at = `experience.bands[${band.id}]`;
    if (band.toYears !== null && band.toYears < band.fromYears) add(`${at}.toYears`, "is below fromYears");
    const previous = d.experience.bands[i - 1];
    if (previous && band.fromYears <= previous.fromYears) add(`${at}.fromYears`, `must be above the previous band's (${previous.fromYears})`);
  });

  const national = d.national.median.value;
  for (const [path, value] of payFigures(d))
    if (value > national * MAX_RATIO || value * MAX_RATIO < national)
      add(path, `${value} is more than ${MAX_RATIO} times ${value > national ? "above" : "below"} the national median (${national}): a typo?`);

  const codes = new Set(d.credentials.list.map((c) => c.code));
  d.credentials.list.forEach((c) => {
    const at = `credentials.list[${c.code}]`;
    if (c.pay && c.pricedAs) add(at, "has both pay and pricedAs: give one");
    if (c.apprenticeOf !== undefined && !codes.has(c.apprenticeOf)) add(`${at}.apprenticeOf`, `unknown credential ${shown(c.apprenticeOf)}`);
    // Holding both counts the full credential only: an apprentice status priced above it would make the full one lower pay.
    const full = d.credentials.list.find((o) => o.code === c.apprenticeOf);
    if (c.pay && full?.pay && c.pay.annual / c.pay.versus.annual > full.pay.annual / full.pay.versus.annual)
      add(`${at}.pay`, `prices the apprentice status above ${full.code} (${c.pay.annual} against ${c.pay.versus.annual}, ${full.code} ${full.pay.annual} against ${full.pay.versus.annual}): an apprentice earns no more than the full credential`);
    const as = c.pricedAs?.value;
    if (as !== undefined && as !== "certified") {
      const other = d.credentials.list.find((o) => o.code === as);
      if (!other) add(`${at}.pricedAs.value`, `unknown credential ${shown(as)} (or "certified")`);
      else if (!other.pay) add(`${at}.pricedAs.value`, `${as} has no pay figure of its own to be priced from`);
    }
  });
  const counts = d.credentials.byCount.map((c) => c.count);
  if (new Set(counts).size !== counts.length) add("credentials.byCount", "a count is listed twice");

  const ladder = d.roles.ladder;
  ladder.forEach((role, i) => {
    const previous = ladder[i - 1];
    if (!previous) return;
    const at = `roles.ladder[${role.id}]`;
    if ((role.minYears?.value ?? 0) < (previous.minYears?.value ?? 0))
      add(`${at}.minYears`, `must be at least the previous role's (${previous.minYears?.value ?? 0})`);
    if (previous.level && !role.level) add(`${at}.level`, "a role above one with a pay level needs a pay level too");
    if (previous.level && role.level && role.level.value < previous.level.value)
      add(`${at}.level`, `must be at least the previous role's (${previous.level.value})`);
  });

  const stateCodes = new Set(d.states.list.map((s) => s.code));
  const lookups = {
    specialty: new Set(d.specialties.map((s) => s.id)),
    setting: new Set(d.settings.map((s) => s.id)),
    role: new Set(ladder.map((r) => r.id)),
  };
  for (const f of d.reference.figures)
    for (const [side, profile] of [["profile", f.profile], ["versus", f.versus]] as const) {
      if (!profile) continue;
      const at = `reference.figures[${f.id}].${side}`;
      if (profile.state !== undefined && !stateCodes.has(profile.state)) add(`${at}.state`, `unknown state ${shown(profile.state)}`);
      if (profile.experienceYears !== undefined && profile.experienceYears > d.experience.maxYears.value)
        add(`${at}.experienceYears`, `is above experience.maxYears (${d.experience.maxYears.value}): the model cannot price it`);
      for (const key of ["specialty", "setting", "role"] as const)
        if (profile[key] !== undefined && !lookups[key].has(profile[key] as string)) add(`${at}.${key}`, `unknown ${key} ${shown(profile[key])}`);
      for (const c of profile.certifications ?? []) if (c !== "none" && !codes.has(c)) add(`${at}.certifications`, `unknown credential ${shown(c)}`);
    }
  const health = d.benefits?.health;
  for (const coverage of ["single", "family"] as const)
    if (health && health.workerContribution[coverage] > health.premium[coverage])
      add(`benefits.health.workerContribution.${coverage}`, `is above the premium (${health.premium[coverage]}): a worker's share cannot exceed the whole`);
  for (const f of d.reference.figures) if (f.low > f.high) add(`reference.figures[${f.id}]`, `low (${f.low}) is above high (${f.high})`);

  if (d.tax) checkTaxTables(d.tax, stateCodes, add);
}

/** Every figure of annual pay the model reads, with its path (the national median itself aside). */
function payFigures(d: Dataset): [string, number][] {
  const out: [string, number][] = [];
  const range = (path: string, r: { low: number; high: number } | undefined) => {
    if (r) out.push([`${path}.low`, r.low], [`${path}.high`, r.high]);
  };
  out.push(["national.mean.value", d.national.mean.value], ["guideMedian.value", d.guideMedian.value], ["states.laterWages.median", d.states.laterWages.median]);
  for (const [key, value] of Object.entries(d.national.distribution.percentiles)) out.push([`national.distribution.percentiles.${key}`, value]);
  d.experience.surveyPoints.forEach((p, i) => out.push([`experience.surveyPoints[${i}].annual`, p.annual]));
  for (const key of ["certified", "nonCertified", "oneCredential"] as const) out.push([`credentials.${key}.value`, d.credentials[key].value]);
  for (const c of d.credentials.byCount) out.push([`credentials.byCount[${c.count}].annual`, c.annual]);
  for (const c of d.credentials.list) if (c.pay) out.push([`credentials.list[${c.code}].pay.annual`, c.pay.annual], [`credentials.list[${c.code}].pay.versus.annual`, c.pay.versus.annual]);
  for (const s of d.specialties) range(`specialties[${s.id}].annual`, s.annual);
  for (const s of d.settings) range(`settings[${s.id}].annual`, s.annual);
  for (const s of d.states.list)
    for (const key of ["mean", "median", "laterMedian"] as const) {
      const value = s[key];
      if (value !== null) out.push([`states.list[${s.code}].${key}`, value]);
    }
  range("remote.annual", d.remote.annual);
  for (const r of d.roles.ladder) if (r.level) out.push([`roles.ladder[${r.id}].level.value`, r.level.value]);
  for (const c of d.careers) {
    range(`careers[${c.id}].annual`, c.annual);
    if (c.blsMedian) out.push([`careers[${c.id}].blsMedian.value`, c.blsMedian.value]);
  }
  return out;
}

/** Reports names that collide once case, spaces and punctuation are ignored. */
function unique(path: string, names: string[], add: (path: string, message: string) => void): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = matchKey(name);
    if (seen.has(key)) add(`${path}[${name.length > 40 ? `${name.slice(0, 40)}…` : name}]`, `${shown(name)} is listed twice (ids and aliases must be unique)`);
    seen.add(key);
  }
}

type Node = Record<string, unknown>;

/** Deeper than any dataset (the bundled one nests 6 levels): the walk stops there, so a deep or cyclic object cannot exhaust the stack. */
const MAX_DEPTH = 64;

function walk(value: unknown, path: string, visit: (node: Node, path: string) => void, add: (path: string, message: string) => void, depth = 0): void {
  if (!value || typeof value !== "object") return;
  if (depth >= MAX_DEPTH) return add(path || "(top level)", `nested more than ${MAX_DEPTH} levels deep`);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const name = (item as { id?: unknown; code?: unknown } | null)?.id ?? (item as { code?: unknown } | null)?.code;
      walk(item, `${path}[${typeof name === "string" ? name : i}]`, visit, add, depth + 1);
    });
  } else {
    visit(value as Node, path);
    for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key, visit, add, depth + 1);
  }
}
