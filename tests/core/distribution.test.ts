import { describe, expect, it } from "vitest";
import { meanValue, normalCdf, normalQuantile, percentileOf, percentileValue, shapeOf } from "../../src/core/distribution.js";

/** A published table of percentiles (the fixture's round figures): the shape must give them back exactly. */
const table = { p10: 40_000, p25: 45_000, p50: 50_000, p75: 60_000, p90: 80_000 };
const shape = shapeOf(table);
const nation = { width: 1, skew: 1 };

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

  it("gives back the published percentiles at the nation's spread, and reads them back", () => {
    for (const [p, value] of [[10, 40_000], [25, 45_000], [50, 50_000], [75, 60_000], [90, 80_000]] as const) {
      expect(percentileValue(50_000, shape, nation, p)).toBeCloseTo(value, 6);
      expect(percentileOf(value, 50_000, shape, nation)).toBeCloseTo(p, 4);
    }
  });

  it("keeps the published right skew: the 90th percentile further above the median than the 10th below", () => {
    expect(80_000 / 50_000).toBeGreaterThan(50_000 / 40_000);
    expect(percentileValue(50_000, shape, nation, 95) / 50_000).toBeGreaterThan(50_000 / percentileValue(50_000, shape, nation, 5));
  });

  it("narrows with the width and loses skew with the skew factor", () => {
    // At width ½ and no skew the 10th and 90th percentiles sit symmetrically: the symmetric part of
    // ln(80,000/50,000) and ln(40,000/50,000) is ½(0.47000 + 0.22314) = 0.34657, halved: 0.17329.
    const narrow = { width: 0.5, skew: 0 };
    expect(Math.log(percentileValue(50_000, shape, narrow, 90) / 50_000)).toBeCloseTo(0.17329, 4);
    expect(Math.log(50_000 / percentileValue(50_000, shape, narrow, 10))).toBeCloseTo(0.17329, 4);
    expect(percentileOf(percentileValue(50_000, shape, narrow, 75), 50_000, shape, narrow)).toBeCloseTo(75, 4);
  });

  it("its mean lies above its median, as a right-skewed pay distribution's does", () => {
    const mean = meanValue(50_000, shape, nation);
    expect(mean).toBeGreaterThan(50_000);
    expect(mean).toBeLessThan(60_000);
  });
});
