import { ArgumentError, shown } from "./errors.js";

export interface Amount {
  /** Dollars a year (an hourly amount converted at the dataset's hours per year). */
  annual: number;
  /** Dollars an hour. */
  hourly: number;
  /** How it was written. */
  basis: "annual" | "hourly";
}

/** Above this, a number is a typo, not pay. */
const MAX_ANNUAL = 10_000_000;

const FORM = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(k)?\s*(?:\/\s*(h|hr|hour|y|yr|year))?$/i;

/**
 * Reads an amount of pay as people write it: `52000`, `52k`, `$52,000`, `52,000/yr`, and
 * hourly `24.50/h` or `24.50/hr`. Throws an `ArgumentError` for anything else, or for zero.
 */
export function parseAmount(text: string, hoursPerYear: number, field = "amount"): Amount {
  const match = FORM.exec(text.trim());
  const fail = (why: string) =>
    new ArgumentError(
      "invalid-amount",
      `${why}: ${JSON.stringify(text)} (write it like 52000, 52k, $52,000 or 24.50/h)`,
      field,
      text,
    );
  if (!match) throw fail(`not an amount of pay`);
  const [, whole = "", fraction, thousands, per] = match;
  let value = Number(`${whole.replace(/,/g, "")}${fraction ? `.${fraction}` : ""}`);
  if (thousands) value *= 1000;
  if (!(value > 0)) throw fail("the amount must be more than zero");
  // Under a dollar would round to $0 (or $1): no pay is written that way.
  if (value < 1) throw fail("the amount must be at least $1");
  if (value > MAX_ANNUAL) throw fail("the amount is too large to be pay");
  const hourly = per !== undefined && per.toLowerCase().startsWith("h");
  if (hourly && thousands) throw fail("an hourly amount in thousands is not pay");
  return hourly
    ? { annual: Math.round(value * hoursPerYear), hourly: round2(value), basis: "hourly" }
    : { annual: Math.round(value), hourly: round2(value / hoursPerYear), basis: "annual" };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * A sum of money that is not pay (a course's cost): `3000`, `3k`, `$3,000`, `0`. A pay period
 * (`/hr`, `/yr`) is refused: a cost is paid once.
 */
export function parseMoney(text: string, field = "cost"): number {
  const trimmed = text.trim();
  const match = FORM.exec(trimmed);
  if (!match || match[4] !== undefined)
    throw new ArgumentError(
      "invalid-amount",
      `${match ? "a cost takes no pay period" : "not an amount of money"}: ${shown(text)} (write it like 3000, 3k or $3,000)`,
      field,
      text,
    );
  const [, whole = "", fraction, thousands] = match;
  const value = Number(`${whole.replace(/,/g, "")}${fraction ? `.${fraction}` : ""}`) * (thousands ? 1000 : 1);
  if (value > MAX_ANNUAL) throw new ArgumentError("invalid-amount", `the amount is too large: ${shown(text)}`, field, text);
  return value;
}
