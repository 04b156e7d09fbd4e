import { describe, expect, it } from "vitest";
import { parseAmount } from "../../src/core/amount.js";
import { ArgumentError } from "../../src/core/errors.js";

describe("parseAmount", () => {
  it.each([
    ["52000", 52_000, "annual"],
    ["52k", 52_000, "annual"],
    ["52K", 52_000, "annual"],
    ["$52,000", 52_000, "annual"],
    ["52,000/yr", 52_000, "annual"],
    ["$52.5k", 52_500, "annual"],
    ["24.50/h", 50_960, "hourly"],
    ["24.50/hr", 50_960, "hourly"],
    ["$25 / hour", 52_000, "hourly"],
  ])("%s is %s a year (%s)", (text, annual, basis) => {
    const amount = parseAmount(text, 2080);
    expect(amount.annual).toBe(annual);
    expect(amount.basis).toBe(basis);
    expect(amount.hourly).toBeCloseTo(annual / 2080, 2);
  });

  it.each(["abc", "-5", "0", "52kk", "", "$", "1,23,456", "25k/h", "20000000"])("rejects %j", (text) => {
    expect(() => parseAmount(text, 2080)).toThrow(ArgumentError);
  });
});
