import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { estimate } from "../../src/core/estimate.js";
import { normalizeProfile } from "../../src/core/profile.js";
import { inNationalDollars } from "../../src/core/purchasing-power.js";
import { editedDataset } from "../helpers/datasets.js";
import { ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const dir = tempDir("states");

const d = bundledDataset();
/** From the two BLS tables (May 2024 means and medians, May 2025 medians): see the test below for the rule. */
const IMPRECISE = new Set(d.states.list.filter((s) => estimate({ state: s.code }, d).warnings.some((w) => w.code === "state-imprecise")).map((s) => s.code));

describe("states", () => {
  it("has all 50 states and DC, and every code and name round-trips in any case", () => {
    expect(d.states.list).toHaveLength(51);
    for (const s of d.states.list)
      for (const spelling of [s.code, s.code.toLowerCase(), s.name, s.name.toUpperCase(), s.name.toLowerCase()])
        expect(normalizeProfile({ state: spelling }, d).state).toBe(s.code);
  });

  it("gives every state an ordered, positive estimate with purchasing power; only imprecise states warn", () => {
    for (const s of d.states.list)
      for (const profile of [{ state: s.code }, { state: s.code, experienceYears: 4, certifications: ["CPC"] }]) {
        const e = estimate(profile, d);
        expect(0 < e.annual.low && e.annual.low < e.annual.median && e.annual.median < e.annual.high).toBe(true);
        expect(e.purchasingPower?.annual.median).toBeGreaterThan(0);
        expect(e.warnings.map((w) => w.code)).toEqual(IMPRECISE.has(s.code) ? ["state-imprecise"] : []);
      }
  });

  // BLS OEWS May 2024, 29-2072, annual median (the reference table). A bare state estimate is the
  // state's median: tolerance 0.1%, for rounding only.
  it.each([
    ["CA", 59_700],
    ["DC", 64_690],
    ["MS", 39_970],
    ["NY", 59_750],
    ["TX", 47_230],
    ["WA", 62_250],
    ["WY", 53_550],
  ])("%s matches the BLS median %s", (state, bls) => {
    expect(Math.abs(estimate({ state }, d).annual.median / bls - 1)).toBeLessThanOrEqual(0.001);
  });

  // Where the two BLS years disagree by more than 10% (against their national medians), the state
  // is pooled: the middle of the two ratios. Alabama: 38,540 / 50,250 in May 2024, 43,810 / 51,140
  // in May 2025: √(0.76697 × 0.85667) × 50,250 = 40,731. Nevada: 60,530 then 50,300: 54,696.
  it.each([
    ["AL", 40_731],
    ["NV", 54_696],
  ])("%s, imprecise, pools the two BLS years: %s", (state, pooled) => {
    expect(estimate({ state }, d).annual.median).toBe(pooled);
  });

  it("marks the states whose BLS figures are imprecise: a swing over 10%, or a median above the mean", () => {
    expect([...IMPRECISE].sort()).toEqual(["AL", "DE", "IL", "ND", "NM", "NV", "RI", "SC", "VT"]);
  });

  it("computes purchasing power as nominal / (parity / 100) on fixed figures", () => {
    const fixed = editedDataset((x) => {
      const ohio = x.states.list.find((s) => s.code === "OH")!;
      Object.assign(ohio, { median: 50_250, priceIndex: 125, housingPriceIndex: 80 });
    });
    const e = estimate({ state: "OH" }, fixed);
    expect(e.annual.median).toBe(50_250);
    expect(e.purchasingPower).toMatchObject({ state: "OH", priceIndex: 125, year: 2023, source: "bea-rpp-2023" });
    expect(e.purchasingPower!.annual).toEqual({ low: Math.round(e.annual.low / 1.25), median: 40_200, high: Math.round(e.annual.high / 1.25) });
    expect(inNationalDollars(100_000, "ohio", "all-items", fixed)).toBe(80_000);
    expect(inNationalDollars(100_000, "OH", "housing", fixed)).toBe(125_000);
  });

  // The guide: "A $50,000 salary in Texas may provide better purchasing power than $65,000 in
  // California." With BEA's all-items parities (TX 97.175, CA 112.581) it does not hold:
  // 50,000 / 0.97175 = 51,454 against 65,000 / 1.12581 = 57,736. With the rents parities
  // (TX 97.436, CA 157.839) it does: 51,316 against 41,181. Both readings are asserted.
  it("answers the guide's Texas-versus-California claim both ways", () => {
    expect(inNationalDollars(50_000, "TX", "all-items", d)).toBe(51_454);
    expect(inNationalDollars(65_000, "CA", "all-items", d)).toBe(57_736);
    expect(inNationalDollars(50_000, "TX", "housing", d)).toBe(51_316);
    expect(inNationalDollars(65_000, "CA", "housing", d)).toBe(41_181);
  });

  // The guide's five highest-paying states (CA > NY > MA > WA > CT) in the order BLS pays them
  // (May 2024 medians: WA 62,250, NY 59,750, CA 59,700, CT 58,250, MA 57,220).
  it("follows BLS where the guide's order of states disagrees", () => {
    const order = ["CA", "NY", "MA", "WA", "CT"].sort((a, b) => estimate({ state: b }, d).annual.median - estimate({ state: a }, d).annual.median);
    expect(order).toEqual(["WA", "NY", "CA", "CT", "MA"]);
  });

  const reference = join(ROOT, "..", "shared", "data");
  it.skipIf(!existsSync(reference))("is what the committed script makes of the federal tables", () => {
    const out = join(dir, "states.json");
    execFileSync(process.execPath, [join(ROOT, "scripts/build-states-data.mjs"), reference, out], { stdio: "pipe" });
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(ROOT, "data/states.json"), "utf8"));
  });
});
