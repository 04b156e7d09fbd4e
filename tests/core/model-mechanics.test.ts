/**
 * How the model combines its factors, on a dataset of round figures (tests/helpers/datasets.ts
 * `roundDataset`). Each expected value is worked out by hand in the comment beside it, from the
 * fixture's figures and the rules in the README ("How an estimate is made"); none is taken from
 * the code under test.
 */
import { describe, expect, it } from "vitest";
import { assessOffer } from "../../src/core/offer.js";
import { estimate } from "../../src/core/estimate.js";
import { roundDataset } from "../helpers/datasets.js";

const d = roundDataset();
const median = (p: object) => estimate(p, d).annual.median;
const ids = (p: object) => estimate(p, d).factors.map((f) => f.id);
const warnings = (p: object) => estimate(p, d).warnings.map((w) => w.code);

describe("the starting point", () => {
  it("an empty profile is the national distribution itself", () => {
    const e = estimate({}, d);
    // The fixture's percentiles, exactly: nothing is known, so nothing moves or narrows them.
    expect(e.percentiles).toEqual({ p10: 40_000, p25: 45_000, p50: 50_000, p75: 60_000, p90: 80_000 });
    expect(e.annual).toEqual({ low: 45_000, median: 50_000, high: 60_000 });
    // 2,000 hours a year in the fixture: $50,000 / 2,000 = $25.00.
    expect(e.hourly.median).toBe(25);
    expect(e.confidence).toEqual({ level: "high", reasons: [] });
    expect(e.factors.map((f) => [f.id, f.multiplier, f.effect])).toEqual([["national", 1, 0]]);
  });
});

describe("experience", () => {
  it("follows the survey's slope, centred on the population (all at 0 years in the fixture)", () => {
    // Pay doubles from 0 to 3 years in both survey groups: slope ln 2 / ln 4 = 0.5 per unit of ln(1 + years).
    // At 0 years the factor is 1 (the population's centre); at 3 years ×2 before overlap.
    expect(median({ experienceYears: 0 })).toBe(50_000);
    // ×2 is past the free zone (×1.25): kept = ln 1.25 + ln 1.2 × (1 − e^−((ln 2 − ln 1.25) / ln 1.2)) = 0.39161 → ×1.47940.
    expect(median({ experienceYears: 3 })).toBe(73_969);
    expect(ids({ experienceYears: 3 })).toEqual(["national", "experience", "overlap"]);
  });

  it("prices a role's minimum experience when the profile has less, and says so", () => {
    // A senior coder prices as 6 years: 0.5 × ln 7 = 0.97296 → overlap: 0.22314 + 0.18232 × (1 − e^−4.1127) = 0.40253 → ×1.49553.
    expect(median({ role: "senior-coder" })).toBe(74_777);
    expect(warnings({ role: "senior-coder", experienceYears: 2 })).toContain("role-experience");
    expect(warnings({ role: "senior-coder" })).not.toContain("role-experience");
  });
});

describe("credentials", () => {
  it("none, certified and a credential's own premium are centred on half the population certified", () => {
    // Certified $66,000 over non-certified $50,000: gap ln 1.32 = 0.27763. None: −½ × 0.27763 → ×0.87039.
    expect(median({ certifications: ["none"] })).toBe(43_519);
    // CPC: +½ × 0.27763 and its own pay equals the certified average (×1) → ×1.14891.
    expect(median({ certifications: ["CPC"] })).toBe(57_446);
    // CRC pays 1.1× CPC; half of that is put down to the credential: 0.13882 + ½ ln 1.1 = 0.18647 → ×1.20499 ($60,249.5).
    expect(median({ certifications: ["CRC"] })).toBe(60_249);
  });

  it("with experience known, the certified gap is the survey's gap at equal experience", () => {
    // At equal experience the fixture's groups differ by 40,000 / 32,000 = 1.25 (less than the whole gap, 1.32): +½ ln 1.25 → ×1.11803.
    expect(median({ experienceYears: 0, certifications: ["CPC"] })).toBe(55_902);
  });

  it("a credential without a published figure is priced by its rule, with a warning", () => {
    // CCS is priced as CRC: ×1.20499, as above.
    expect(median({ certifications: ["CCS"] })).toBe(60_249);
    expect(warnings({ certifications: ["CCS"] })).toContain("credential-priced-as");
    expect(estimate({ certifications: ["CCS"] }, d).confidence.reasons.map((r) => r.code)).toContain("unpriced-credential");
  });

  it("a further credential adds the survey's step for one more, attributed by half", () => {
    // Two credentials $63,000 over one $60,000: +½ ln 1.05 → ×1.02470; with CPC's ×1.14891: ×1.17728 ($58,864.2).
    expect(median({ certifications: ["CPC", "RHIT"] })).toBe(58_864);
  });

  it("an apprentice status counts only without the full credential", () => {
    expect(median({ certifications: ["CPC-A", "CPC"] })).toBe(57_446);
    expect(warnings({ certifications: ["CPC-A", "CPC"] })).toContain("apprentice-superseded");
    // CPC-A alone: 0.13882 + ½ ln 0.8 = 0.02725 → ×1.02762.
    expect(median({ certifications: ["CPC-A"] })).toBe(51_381);
  });
});

