import { describe, expect, it } from "vitest";
import { cents, dollars, multiplier, signedDollars, signedPercent, years } from "../../src/cli/render/format.js";

describe("text forms of figures", () => {
  it.each([
    [0, "$0"],
    [999, "$999"],
    [54_397, "$54,397"],
    [1_234_567, "$1,234,567"],
    [-5_012, "−$5,012"],
    [1234.6, "$1,235"],
  ])("dollars(%s) = %s", (n, text) => expect(dollars(n)).toBe(text));

  it("writes cents, signed dollars, multipliers, percentages and years", () => {
    expect(cents(26.1)).toBe("$26.10");
    expect(cents(1234.5)).toBe("$1,234.50");
    expect(signedDollars(4147)).toBe("+$4,147");
    expect(signedDollars(-5012)).toBe("−$5,012");
    expect(signedDollars(0)).toBe("$0");
    expect(multiplier(1.0825)).toBe("×1.083");
    expect(signedPercent(0.125)).toBe("+12.5%");
    expect(signedPercent(-0.03)).toBe("−3.0%");
    expect(years(1)).toBe("1 year");
    expect(years(2.5)).toBe("2.5 years");
  });
});
