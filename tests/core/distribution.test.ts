import { describe, expect, it } from "vitest";
import { medianOfRange, normalCdf, normalQuantile, percentileOf, percentileValue, sigmaOfRange } from "../../src/core/distribution.js";

describe("distribution", () => {
  it.each([
    [0.5, 0],
    [0.75, 0.6744897502],
    [0.9, 1.2815515655],
    [0.1, -1.2815515655],
    [0.01, -2.326347874],
  ])("normalQuantile(%s) = %s", (p, z) => expect(normalQuantile(p)).toBeCloseTo(z, 7));

  it("normalCdf inverts normalQuantile", () => {
    for (const p of [0.001, 0.05, 0.25, 0.5, 0.8, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
  });

  it("rejects probabilities outside (0, 1)", () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });

  it("reads a range as 25th-75th percentiles of a log-normal", () => {
    const sigma = sigmaOfRange(45_000, 60_000, 25, 75);
    const median = medianOfRange(45_000, 60_000);
    expect(percentileValue(median, sigma, 25)).toBeCloseTo(45_000, 6);
    expect(percentileValue(median, sigma, 75)).toBeCloseTo(60_000, 6);
    expect(percentileOf(60_000, median, sigma)).toBeCloseTo(75, 4);
  });
});
