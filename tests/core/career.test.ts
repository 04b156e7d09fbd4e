import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { careerPath } from "../../src/core/career.js";
import { ArgumentError } from "../../src/core/errors.js";
import { estimate } from "../../src/core/estimate.js";

describe("careerPath", () => {
  it("has one entry a year from now (year 0) to n, experience growing by one", () => {
    const p = careerPath(10, { experienceYears: 1 });
    expect(p.years.map((y) => y.year)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(p.years.map((y) => y.experienceYears)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("prices each year exactly as an estimate of that year's profile", () => {
    for (const y of careerPath(8, { experienceYears: 2, certifications: ["CPC"], state: "WA" }).years)
      expect(y.estimate.annual).toEqual(estimate({ experienceYears: y.experienceYears, certifications: ["CPC"], state: "WA", role: y.role }).annual);
  });

  it("promotes when experience reaches the next rung and the last step is three years back", () => {
    const p = careerPath(12, { experienceYears: 1 });
    expect(p.years.filter((y) => y.promoted).map((y) => [y.year, y.role])).toEqual([
      [5, "senior-coder"],
      [8, "supervisor"],
      [11, "manager"],
    ]);
  });

  it("starts at the rung experience brings when no role is given, and at the given role otherwise", () => {
    expect(careerPath(1, { experienceYears: 7 }).years[0]?.role).toBe("senior-coder");
    expect(careerPath(1, { experienceYears: 7, role: "coder" }).years[0]?.role).toBe("coder");
  });

  it("keeps the role with promotions off", () => {
    expect(new Set(careerPath(10, { experienceYears: 1 }, { promotions: false }).years.map((y) => y.role))).toEqual(new Set(["coder"]));
  });

  it("never lets the median fall", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 40 }), (start, years) => {
        const medians = careerPath(years, { experienceYears: start }).years.map((y) => y.estimate.annual.median);
        for (let i = 1; i < medians.length; i++) expect(medians[i]).toBeGreaterThanOrEqual(medians[i - 1]!);
      }),
      { numRuns: 200 },
    );
  });

  it("rejects a number of years out of range", () => {
    for (const n of [0, -1, 41, 2.5]) expect(() => careerPath(n)).toThrow(ArgumentError);
  });
});
