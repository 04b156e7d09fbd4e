import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { careerPath } from "../../src/core/career.js";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { parseDataset } from "../../src/core/dataset/parse-dataset.js";
import { estimate } from "../../src/core/estimate.js";
import { assessOffer } from "../../src/core/offer.js";
import { trainingReturn } from "../../src/core/roi.js";
import { datasetArbitrary, profileArbitrary } from "../helpers/arbitraries.js";

/**
 * The model's invariants hold for any dataset that passes the check, not only the bundled one:
 * a user's --data file gets the same guarantees.
 */
const bundled = bundledDataset();
const datasets = datasetArbitrary(bundled);
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 30) };
const withProfile = datasets.chain((d) => fc.tuple(fc.constant(d), profileArbitrary(d)));

describe("invariants for any valid dataset", () => {
  it("generated datasets pass the dataset check", () => {
    fc.assert(
      fc.property(datasets, (d) => {
        const result = parseDataset(d);
        expect(result.ok ? [] : result.issues).toEqual([]);
      }),
      runs,
    );
  });

  it("ordered, whole, positive figures whose effects add up to the median", () => {
    fc.assert(
      fc.property(withProfile, ([d, p]) => {
        const e = estimate(p, d);
        const figures = [e.percentiles.p10, e.percentiles.p25, e.percentiles.p50, e.percentiles.p75, e.percentiles.p90];
        expect(figures).toEqual([...figures].sort((a, b) => a - b));
        expect(e.annual).toEqual({ low: e.percentiles.p25, median: e.percentiles.p50, high: e.percentiles.p75 });
        for (const v of figures) expect(Number.isInteger(v) && v > 0).toBe(true);
        expect(e.base.median + e.factors.reduce((s, f) => s + f.effect, 0)).toBe(e.annual.median);
      }),
      runs,
    );
  });

  it("more experience, one more credential or one rung up never lowers the median", () => {
    fc.assert(
      fc.property(withProfile, fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), ([d, p], a, b) => {
        const median = (q: object) => estimate(q, d).annual.median;
        expect(median({ ...p, experienceYears: Math.max(a, b) })).toBeGreaterThanOrEqual(median({ ...p, experienceYears: Math.min(a, b) }));
        // One more credential than the profile states (no credential stated: none).
        const held = p.certifications ?? [];
        for (const c of d.credentials.list)
          expect(median({ ...p, certifications: [...held, c.code] })).toBeGreaterThanOrEqual(median({ ...p, certifications: held }));
        const ladder = d.roles.ladder.map((r) => r.id);
        // A rung that only matches the one below may differ by a rounded dollar.
        for (let i = 1; i < ladder.length; i++) expect(median({ ...p, role: ladder[i] })).toBeGreaterThanOrEqual(median({ ...p, role: ladder[i - 1] }) - 1);
      }),
      runs,
    );
  });

  it("a higher offer never gets a lower percentile; a dearer course never pays back sooner; a career never falls", () => {
    fc.assert(
      fc.property(withProfile, fc.integer({ min: 1_000, max: 500_000 }), fc.integer({ min: 1_000, max: 500_000 }), ([d, p], x, y) => {
        const [low, high] = [Math.min(x, y), Math.max(x, y)];
        expect(assessOffer(high, p, d).percentile).toBeGreaterThanOrEqual(assessOffer(low, p, d).percentile);
        const code = d.credentials.list[0]!.code;
        const cheap = trainingReturn({ cost: low, months: 6, cert: code }, p, d).paybackMonths;
        const dear = trainingReturn({ cost: high, months: 6, cert: code }, p, d).paybackMonths;
        if (cheap !== null && dear !== null) expect(dear).toBeGreaterThanOrEqual(cheap);
        const path = careerPath(8, p, {}, d).years.map((z) => z.estimate.annual.median);
        for (let i = 1; i < path.length; i++) expect(path[i]).toBeGreaterThanOrEqual(path[i - 1]!);
      }),
      runs,
    );
  });
});
