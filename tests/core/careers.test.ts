import { describe, expect, it } from "vitest";
import { relatedCareers } from "../../src/core/careers.js";

describe("relatedCareers", () => {
  it("sets coding for the profile beside the guide's related careers", () => {
    const c = relatedCareers({ experienceYears: 3 });
    expect(c.coding.input.experienceYears).toBe(3);
    expect(c.careers.map((r) => [r.id, r.annual.low, r.annual.high, r.source])).toEqual([
      ["medical-billing", 40_000, 55_000, "seed-guide"],
      ["health-information-technician", 42_000, 60_000, "seed-guide"],
      ["medical-records-specialist", 35_000, 50_000, "seed-guide"],
    ]);
    for (const r of c.careers) expect(r.annual.median).toBe(Math.round(Math.sqrt(r.annual.low * r.annual.high)));
  });

  it("reproduces the guide's comparisons with the national coding figure", () => {
    const c = relatedCareers();
    const median = (id: string) => c.careers.find((r) => r.id === id)!.annual.median;
    expect(median("medical-billing")).toBeLessThan(c.coding.annual.median); // "slightly less than coders"
    expect(Math.abs(median("health-information-technician") / c.coding.annual.median - 1)).toBeLessThan(0.05); // "comparable"
    expect(median("medical-records-specialist")).toBeLessThan(c.coding.annual.median); // "coding is more lucrative"
  });
});
