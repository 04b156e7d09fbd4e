import { parseAmount, WEEKS_PER_YEAR } from "../../core/amount.js";
import type { OfferTerms } from "../../core/compensation.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { CodingSalaryError, ProfileError, shown } from "../../core/errors.js";
import { matchKey } from "../../core/match.js";
import { MAX_OFFERS, MIN_OFFERS, type OfferOption } from "../../core/offers.js";
import { normalizeProfile, type ProfileInput } from "../../core/profile.js";
import { UsageError } from "../errors.js";
import { termNamed, termValue, TERM_OPTIONS } from "../options/offer-terms.js";
import { fieldOfColumn, optionOf } from "../options/profile.js";
import { quote } from "../text.js";

/**
 * Offers as `coding-salary offers` reads them: the short form on the command line, or the
 * objects of a JSON file or the rows of a CSV file. Every key is read the same way in all
 * three, case, spaces, hyphens and underscores aside: `label`, `amount` (or `hourly`), the
 * offer's own profile fields (`state`, `remote`, `setting`, `specialty`, `role`) and its
 * terms (`hours`, `bonus`, `sign-on`, `match`, `health`, `pto` … as the flags).
 */

const LABEL = ["label", "name", "employer", "company", "job"];
const AMOUNT = ["amount", "salary", "pay", "offer", "base", "annual", "annualSalary"];
const HOURLY = ["hourly", "hourlyRate", "rate"];
const has = (names: readonly string[], key: string) => names.some((n) => matchKey(n) === matchKey(key));

/** One offer's fields as given (text, numbers, booleans), before they are read. */
type Given = Record<string, unknown>;

/** Reads one offer's fields; `where` names it in messages ("offer 2"). */
function offerFrom(given: Given, where: string, defaults: OfferTerms, d: Dataset): OfferOption {
  let label: string | undefined;
  let amount: string | number | undefined;
  const profile: Record<string, unknown> = {};
  const terms: Record<string, unknown> = { ...defaults };
  const fail = (message: string, hint?: string): never => {
    throw new UsageError(`${where}: ${message}`, hint);
  };
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined || value === null || value === "") continue;
    if (has(LABEL, key)) label = typeof value === "string" ? value.trim() : String(value);
    else if (has(AMOUNT, key) || has(HOURLY, key)) {
      if (amount !== undefined) fail("give one amount (amount, salary or hourly)");
      if (typeof value !== "string" && typeof value !== "number") fail(`${key} must be text or a number, got ${shown(value)}`);
      amount = has(HOURLY, key) && (typeof value === "number" || /^[\s$\d.,]+$/.test(value as string)) ? `${String(value).trim()}/hr` : (value as string | number);
    } else {
      const field = fieldOfColumn(key);
      const term = field ? undefined : termNamed(key);
      if (field) profile[field] = typeof value === "string" ? optionOf(field)?.fromCell(value.trim()) : value;
      else if (term) {
        try {
          terms[term.key] = termValue(term, value);
        } catch (error) {
          if (error instanceof CodingSalaryError) fail(error.message);
          throw error;
        }
      } else
        fail(
          `unknown key ${quote(key)}`,
          `Keys: label, amount (or hourly), state, remote, setting, specialty, role, ${TERM_OPTIONS.map((t) => t.flag.slice(2)).join(", ")}`,
        );
    }
  }
  if (amount === undefined) return fail("no amount", "Give each offer an amount: 52k, 4,333/mo, 24.50/hr …");
  const offer: OfferOption = { label: label ?? where, amount, profile: profile as ProfileInput, terms: terms as OfferTerms };
  // Checked here, so a mistake names the offer it is in.
  try {
    const hours = ((terms.hoursPerWeek as number | undefined) ?? d.model.hoursPerYear.value / WEEKS_PER_YEAR) * WEEKS_PER_YEAR;
    parseAmount(String(amount), hours);
    normalizeProfile(profile, d);
  } catch (error) {
    if (error instanceof ProfileError) fail(`${error.message}${error.suggestion ? `. Did you mean ${error.suggestion}?` : ""}`, `Allowed for ${optionOf(error.field)?.flag.slice(2) ?? error.field}: ${error.allowed}`);
    if (error instanceof CodingSalaryError) fail(error.message);
    throw error;
  }
  return offer;
}

