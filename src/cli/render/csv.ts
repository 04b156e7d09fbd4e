import type { Estimate } from "../../core/estimate.js";
import { csvLine } from "../batch/csv.js";
import { PROFILE_OPTIONS } from "../options/profile.js";

const COLUMNS = ["line", ...PROFILE_OPTIONS.map((o) => o.columns[0]), "low", "median", "high", "p10", "p25", "p50", "p75", "p90", "confidence", "error"];

/** The header of `estimate --format csv`, one row per profile (per record in a batch): the fixed columns, then a batch's input columns carried through. */
export function estimateCsvHeader(extra: readonly string[] = []): string {
  return csvLine([...COLUMNS, ...extra]);
}

/** certifications: codes joined by ";", "none" for none, empty when not given. */
const credentialsCell = (codes: readonly string[] | null) => (codes === null ? "" : codes.length === 0 ? "none" : codes.join(";"));

export function estimateCsvRow(line: number | null, e: Estimate): string {
  const i = e.input;
  const p = e.percentiles;
  return csvLine([
    line,
    i.experienceYears,
    credentialsCell(i.certifications),
    i.specialty,
    i.state,
    i.setting,
    i.remote,
    i.role,
    e.annual.low,
    e.annual.median,
    e.annual.high,
    p.p10,
    p.p25,
    p.p50,
    p.p75,
    p.p90,
    e.confidence.level,
    "",
  ]);
}

/** A record that failed: the fields as given (where they are plain values), the error, and the columns carried through. */
export function errorCsvRow(line: number, fields: unknown, error: { code: string; message: string }, extra: readonly string[] = []): string {
  const given = fields && typeof fields === "object" && !Array.isArray(fields) ? (fields as Record<string, unknown>) : {};
  const cell = (v: unknown) => (Array.isArray(v) ? v.join(";") : typeof v === "object" || v === undefined ? "" : String(v));
  return csvLine([line, ...PROFILE_OPTIONS.map((o) => cell(given[o.field])), "", "", "", "", "", "", "", "", "", `${error.code}: ${error.message}`, ...extra]);
}
