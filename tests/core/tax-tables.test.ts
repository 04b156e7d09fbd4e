import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import type { Dataset } from "../../src/core/dataset/dataset-schema.js";
import { parseDataset } from "../../src/core/dataset/parse-dataset.js";
import { ArgumentError, ProfileError } from "../../src/core/errors.js";
import { parseFiling, takeHomePay } from "../../src/core/tax/take-home.js";
import { copyOfBundled } from "../helpers/datasets.js";

const d = bundledDataset();

/** The problems `data validate` reports after an edit to the bundled tax tables. */
function problems(edit: (tax: NonNullable<Dataset["tax"]>, d: Dataset) => void): string[] {
  const copy = copyOfBundled();
  edit(copy.tax!, copy);
  const result = parseDataset(copy);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}
const stateOf = (tax: NonNullable<Dataset["tax"]>, code: string) => tax.states.find((s) => s.code === code)!;

describe("tax tables in the dataset", () => {
  it("the bundled tables pass the check, name a source for every figure, and are for 2026", () => {
    expect(parseDataset(structuredClone(d)).ok).toBe(true);
    expect(d.tax!.year).toBe(2026);
    const ids = new Set(d.sources.map((s) => s.id));
    for (const s of d.tax!.states) {
      expect(ids.has(s.source), s.code).toBe(true);
      expect(s.year, s.code).toBeGreaterThanOrEqual(2025);
    }
  });

  it("refuses brackets out of order, a base that makes tax fall, and a first bracket above 0", () => {
    expect(problems((t) => (stateOf(t, "CA").schedule!.single[3]!.over = 1_000))).toEqual([
      "tax.states[CA].schedule.single[3].over: brackets must rise (1000 is not above 26264)",
    ]);
    expect(problems((t) => (stateOf(t, "OH").schedule!.single[1]!.base = 0))).toEqual([]);
    expect(problems((t) => (stateOf(t, "NY").schedule!.single[2]!.base = 1))[0]).toMatch(/tax would fall as income rises/);
    expect(problems((t) => (t.federal.schedule.single[0]!.over = 5))[0]).toMatch(/first bracket must start at 0/);
  });

  it("refuses rates outside 0–1 and a combined marginal rate of 95% or more", () => {
    expect(problems((t) => (stateOf(t, "IL").schedule!.single[0]!.rate = 1.5))[0]).toMatch(/^tax\.states\[IL\]\.schedule\.single\[0\]\.rate: expected a number from 0 to 1/);
    expect(problems((t) => (stateOf(t, "IL").schedule!.single[0]!.rate = 0.6))).toEqual([
      "tax.states[IL].schedule.single: top rates and phase-outs add up to a marginal rate of 105.5% (must be below 95%)",
    ]);
  });

  it("refuses a state without an entry, an unknown state, a flat tax with two brackets, and two standard deductions", () => {
    expect(problems((t) => (t.states = t.states.filter((s) => s.code !== "TX")))).toEqual([
      'tax.states: no tax entry for TX (every state in states.list needs one; use kind "none" for a state without an income tax)',
    ]);
    expect(problems((t) => (stateOf(t, "TX").code = "ZZ"))).toContain('tax.states[ZZ].code: unknown state "ZZ" (not in states.list)');
    expect(problems((t) => stateOf(t, "IL").schedule!.single.push({ over: 10_000, rate: 0.05 }))).toEqual([
      "tax.states[IL].schedule.single: a flat tax has exactly one bracket, from 0 (found 2)",
    ]);
    expect(problems((t) => (stateOf(t, "CO").standardDeduction = { amount: { single: 1, "married-joint": 2, "head-of-household": 1 }, source: "tax-co-2025" }))).toEqual([
      "tax.states[CO].federalStandardDeduction: give either the state's own standardDeduction or federalStandardDeduction, not both",
    ]);
    expect(problems((t) => (stateOf(t, "TX").schedule = stateOf(t, "IL").schedule))[0]).toMatch(/kind "none" levies no income tax/);
    expect(problems((t) => delete stateOf(t, "CA").schedule)).toEqual(['tax.states[CA].schedule: missing (a state of kind "brackets" needs brackets)']);
  });

  it("refuses a figure whose source is not listed, and a missing filing status", () => {
    expect(problems((t) => (stateOf(t, "GA").source = "nowhere"))).toEqual(['tax.states[GA].source: unknown source id "nowhere" (not in sources)']);
    expect(problems((t) => delete (t.federal.schedule as Partial<typeof t.federal.schedule>)["head-of-household"])).toEqual([
      "tax.federal.schedule.head-of-household: missing",
    ]);
  });

  it("a dataset without tax tables passes, and take-home then uses the bundled ones", () => {
    const copy = copyOfBundled();
    delete copy.tax;
    const result = parseDataset(copy);
    expect(result.ok).toBe(true);
    expect(takeHomePay(50_000, { state: "TX" }, copy).net).toBe(42_355);
  });
});

describe("takeHomePay arguments", () => {
  it("reads filing statuses and their short forms, and refuses others with invalid-filing", () => {
    expect(parseFiling(undefined)).toBe("single");
    expect(parseFiling("Married Joint")).toBe("married-joint");
    expect(parseFiling("mfj")).toBe("married-joint");
    expect(parseFiling("HOH")).toBe("head-of-household");
    expect(() => parseFiling("separate")).toThrow(ArgumentError);
    expect(() => parseFiling("__proto__")).toThrow(/unknown filing status/);
    try {
      takeHomePay(50_000, { state: "TX", filing: "widow" }, d);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: "invalid-filing", field: "filing" });
    }
  });

  it("takes state names in any case, and refuses an unknown state with a suggestion", () => {
    expect(takeHomePay(50_000, { state: "california" }, d).state).toBe("CA");
    expect(() => takeHomePay(50_000, { state: "Texass" }, d)).toThrow(ProfileError);
  });

  it("refuses negative or absurd pay, percentages outside 0–100 and premiums above pay", () => {
    for (const g of [-1, Number.NaN, Infinity, 20_000_000]) expect(() => takeHomePay(g, { state: "TX" }, d)).toThrow(/gross pay/);
    expect(() => takeHomePay(50_000, { state: "TX", retirementContributionPercent: 101 }, d)).toThrow(/percent from 0 to 100/);
    expect(() => takeHomePay(50_000, { state: "TX", healthPremiumMonthly: -5 }, d)).toThrow(/health premium/);
    expect(() => takeHomePay(10_000, { state: "TX", healthPremiumMonthly: 900 }, d)).toThrow(/exceed gross pay/);
  });

  it("names its tax year, the state's, its sources and what it leaves out", () => {
    const ca = takeHomePay(65_000, { state: "CA" }, d);
    expect(ca).toMatchObject({ taxYear: 2026, stateTaxYear: 2025 });
    expect(ca.simplifications).toEqual(expect.arrayContaining(["local-income-tax-excluded", "credits-excluded", "itemized-deductions-excluded", "state-figures-earlier-year"]));
    expect(ca.sources).toEqual(expect.arrayContaining(["irs-rev-proc-2025-32", "ssa-wage-base-2026", "tax-ca-2025"]));
    expect(ca.stateNotes.length).toBeGreaterThan(0);
    expect(takeHomePay(65_000, { state: "NY" }, d).simplifications).not.toContain("state-figures-earlier-year");
    expect(ca.netMonthly).toBeCloseTo(ca.net / 12, 2);
    expect(ca.effectiveRate).toBeCloseTo((ca.gross - ca.net) / ca.gross, 4);
  });
});
