import { ArgumentError, shown } from "./errors.js";
import { round } from "./round.js";

/** How often an amount is paid: the period it is written per. */
export type PayPeriod = "year" | "month" | "semimonth" | "biweek" | "week" | "hour";

export interface Amount {
  /** The figure as written, in dollars ("24.50/hr" is 24.5, "4,333/mo" is 4333, "52k" is 52000). */
  value: number;
  /** The period it was written per; a bare number is a year. */
  period: PayPeriod;
  /** What it is compared with: an hourly amount with hourly pay, any other with annual pay. */
  basis: "annual" | "hourly";
  /** Hours a week it was converted at. */
  hoursPerWeek: number;
  /** Whole dollars a year at those hours. */
  annual: number;
  /** Dollars an hour at those hours: the figure itself for an hourly amount, otherwise to the cent. */
  hourly: number;
}

/** A year's weeks, months, half-months and fortnights: the calendar conventions payrolls use. */
export const WEEKS_PER_YEAR = 52;
const TIMES_A_YEAR: Record<Exclude<PayPeriod, "hour">, number> = { year: 1, month: 12, semimonth: 24, biweek: 26, week: WEEKS_PER_YEAR };

/** Above this, a number is a typo, not pay. */
const MAX_ANNUAL = 10_000_000;

/** A bare number below this cannot be a year's pay: it is refused rather than read as one. */
const MIN_BARE_ANNUAL = 1000;

/** Each period's spellings after the number, lower case with single spaces ("" is a bare number). */
const SPELLINGS: Record<PayPeriod, readonly string[]> = {
  hour: ["/h", "/hr", "/hrs", "/hour", "an hour", "a hour", "per hour", "hourly", "ph"],
  week: ["/w", "/wk", "/week", "a week", "per week", "weekly"],
  biweek: ["/2wk", "/2 weeks", "biweekly", "bi-weekly", "every 2 weeks", "every two weeks", "every other week", "per fortnight"],
  semimonth: ["semimonthly", "semi-monthly", "twice a month", "twice monthly"],
  month: ["/mo", "/mon", "/month", "a month", "per month", "monthly"],
  year: ["/y", "/yr", "/year", "/annum", "a year", "per year", "per annum", "annually", "yearly", "annual", "pa"],
};
const PERIOD_OF = new Map<string, PayPeriod>(Object.entries(SPELLINGS).flatMap(([period, words]) => words.map((w) => [w, period as PayPeriod] as const)));

/** `$`, a number (thousands grouped by commas, or not), an optional `k`, and whatever follows. */
const FORM = /^\$?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(k(?![a-z]))?\s*(.*)$/i;

const EXAMPLES = "52000, 52k, $52,000, 52,000 a year, 4,333/mo, 2000/wk, 1,000 biweekly or 24.50/hr";

interface Written {
  value: number;
  period: PayPeriod | null;
  thousands: boolean;
}

/** The number and the period of a written amount; null when it is not one. */
function read(text: string): Written | null {
  const match = FORM.exec(text.trim());
  if (!match) return null;
  const [, digits = "", k, rest = ""] = match;
  const words = rest.toLowerCase().replace(/\s+/g, " ").replace(/^\/ /, "/").trim();
  const period = words === "" ? null : PERIOD_OF.get(words);
  if (period === undefined) return null;
  return { value: Number(digits.replace(/,/g, "")) * (k ? 1000 : 1), period, thousands: k !== undefined };
}

/** The text with a period added: "24.50" → "24.50/hr". */
const withPeriod = (text: string, suffix: string) => `${text.trim().replace(/^\$\s*/, "")}${suffix}`;

/**
 * Reads pay as people write it: a bare number or `/yr`, `a year` (a year's pay); `/mo`,
 * `monthly`; `semimonthly`; `biweekly`; `/wk`, `weekly`; `/hr`, `an hour`, `per hour` (an
 * hourly rate); with `$`, thousands commas and `k` as wanted. Converted at `hoursPerYear`
 * (hours a week × 52): an hourly rate times those hours, a week's pay × 52, a fortnight's × 26,
 * a half-month's × 24, a month's × 12. A bare number under $1,000 cannot be a year's pay and is
 * refused with the likely meaning; so is anything else that is not an amount of pay.
 */
