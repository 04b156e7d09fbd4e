import { describe, expect, it } from "vitest";
import { estimate } from "../../src/core/estimate.js";
import { editedDataset } from "../helpers/datasets.js";

describe("estimate", () => {
  it("with an empty profile is the national BLS median, with the national spread", () => {
    const e = estimate({});
    expect(e.annual.median).toBe(50_250);
    expect(e.base).toEqual({ median: 50_250, source: "bls-ooh-2024" });
    expect(e.factors.map((f) => f.id)).toEqual(["national"]);
    expect(e.warnings).toEqual([]);
    expect(e.purchasingPower).toBeNull();
    expect(e.sources.map((s) => s.id)).toEqual(["bls-ooh-2024"]);
    expect(e.input).toEqual({ experienceYears: null, certifications: [], specialty: null, state: null, setting: null, remote: false, role: null });
  });

  it("reports low and high as the 25th and 75th percentiles and the median as the 50th", () => {
    const e = estimate({ experienceYears: 3, certifications: ["CPC"], state: "OH" });
    expect(e.annual).toEqual({ low: e.percentiles.p25, median: e.percentiles.p50, high: e.percentiles.p75 });
    expect(e.percentiles.p10).toBeLessThan(e.percentiles.p25);
    expect(e.percentiles.p90).toBeGreaterThan(e.percentiles.p75);
  });

  it("gives hourly figures at 2,080 hours a year, to the cent", () => {
    const e = estimate({ experienceYears: 7 });
    for (const k of ["low", "median", "high"] as const) expect(e.hourly[k]).toBe(Math.round((e.annual[k] / 2080) * 100) / 100);
  });

  it("lists factors in a fixed order whose dollar effects add up to the median", () => {
    const e = estimate({ experienceYears: 4, certifications: ["CPC"], specialty: "cardiology", state: "TX", setting: "hospital", role: "coder" });
    expect(e.factors.map((f) => f.id)).toEqual([
      "national",
      "experience:mid",
      "role:coder",
      "certification:CPC",
      "specialty:cardiology",
      "setting:hospital",
      "state:TX",
    ]);
    expect(e.base.median + e.factors.reduce((sum, f) => sum + f.effect, 0)).toBe(e.annual.median);
    const product = e.factors.reduce((p, f) => p * f.multiplier, 1);
    expect(e.annual.median / e.base.median).toBeCloseTo(product, 3);
  });

  it("prices a state by its BLS median relative to the national median of the same vintage", () => {
    const tx = estimate({ state: "TX" });
    expect(tx.factors[1]).toMatchObject({ id: "state:TX", multiplier: Math.round((47_230 / 50_250) * 1e4) / 1e4, source: "bls-oews-2024-states" });
    expect(tx.annual.median).toBe(47_230);
  });

  it("does not stack credentials naively: a second one adds a quarter of its premium", () => {
    const base = estimate({ experienceYears: 4 }).annual.median;
    const two = estimate({ experienceYears: 4, certifications: ["CPC", "CCS"] });
    expect(two.factors.filter((f) => f.id.startsWith("certification:")).map((f) => [f.id, f.multiplier])).toEqual([
      ["certification:CCS", 1.25],
      ["certification:CPC", 1.05],
    ]);
    expect(two.annual.median / base).toBeCloseTo(1.25 * 1.05, 3);
    expect(two.annual.median / base).toBeLessThan(1.2 * 1.25);
  });

  it("pays remote work from the national remote band and reports purchasing power where the person lives", () => {
    const e = estimate({ experienceYears: 4, remote: true, state: "MS" });
    expect(e.factors.map((f) => f.id)).toEqual(["national", "experience:mid", "remote"]);
    expect(e.purchasingPower?.state).toBe("MS");
    expect(e.purchasingPower!.annual.median).toBe(Math.round(e.annual.median / (87.292 / 100)));
  });

  it("prices a role at the experience it implies, and warns when the profile has less", () => {
    const e = estimate({ experienceYears: 2, role: "senior-coder" });
    expect(e.annual.median).toBe(estimate({ experienceYears: 6, role: "senior-coder" }).annual.median);
    expect(e.warnings.map((w) => w.code)).toEqual(["role-experience"]);
    expect(estimate({ role: "manager" }).annual.median).toBe(estimate({ experienceYears: 10, role: "manager" }).annual.median);
  });

  it("adds one promotion raise per rung above senior coder", () => {
    const at = (role: string) => estimate({ experienceYears: 15, role }).annual.median;
    expect(at("senior-coder")).toBe(at("coder"));
    expect(at("supervisor") / at("senior-coder")).toBeCloseTo(1.15, 3);
    expect(at("director") / at("senior-coder")).toBeCloseTo(1.15 ** 3, 3);
  });

  it("warns when several premiums compound", () => {
    const e = estimate({ experienceYears: 8, certifications: ["RHIA", "CCS"], specialty: "risk-adjustment", setting: "consulting" });
    expect(e.warnings.map((w) => w.code)).toContain("compounding");
    expect(estimate({ experienceYears: 8, certifications: ["CPC"] }).warnings).toEqual([]);
  });

  it("uses the dataset it is given", () => {
    const d = editedDataset((x) => {
      x.national.median.value = 60_000;
    });
    expect(estimate({}, d).annual.median).toBe(60_000);
  });

  it("estimates a state median from its mean where BLS publishes no median, with a warning", () => {
    const d = editedDataset((x) => {
      const vt = x.states.list.find((s) => s.code === "VT")!;
      vt.median = null;
    });
    const e = estimate({ state: "VT" }, d);
    expect(e.warnings.map((w) => w.code)).toEqual(["state-median-estimated"]);
    expect(e.annual.median).toBe(Math.round(52_960 * (50_250 / 55_970)));
  });

  it("falls back to the national figure, with a warning, for a state without wage figures", () => {
    const d = editedDataset((x) => {
      const vt = x.states.list.find((s) => s.code === "VT")!;
      Object.assign(vt, { median: null, mean: null, priceIndex: null });
    });
    const e = estimate({ experienceYears: 4, state: "VT" }, d);
    expect(e.annual.median).toBe(estimate({ experienceYears: 4 }).annual.median);
    expect(e.warnings.map((w) => w.code)).toEqual(["state-not-covered", "no-price-index"]);
    expect(e.purchasingPower).toBeNull();
  });

  it("names every source it used, once", () => {
    const e = estimate({ experienceYears: 4, certifications: ["CPC"], state: "TX" });
    expect(e.sources.map((s) => s.id)).toEqual(["bls-ooh-2024", "seed-guide", "coding-salary-model", "bls-oews-2024-states", "bea-rpp-2023"]);
    for (const f of e.factors) expect(e.sources.some((s) => s.id === f.source)).toBe(true);
  });
});
