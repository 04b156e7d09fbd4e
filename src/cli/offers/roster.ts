import type { OfferTerms } from "../../core/compensation.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { ArgumentError } from "../../core/errors.js";
import { matchKey } from "../../core/match.js";
import { assessOffer } from "../../core/offer.js";
import { PROFILE_FIELDS } from "../../core/profile.js";
import { csvLine } from "../batch/csv.js";
import { PROFILE_COLUMNS, type CsvColumns } from "../batch/records.js";
import type { RecordHandler } from "../batch/run-batch.js";
import { termNamed, termValue } from "../options/offer-terms.js";
import { fieldOfColumn, PROFILE_OPTIONS } from "../options/profile.js";
import { OFFER_CSV_COLUMNS, offerCsvCells, type Value } from "../render/csv-tables.js";
import { offerDocument } from "../render/json.js";

/** Column names of a roster's pay: a salary (any period a salary is written in) or an hourly rate. */
const SALARY = ["salary", "annualSalary", "baseSalary", "base", "amount", "offer", "pay", "annualPay", "wage", "annual"];
const HOURLY = ["hourly", "hourlyRate", "hourlyWage", "hourlyPay", "rate", "payRate"];
const PAY = new Map<string, "salary" | "hourly">([...SALARY.map((n) => [matchKey(n), "salary"] as const), ...HOURLY.map((n) => [matchKey(n), "hourly"] as const)]);

type Key = { kind: "profile" | "pay" | "term"; key: string } | { kind: "extra"; key: string };

/** What a roster column or a JSON key names: a profile field, the pay, an offer term, or something to carry through. */
function keyOf(name: string): Key {
  const field = fieldOfColumn(name);
  if (field) return { kind: "profile", key: field };
  const pay = PAY.get(matchKey(name));
  if (pay) return { kind: "pay", key: pay };
  const term = termNamed(name);
  if (term) return { kind: "term", key: term.key };
  return { kind: "extra", key: name };
}

const text = (value: string) => value;

interface Split {
  profile: Record<string, unknown>;
  pay: { salary?: unknown; hourly?: unknown };
  terms: Record<string, unknown>;
  extra: Record<string, string | number>;
}

/** A record's keys sorted into the profile, the pay, the terms and the columns carried through. */
function split(fields: unknown): Split {
  if (!fields || typeof fields !== "object" || Array.isArray(fields))
    throw new ArgumentError("invalid-argument", "a roster record must be an object of columns (a salary or hourly rate and the profile)", "record", fields);
  const out: Split = { profile: {}, pay: {}, terms: {}, extra: {} };
  for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
    const k = keyOf(name);
    if (k.kind === "profile") out.profile[k.key] = value;
    else if (k.kind === "pay") out.pay[k.key as "salary" | "hourly"] = value;
    else if (k.kind === "term") out.terms[k.key] = value;
    else if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) out.extra[name] = value;
    else if (value !== null && value !== undefined) out.extra[name] = JSON.stringify(value);
  }
  return out;
}

/** The pay as `offer` reads it: a salary as written, an hourly column's bare number as an hourly rate. */
function amountOf(pay: Split["pay"]): string | number {
  const given = (v: unknown) => v !== undefined && v !== null && v !== "";
  if (given(pay.salary) && given(pay.hourly))
    throw new ArgumentError("invalid-amount", "the record gives both a salary and an hourly rate: keep one", "salary", pay);
  if (given(pay.hourly)) {
    const v = pay.hourly;
    if (typeof v === "number") return `${v}/hr`;
    if (typeof v === "string") return /^[\s$\d.,]+$/.test(v) ? `${v.trim()}/hr` : v;
  } else if (given(pay.salary)) {
    const v = pay.salary;
    if (typeof v === "number" || typeof v === "string") return v;
  } else throw new ArgumentError("invalid-amount", `no pay: give a salary (${SALARY.slice(0, 3).join(", ")} …) or an hourly rate (${HOURLY.slice(0, 2).join(", ")} …)`, "salary", undefined);
  throw new ArgumentError("invalid-amount", "the salary or hourly rate must be text or a number", "salary", pay);
}

/** A roster's CSV columns: the profile's, the pay and the offer terms (each read as text, so a bad cell is that record's error). */
const ROSTER_COLUMNS: CsvColumns = {
  columnOf(name) {
    const k = keyOf(name);
    if (k.kind === "extra") return undefined;
    if (k.kind === "profile") return PROFILE_COLUMNS.columnOf(name);
    return { key: name, fromCell: text };
  },
  near: (name) => PROFILE_COLUMNS.near(name),
  noun: "profile, pay or offer-term column",
  allowed: `A salary (${SALARY.slice(0, 3).join(", ")} …) or hourly rate (${HOURLY.slice(0, 2).join(", ")} …) column, offer terms (hours, bonus, match …) and profile columns; other columns are carried through to the output.`,
};

/**
 * Scores every record of a roster (`offer --input`): the pay in a salary or hourly column
 * (`hours` and other offer terms in their own columns, flags as defaults), the profile in its
 * columns. Any other CSV column is carried through by the batch (under `fields` in JSON, at
 * the end of the CSV row); a JSON Lines record's other keys go under `fields` too.
 */
export function rosterHandler(dataset: Dataset, defaults: OfferTerms): RecordHandler {
  const profileColumns = PROFILE_OPTIONS.map((o) => o.columns[0] as string);
  const profileCells = (p: Record<string, unknown>): Value[] =>
    PROFILE_FIELDS.map((f) => {
      const v = p[f];
      if (Array.isArray(v)) return v.length ? v.join(";") : "none";
      return typeof v === "object" || v === undefined ? "" : (v as Value);
    });
  return {
    csvColumns: ROSTER_COLUMNS,
    csvHeader: (carried) => csvLine(["line", ...profileColumns, ...OFFER_CSV_COLUMNS, "error", ...carried]),
    line(fields, json) {
      const s = split(fields);
      const terms: Record<string, unknown> = { ...defaults };
      for (const [key, value] of Object.entries(s.terms)) {
        const term = termNamed(key);
        if (term && value !== undefined && value !== null && value !== "") terms[key] = termValue(term, value);
      }
      const result = assessOffer(amountOf(s.pay), s.profile, dataset, terms as OfferTerms);
      const doc = offerDocument(result, dataset);
      if (json) return `${JSON.stringify(Object.keys(s.extra).length ? { fields: s.extra, ...doc } : doc).slice(1)}\n`;
      const input = doc.input as unknown as Record<string, unknown>;
      return `,${csvLine([...profileCells(input), ...offerCsvCells(doc), ""]).slice(0, -1)}`;
    },
    unread(fields) {
      try {
        const { extra } = split(fields);
        return Object.keys(extra).length ? extra : undefined;
      } catch {
        return undefined;
      }
    },
    errorCsvRow(line, error, fields, carried) {
      let profile: Record<string, unknown> = {};
      try {
        profile = split(fields).profile;
      } catch {
        // Not an object: no profile to show.
      }
      const blanks = Array.from({ length: OFFER_CSV_COLUMNS.length }, () => "");
      return csvLine([line, ...profileCells(profile), ...blanks, `${error.code}: ${error.message}`, ...(carried ?? [])]);
    },
  };
}
