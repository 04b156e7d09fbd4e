import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimate } from "../../src/core/estimate.js";
import { assessOffer } from "../../src/core/offer.js";

const profile = { experienceYears: 4, state: "TX" };

describe("assessOffer", () => {
  it("puts the median at the 50th percentile, within the range", () => {
    const e = estimate(profile);
    const o = assessOffer(e.annual.median, profile);
    expect(o.percentile).toBe(50);
    expect(o.verdict).toBe("within");
    expect(o.gap).toEqual({ annual: 0, hourly: 0, percent: 0 });
    expect(Object.is(o.gap.hourly, 0)).toBe(true); // not −0, which JSON and tables would show as "-0"
    expect(assessOffer(e.annual.low, profile).percentile).toBe(25);
    expect(assessOffer(e.annual.high, profile).percentile).toBe(75);
  });

  it("says below and asks for the median when the offer is under the range", () => {
    const o = assessOffer("30k", profile);
    expect(o.verdict).toBe("below");
    expect(o.counter.basis).toBe("median");
    expect(o.counter.annual).toBeGreaterThanOrEqual(o.estimate.annual.median);
    expect(o.counter.annual % 500).toBe(0);
    expect(o.gap.annual).toBe(30_000 - o.estimate.annual.median);
  });

  it("aims at the top of the typical range from the median up, and takes an offer above it", () => {
    const e = estimate(profile);
    const within = assessOffer(e.annual.median + 1000, profile);
    expect(within.counter).toMatchObject({ basis: "high", annual: Math.ceil(e.annual.high / 500) * 500 });
    const above = assessOffer(e.annual.high + 1000, profile);
    expect(above.verdict).toBe("above");
    expect(above.counter).toMatchObject({ basis: "offer", annual: e.annual.high + 1000 });
  });

  it("converts hourly offers at 2,080 hours", () => {
    expect(assessOffer("25/h", profile).offer).toEqual({ value: 25, period: "hour", basis: "hourly", hoursPerWeek: 40, annual: 52_000, hourly: 25 });
  });

  it("never gives a higher offer a lower percentile, nor a counter below the offer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 400_000 }), fc.integer({ min: 1_000, max: 400_000 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const pl = assessOffer(low, profile);
        const ph = assessOffer(high, profile);
        expect(ph.percentile).toBeGreaterThanOrEqual(pl.percentile);
        expect(ph.percentile).toBeLessThanOrEqual(100);
        expect(pl.percentile).toBeGreaterThanOrEqual(0);
        expect(pl.counter.annual).toBeGreaterThanOrEqual(low);
      }),
      { numRuns: 500 },
    );
  });
});