describe("states", () => {
  it("a state is its BLS median over the national one", () => {
    expect(median({ state: "TX" })).toBe(45_000);
  });

  it("a state whose median swings more than 10% in a year is pooled over both years, and flagged", () => {
    // CA: ×1.2 one year, 72,000 / 50,000 = ×1.44 the next (a 20% swing): √(1.2 × 1.44) = ×1.31453.
    expect(median({ state: "CA" })).toBe(65_727);
    expect(warnings({ state: "CA" })).toContain("state-imprecise");
    expect(estimate({ state: "CA" }, d).confidence.level).not.toBe("high");
  });

  it("a state with a mean but no median is estimated from the mean, with warnings", () => {
    // NV: mean 66,000 over the national mean 55,000 → ×1.2.
    expect(median({ state: "NV" })).toBe(60_000);
    expect(warnings({ state: "NV" })).toEqual(expect.arrayContaining(["state-median-estimated", "state-imprecise", "no-price-index"]));
  });
});

describe("overlapping premiums", () => {
  it("past ×1.25 the combined premiums count less and less, shown as their own factor", () => {
    // Risk adjustment: √(80,000 / 50,000) = ×1.26491; hospital: √(60,000 / 50,000) = ×1.09545; together ln 1.38564 = 0.32616.
    // kept = 0.22314 + 0.18232 × (1 − e^−((0.32616 − 0.22314) / 0.18232)) = 0.30186 → ×1.35235.
    expect(median({ specialty: "risk-adjustment", setting: "hospital" })).toBe(67_618);
    expect(ids({ specialty: "risk-adjustment", setting: "hospital" })).toEqual(["national", "specialty:risk-adjustment", "setting:hospital", "overlap"]);
  });
});

describe("pay levels", () => {
  it("remote work is the remote band, moved within it by the profile", () => {
    // Band 40,000–62,500: middle √(40,000 × 62,500) = 50,000. At 3 years the profile moves it by ln 2 = 0.69315;
    // bounded: ln 1.25 × tanh(0.69315 / ln 1.25) = 0.22314 × tanh(3.10628) = 0.22225 → ×1.24888.
    expect(median({ remote: true, experienceYears: 3 })).toBe(62_444);
    // The state does not move remote pay.
    expect(median({ remote: true, state: "CA" })).toBe(50_000);
  });

  it("a role with a level prices at it, never below the rung beneath", () => {
    expect(median({ role: "manager" })).toBe(100_000);
    expect(median({ role: "director" })).toBe(150_000);
  });
});

describe("offers", () => {
  it("read against the national distribution: the percentiles are where the fixture puts them", () => {
    expect([40_000, 45_000, 50_000, 80_000].map((a) => assessOffer(a, {}, d).percentile)).toEqual([10, 25, 50, 90]);
    expect(assessOffer(40_000, {}, d)).toMatchObject({ verdict: "below", counter: { annual: 50_000, basis: "median" } });
    expect(assessOffer(50_000, {}, d)).toMatchObject({ verdict: "within", counter: { annual: 60_000, basis: "high" } });
    expect(assessOffer(80_000, {}, d)).toMatchObject({ verdict: "above", counter: { annual: 80_000, basis: "offer" } });
  });
});