/** A comma that separates items: not one grouping thousands ("52,000", "4,333/mo"). */
const SEPARATOR = /,(?!\d{3}(?!\d))/;

/**
 * The short form: `[label:] amount[, item]...`, an item being `key=value`, `remote`,
 * `on-site`, or a state (code or name) — e.g. `"Hospital: 52k, OH, bonus=2000"` or
 * `"Remote payer: 24.50/hr, TX, remote, hours=32, match=50:6"`.
 */
export function shortOffer(text: string, index: number, defaults: OfferTerms, d: Dataset): OfferOption {
  const where = `offer ${index + 1}`;
  const parts = text.split(SEPARATOR).map((p) => p.trim());
  const given: Given = {};
  // "label: amount" or "label: key=value" first; without a label, the amount (or an item) first.
  const first = parts[0] ?? "";
  const colon = first.indexOf(":");
  const eq = first.indexOf("=");
  if (colon > 0 && (eq === -1 || colon < eq)) {
    given.label = first.slice(0, colon).trim();
    parts[0] = first.slice(colon + 1).trim();
  }
  if (parts[0] !== undefined && !parts[0].includes("=")) given.amount = parts.shift();
  for (const part of parts) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq > 0) {
      given[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
      continue;
    }
    const key = matchKey(part);
    if (key === "remote") given.remote = "true";
    else if (key === "onsite") given.remote = "false";
    else if (d.states.list.some((s) => matchKey(s.code) === key || matchKey(s.name) === key)) given.state = part;
    else if (d.settings.some((s) => matchKey(s.id) === key || s.aliases?.some((a) => matchKey(a) === key))) given.setting = part;
    else
      throw new UsageError(
        `${where}: ${quote(part)} is not an item of an offer`,
        "Write an offer as '[label:] amount, item, …', items being key=value (hours=32, bonus=2000, match=50:6), remote, on-site, or a state: e.g. 'Hospital: 52k, OH, bonus=2000'",
      );
  }
  return offerFrom(given, where, defaults, d);
}

/** Offers from a JSON file's text: an array of objects, `{"offers": [...]}`, or one object a line (JSON Lines). */
export function jsonOffers(text: string, file: string, defaults: OfferTerms, d: Dataset): OfferOption[] {
  let list: unknown;
  try {
    const parsed: unknown = JSON.parse(text);
    list = Array.isArray(parsed) ? parsed : parsed && typeof parsed === "object" ? (parsed as { offers?: unknown }).offers : undefined;
  } catch (error) {
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    try {
      list = lines.length > 1 ? lines.map((l) => JSON.parse(l) as unknown) : undefined;
    } catch {
      list = undefined;
    }
    if (list === undefined) throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`, 'Give an array of offers, {"offers": [...]}, or one offer object a line.');
  }
  if (!Array.isArray(list)) throw new UsageError(`${file}: expected an array of offers, {"offers": [...]}, or one offer object a line`);
  counted(list.length, file);
  return list.map((item, i) => {
    if (!item || typeof item !== "object" || Array.isArray(item)) throw new UsageError(`${file}: offer ${i + 1} must be an object, got ${shown(item)}`);
    return offerFrom(item as Given, `offer ${i + 1}`, defaults, d);
  });
}

/** Offers from a CSV file's rows (a header row of keys first). */
export function csvOffers(rows: readonly (readonly string[])[], file: string, defaults: OfferTerms, d: Dataset): OfferOption[] {
  const [header, ...body] = rows;
  if (!header) throw new UsageError(`${file} is empty`, "Give a header row (label,amount,state,…) and one offer a row.");
  const offers = body.filter((r) => r.some((c) => c.trim() !== ""));
  counted(offers.length, file);
  return offers.map((row, i) => {
    if (row.length > header.length) throw new UsageError(`${file}: offer ${i + 1} has ${row.length} fields; the header has ${header.length}`);
    return offerFrom(Object.fromEntries(header.map((h, j) => [h.trim(), (row[j] ?? "").trim()])), `offer ${i + 1}`, defaults, d);
  });
}

/** 2 to 5 offers, or a usage error saying how many were given. */
export function counted(n: number, where: string): void {
  if (n < MIN_OFFERS || n > MAX_OFFERS) throw new UsageError(`${where}: ${n} offer${n === 1 ? "" : "s"} given; offers compares ${MIN_OFFERS} to ${MAX_OFFERS}`);
}
