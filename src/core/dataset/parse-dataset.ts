import { sigmaOfRange } from "../distribution.js";
import { DatasetError } from "../errors.js";
import { matchKey } from "../match.js";
import type { Issue } from "../schema/schema.js";
import { checkTaxTables } from "../tax/check-tax.js";
import { datasetSchema, type Dataset } from "./dataset-schema.js";

/** Problems reported at most; a file with more is broken beyond listing. */
export const MAX_ISSUES = 50;

/** Widest spread of log pay a band may imply (×47 from the 10th to the 90th percentile); wider is a typo. */
const MAX_SPREAD = 1.5;

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; issues: Issue[] };

/**
 * The one boundary where outside data becomes a `Dataset`: its shape first, then what a shape
 * cannot say (every source id known, ranges ordered, ids unique, bands in order).
 */
export function parseDataset(input: unknown): DatasetResult {
  const issues: Issue[] = [];
  const dataset = datasetSchema.check(input, "", issues);
  checkSourcesAndRanges(input, issues);
  if (dataset) checkConsistency(dataset, issues);
  if (issues.length > 0 || !dataset) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, dataset };
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
  walk(input, "", (value, path) => {
    if (path !== "sources" && !path.startsWith("sources[") && typeof value.source === "string" && !sourceIds.has(value.source))
      add(`${path}.source`, `unknown source id "${value.source}" (not in sources)`);
    if (typeof value.low === "number" && typeof value.high === "number" && value.low > value.high)
      add(path, `low (${value.low}) is above high (${value.high})`);
  });
}

/** Checks of a well-shaped dataset: unique ids, bands and ladder in order, states known. */
function checkConsistency(d: Dataset, issues: Issue[]): void {
  const add = (path: string, message: string) => issues.push({ path, message });

  unique("experience.bands", d.experience.bands.map((b) => b.id), add);
  unique("certifications.credentials", d.certifications.credentials.map((c) => c.code), add);
  unique("specialties", d.specialties.flatMap((s) => [s.id, ...(s.aliases ?? [])]), add);
  unique("settings", d.settings.flatMap((s) => [s.id, ...(s.aliases ?? [])]), add);
  unique("roles.ladder", d.roles.ladder.flatMap((r) => [r.id, ...(r.aliases ?? [])]), add);
  unique("states.list", d.states.list.flatMap((s) => [s.code, s.name]), add);
  unique("careers", d.careers.map((c) => c.id), add);

  const bandIds = new Set(d.experience.bands.map((b) => b.id));
  for (const key of ["referenceBand", "nationalSpreadBand"] as const)
    if (!bandIds.has(d.model[key])) add(`model.${key}`, `unknown experience band "${d.model[key]}"`);

  // More experience must never lower pay: bands in order, their medians rising.
  const { low: lowP, high: highP } = d.model.rangePercentiles;
  d.experience.bands.forEach((band, i) => {
    const at = `experience.bands[${band.id}]`;
    if (sigmaOfRange(band.annual.low, band.annual.high, lowP, highP) > MAX_SPREAD)
      add(`${at}.annual`, `read as the ${lowP}th–${highP}th percentile, this range implies an implausibly wide spread of pay`);
    if (band.toYears !== null && band.toYears < band.fromYears) add(`${at}.toYears`, "is below fromYears");
    const previous = d.experience.bands[i - 1];
    if (!previous) return;
    if (band.fromYears <= previous.fromYears) add(`${at}.fromYears`, `must be above the previous band's (${previous.fromYears})`);
    if (band.anchorYears.value <= previous.anchorYears.value)
      add(`${at}.anchorYears`, `must be above the previous band's (${previous.anchorYears.value})`);
    if (band.annual.low * band.annual.high < previous.annual.low * previous.annual.high)
      add(`${at}.annual`, "its median is below the previous band's (pay would fall with experience)");
  });

  // Promotions must never lower pay: experience floors and raises rise along the ladder.
  d.roles.ladder.forEach((role, i) => {
    const previous = d.roles.ladder[i - 1];
    if (!previous) return;
    const at = `roles.ladder[${role.id}]`;
    if ((role.minYears?.value ?? 0) < (previous.minYears?.value ?? 0))
      add(`${at}.minYears`, `must be at least the previous role's (${previous.minYears?.value ?? 0})`);
    if (role.raisesAboveTrack.value < previous.raisesAboveTrack.value)
      add(`${at}.raisesAboveTrack`, `must be at least the previous role's (${previous.raisesAboveTrack.value})`);
  });

  const stateCodes = new Set(d.states.list.map((s) => s.code));
  d.guideStates.forEach((g) => {
    if (!stateCodes.has(g.code)) add(`guideStates[${g.code}].code`, `unknown state "${g.code}" (not in states.list)`);
  });
  for (const side of ["lower", "higher"] as const) {
    const code = d.costOfLivingClaim[side].state;
    if (!stateCodes.has(code)) add(`costOfLivingClaim.${side}.state`, `unknown state "${code}" (not in states.list)`);
  }

  if (d.tax) checkTaxTables(d.tax, stateCodes, add);
}

/** Reports names that collide once case, spaces and punctuation are ignored. */
function unique(path: string, names: string[], add: (path: string, message: string) => void): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = matchKey(name);
    if (seen.has(key)) add(`${path}[${name}]`, `"${name}" is listed twice (ids and aliases must be unique)`);
    seen.add(key);
  }
}

type Node = Record<string, unknown>;

function walk(value: unknown, path: string, visit: (node: Node, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const name = (item as { id?: unknown; code?: unknown } | null)?.id ?? (item as { code?: unknown } | null)?.code;
      walk(item, `${path}[${typeof name === "string" ? name : i}]`, visit);
    });
  } else if (value && typeof value === "object") {
    visit(value as Node, path);
    for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key, visit);
  }
}
