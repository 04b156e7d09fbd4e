import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError, ProfileError } from "../../src/core/errors.js";
import { compareTrainingPaths, trainingReturn } from "../../src/core/roi.js";
import { roundDataset } from "../helpers/datasets.js";

const profile = { experienceYears: 2 };

describe("trainingReturn", () => {
  it("takes the uplift from the estimate with and without the credential (round figures, worked by hand)", () => {
    // Fixture: at 0 years, certified and non-certified differ by ×1.25 at equal experience, half the
    // population certified: none 50,000 × 1.25^−½ = 44,721; CPC 50,000 × 1.25^½ = 55,902.
    // Uplift 11,181 a year = 931.75 a month. After 6 months of study, $3,000 is covered in 3,000 / 931.75
    // = 3.22 more months: payback 9.2. Net after a year: 931.75 × 6 − 3,000 = 2,590.5; after five: 931.75 × 54 − 3,000 = 47,314.5.
    const r = trainingReturn({ cost: 3000, months: 6, cert: "cpc" }, { experienceYears: 0 }, roundDataset());
    expect(r.plan.cert).toBe("CPC");
    expect(r.before.annual.median).toBe(44_721);
    expect(r.after.annual.median).toBe(55_902);
    expect(r.uplift).toEqual({ annual: 11_181, monthly: 931.75 });
    expect(r.paybackMonths).toBe(9.2);
    expect(r.netGain).toEqual({ year1: 2_591, year3: 24_953, year5: 47_315 }); // year 3: 931.75 × 30 − 3,000 = 24,952.5
  });

  it("never pays back sooner when it costs more or takes longer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 36 }), (a, b, months) => {
        const [cheap, dear] = a <= b ? [a, b] : [b, a];
        const pc = trainingReturn({ cost: cheap, months, cert: "CPC" }, profile).paybackMonths!;
        const pd = trainingReturn({ cost: dear, months, cert: "CPC" }, profile).paybackMonths!;
        expect(pd).toBeGreaterThanOrEqual(pc);
        expect(trainingReturn({ cost: cheap, months: months + 1, cert: "CPC" }, profile).paybackMonths!).toBeGreaterThanOrEqual(pc);
      }),
      { numRuns: 300 },
    );
  });

  it("says a credential already held adds nothing and never pays back", () => {
    const r = trainingReturn({ cost: 1000, months: 3, cert: "CPC" }, { ...profile, certifications: ["CPC"] });
    expect(r.uplift.annual).toBe(0);
    expect(r.paybackMonths).toBeNull();
    expect(r.netGain.year5).toBe(-1000);
    expect(r.warnings.map((w) => w.code)).toContain("already-held");
  });

  it("compares the guide's paths at their cheap-and-quick and dear-and-slow ends", () => {
    const paths = compareTrainingPaths("CPC", profile);
    expect(paths.map((p) => [p.id, p.best.cost, p.best.months, p.worst.cost, p.worst.months])).toEqual([
      ["program", 1000, 6, 15000, 18],
      ["self-study", 500, 6, 3000, 18],
    ]);
    for (const p of paths) expect(p.worst.paybackMonths!).toBeGreaterThan(p.best.paybackMonths!);
  });

  it("rejects negative or absurd costs and months, and unknown credentials", () => {
    expect(() => trainingReturn({ cost: -1, months: 6, cert: "CPC" })).toThrow(ArgumentError);
    expect(() => trainingReturn({ cost: 100, months: 500, cert: "CPC" })).toThrow(ArgumentError);
    expect(() => trainingReturn({ cost: 100, months: 6, cert: "XYZ" })).toThrow(ProfileError);
  });
});
