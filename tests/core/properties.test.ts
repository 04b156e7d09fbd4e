import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { estimate } from "../../src/core/estimate.js";
import { profileArbitrary } from "../helpers/arbitraries.js";

const d = bundledDataset();
const profiles = profileArbitrary(d);
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) };

describe("invariants over generated profiles", () => {
  it("ranges are ordered and every figure is a whole, positive, sane number", () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const e = estimate(p, d);
        const { p10, p25, p50, p75, p90 } = e.percentiles;
        expect(e.annual.low).toBeLessThanOrEqual(e.annual.median);
        expect(e.annual.median).toBeLessThanOrEqual(e.annual.high);
        expect([p10, p25, p50, p75, p90]).toEqual([p10, p25, p50, p75, p90].sort((a, b) => a - b));
        for (const v of [...Object.values(e.annual), ...Object.values(e.percentiles)]) {
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThan(10_000);
          expect(v).toBeLessThan(1_000_000);
        }
        expect(Math.abs(e.hourly.median * 2080 - e.annual.median)).toBeLessThan(2080);
        expect(e.base.median + e.factors.reduce((s, f) => s + f.effect, 0)).toBe(e.annual.median);
      }),
      runs,
    );
  });

  it("more experience never lowers the median, all else equal", () => {
    fc.assert(
      fc.property(profiles, fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (p, a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        expect(estimate({ ...p, experienceYears: more }, d).annual.median).toBeGreaterThanOrEqual(estimate({ ...p, experienceYears: less }, d).annual.median);
      }),
      runs,
    );
  });

  it("adding a certification never lowers the median", () => {
    const codes = d.certifications.credentials.map((c) => c.code);
    fc.assert(
      fc.property(profiles, fc.constantFrom(...codes), (p, extra) => {
        const before = estimate(p, d).annual.median;
        const after = estimate({ ...p, certifications: [...(p.certifications ?? []), extra] }, d).annual.median;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      runs,
    );
  });

  it("a step up the career ladder never lowers the median", () => {
    const ladder = d.roles.ladder.map((r) => r.id);
    fc.assert(
      fc.property(profiles, fc.integer({ min: 1, max: ladder.length - 1 }), (p, step) => {
        const lower = estimate({ ...p, role: ladder[step - 1] }, d).annual.median;
        expect(estimate({ ...p, role: ladder[step] }, d).annual.median).toBeGreaterThanOrEqual(lower);
      }),
      runs,
    );
  });
});
