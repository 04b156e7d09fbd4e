import { describe, expect, it } from "vitest";
import { closest, editDistance, matchKey } from "../../src/core/match.js";

describe("matching names", () => {
  it("ignores case, spaces and punctuation", () => {
    expect(matchKey("Risk Adjustment")).toBe(matchKey("risk-adjustment"));
    expect(matchKey("N.Y.")).toBe("ny");
  });

  it.each([
    ["texsa", "texas", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
    ["same", "same", 0],
  ])("editDistance(%s, %s) = %s", (a, b, n) => expect(editDistance(a, b)).toBe(n));

  const states = [
    { names: ["TX", "Texas"], value: "TX" },
    { names: ["TN", "Tennessee"], value: "TN" },
    { names: ["CA", "California"], value: "CA" },
  ];

  it("suggests a near miss or a prefix, and nothing far off", () => {
    expect(closest("Texsa", states)).toBe("TX");
    expect(closest("tenn", states)).toBe("TN");
    expect(closest("Kalifornia", states)).toBe("CA");
    expect(closest("Oregon", states)).toBeUndefined();
    expect(closest("", states)).toBeUndefined();
  });
});