export function parseAmount(text: string, hoursPerYear: number, field = "amount"): Amount {
  // The offer's own amount needs no name; a flag's or a column's is named.
  const named = field === "amount" ? "" : `${field}: `;
  const fail = (why: string, hint = `Write it like ${EXAMPLES}.`) => new ArgumentError("invalid-amount", `${named}${why}: ${shown(text)}. ${hint}`, field, text);
  if (!(Number.isFinite(hoursPerYear) && hoursPerYear > 0)) throw new ArgumentError("invalid-argument", `hours a year must be more than zero, got ${shown(hoursPerYear)}`, "hours", hoursPerYear);
  const written = read(text);
  if (!written) throw fail("not an amount of pay");
  const { value, period, thousands } = written;
  if (!(value > 0)) throw fail("the amount must be more than zero");
  // Under a dollar would show as $0 or $1: no pay is written that way.
  if (value < 1) throw fail("the amount must be at least $1");
  if (period === "hour" && thousands) throw fail("an hourly rate in thousands is not pay");
  if (period === null && value < MIN_BARE_ANNUAL) {
    const guesses = [value <= 300 && `${withPeriod(text, "/hr")} (an hourly rate)`, value >= 100 && `${withPeriod(text, "/wk")} (a week's pay)`, `${withPeriod(text, "k")} (thousands a year)`];
    throw fail("a bare number under $1,000 cannot be a year's pay", `Did you mean ${guesses.filter(Boolean).join(" or ")}?`);
  }
  const hoursPerWeek = hoursPerYear / WEEKS_PER_YEAR;
  const amount =
    period === "hour"
      ? { value, period, basis: "hourly" as const, hoursPerWeek, annual: Math.round(value * hoursPerYear), hourly: value }
      : (() => {
          const exact = value * TIMES_A_YEAR[period ?? "year"];
          return { value, period: period ?? ("year" as const), basis: "annual" as const, hoursPerWeek, annual: Math.round(exact), hourly: round(exact / hoursPerYear, 2) };
        })();
  if (amount.annual > MAX_ANNUAL) throw fail("the amount is too large to be pay");
  return amount;
}


/**
 * A sum paid once (a course's cost, a sign-on bonus): `3000`, `3k`, `$3,000`, `0`. A pay
 * period (`/hr`, `a month` …) is refused: a one-time sum has none. `what` names it in the message.
 */
export function parseMoney(text: string, field = "cost", what = "a cost"): number {
  const written = read(text);
  if (!written || written.period !== null)
    throw new ArgumentError(
      "invalid-amount",
      `${field}: ${written ? `${what} takes no pay period` : "not an amount of money"}: ${shown(text)} (write it like 3000, 3k or $3,000)`,
      field,
      text,
    );
  if (written.value > MAX_ANNUAL) throw new ArgumentError("invalid-amount", `${field}: the amount is too large: ${shown(text)}`, field, text);
  return written.value;
}

/**
 * A sum paid again and again (a stipend, an allowance, a premium), as dollars a year: `600`
 * or `600/yr` a year, `50/mo`, `25 biweekly`, `0`; a bare number is per `bare` (a year unless
 * said). Hourly sums are refused: these are not paid by the hour.
 */
export function parseMoneyPer(text: string, field: string, bare: Exclude<PayPeriod, "hour"> = "year"): number {
  const written = read(text);
  const fail = (why: string) =>
    new ArgumentError("invalid-amount", `${field}: ${why}: ${shown(text)} (write it like 600, 600/yr, 50/mo, 25 biweekly or 0; a bare number is ${bare === "year" ? "a year" : `per ${bare}`})`, field, text);
  if (!written) throw fail("not an amount of money");
  if (written.period === "hour") throw fail("this is not paid by the hour");
  const annual = written.value * TIMES_A_YEAR[written.period ?? bare];
  if (annual > MAX_ANNUAL) throw fail("the amount is too large");
  return round(annual, 2);
}
