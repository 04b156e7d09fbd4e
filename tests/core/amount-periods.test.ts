import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAmount, parseMoney, parseMoneyPer } from "../../src/core/amount.js";
import { ArgumentError } from "../../src/core/errors.js";

/** Hours a year at 40 hours a week (BLS's full-time year) and at 30. */
const FULL_TIME = 2080;
const THIRTY = 30 * 52;

describe("parseAmount: pay as people write it", () => {
  // Each expected figure is worked by hand from the calendar: 12 months, 24 half-months, 26 fortnights, 52 weeks.
  it.each([
    ["$52,000", 52_000, 52_000, "year"],
    ["52k", 52_000, 52_000, "year"],
    ["52000/yr", 52_000, 52_000, "year"],
    ["52,000 a year", 52_000, 52_000, "year"],
    ["52,000 per year", 52_000, 52_000, "year"],
    ["52,000 annually", 52_000, 52_000, "year"],
    ["4,333/mo", 4_333, 51_996, "month"],
    ["$4,333 a month", 4_333, 51_996, "month"],
    ["4,333 monthly", 4_333, 51_996, "month"],
    ["2,166.50 semimonthly", 2_166.5, 51_996, "semimonth"],
    ["2,000 biweekly", 2_000, 52_000, "biweek"],
    ["2000 every two weeks", 2_000, 52_000, "biweek"],
    ["2000/wk", 2_000, 104_000, "week"],
    ["1,000 a week", 1_000, 52_000, "week"],
    ["24.50/h", 24.5, 50_960, "hour"],
    ["24.50/hr", 24.5, 50_960, "hour"],
    ["24.50 an hour", 24.5, 50_960, "hour"],
    ["24.50 per hour", 24.5, 50_960, "hour"],
    ["$24.50 / hour", 24.5, 50_960, "hour"],
    ["24.50 hourly", 24.5, 50_960, "hour"],
  ])("%s is %s as given and %s a year", (text, value, annual, period) => {
    const a = parseAmount(text, FULL_TIME);
    expect(a.value).toBe(value);
    expect(a.period).toBe(period);
    expect(a.annual).toBe(annual);
    expect(a.basis).toBe(period === "hour" ? "hourly" : "annual");
  });

  it("keeps an hourly rate as given (24.50 is not rounded to 25) and converts it at the hours given", () => {
    const a = parseAmount("24.50/hr", THIRTY);
    expect(a).toMatchObject({ value: 24.5, hourly: 24.5, hoursPerWeek: 30 });
    // 24.50 × 30 hours × 52 weeks
    expect(a.annual).toBe(38_220);
  });

  it("gives a salary's hourly pay at the hours given", () => {
    expect(parseAmount("39,000 a year", 37.5 * 52).hourly).toBe(20);
    expect(parseAmount("52000", FULL_TIME).hourly).toBe(25);
  });

  it.each(["24.50", "5", "999", "999.99", "$500"])("refuses the bare number %s, naming what it likely means", (text) => {
    let error: unknown;
    try {
      parseAmount(text, FULL_TIME);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as Error).message).toMatch(/under \$1,000/);
    expect((error as Error).message).toMatch(/Did you mean .*k \(thousands a year\)/);
  });

  it("suggests an hourly rate for a small bare number and a week's pay for a larger one", () => {
    expect(() => parseAmount("24.50", FULL_TIME)).toThrow(/24\.50\/hr \(an hourly rate\)/);
    expect(() => parseAmount("800", FULL_TIME)).toThrow(/800\/wk \(a week's pay\)/);
  });

  it("accepts 1,000 as a year's pay: the refusal is for bare numbers under it", () => {
    expect(parseAmount("1000", FULL_TIME).annual).toBe(1000);
  });

  it.each(["abc", "-5", "0", "0/hr", "0.50/hr", ".99 an hour", "52kk", "", "$", "1,23,456", "25k/h", "20000000", "52000 a fortnightly", "24.50/day", "5 per minute", "52,000 a yr please"])(
    "refuses %j",
    (text) => {
      expect(() => parseAmount(text, FULL_TIME)).toThrow(ArgumentError);
    },
  );

  it("names the field in its message", () => {
    expect(() => parseAmount("abc", FULL_TIME, "salary")).toThrow(/^salary: not an amount of pay/);
    expect(() => parseAmount("abc", FULL_TIME)).toThrow(/^not an amount of pay: "abc"/);
  });

  it("reads the same pay written per week, fortnight or year as the same year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9_000 }), (weekly) => {
        const week = parseAmount(`${weekly}/wk`, FULL_TIME);
        const fortnight = parseAmount(`${weekly * 2} biweekly`, FULL_TIME);
        const year = parseAmount(`${(weekly * 52).toLocaleString("en-US")} a year`, FULL_TIME);
        expect(fortnight.annual).toBe(week.annual);
        expect(year.annual).toBe(week.annual);
        expect(year.hourly).toBe(week.hourly);
      }),
    );
  });

  it("never gives a higher hourly rate a lower year, at any hours", () => {
    fc.assert(
      fc.property(fc.integer({ min: 800, max: 20_000 }), fc.integer({ min: 800, max: 20_000 }), fc.integer({ min: 1, max: 80 }), (a, b, hours) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const l = parseAmount(`${(low / 100).toFixed(2)}/hr`, hours * 52);
        const h = parseAmount(`${(high / 100).toFixed(2)}/hr`, hours * 52);
        expect(h.annual).toBeGreaterThanOrEqual(l.annual);
      }),
    );
  });
});

describe("parseMoney: a sum paid once", () => {
  it.each([
    ["3000", 3000],
    ["3k", 3000],
    ["$3,000", 3000],
    ["0", 0],
  ])("%s is %s", (text, value) => {
    expect(parseMoney(text)).toBe(value);
  });

  it.each(["24.50/hr", "24.50 an hour", "3000 a month", "3000/yr", "3000 per year", "100 biweekly"])("refuses the pay period in %j", (text) => {
    expect(() => parseMoney(text, "--cost")).toThrow(/--cost: a cost takes no pay period/);
  });
});

describe("parseMoneyPer: a sum paid again and again, as dollars a year", () => {
  it.each([
    ["600", "year", 600],
    ["600/yr", "year", 600],
    ["50/mo", "year", 600],
    ["25 biweekly", "year", 650],
    ["120", "month", 1440],
    ["55 biweekly", "month", 1430],
    ["0", "month", 0],
  ] as const)("%s (a bare number per %s) is %s a year", (text, bare, annual) => {
    expect(parseMoneyPer(text, "--x", bare)).toBe(annual);
  });

  it("refuses an hourly sum and text that is not money", () => {
    expect(() => parseMoneyPer("10/hr", "--remote-stipend")).toThrow(/--remote-stipend: this is not paid by the hour/);
    expect(() => parseMoneyPer("lots", "--remote-stipend")).toThrow(ArgumentError);
  });
});
