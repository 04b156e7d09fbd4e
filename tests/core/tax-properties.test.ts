import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { allowanceAt, scheduleCliffs, takeHomePay } from "../../src/core/tax/take-home.js";
import { FILING_STATUSES, type FilingStatus } from "../../src/core/tax/filing-status.js";

/**
 * Invariants over every state and filing status. Where a state's published schedule has a
 * cliff (Ohio's $332 at $26,050), a raise across it may lower take-home pay by at most the
 * cliff: the law says so, and the bound is read from the data.
 */
const d = bundledDataset();
const tax = d.tax!;
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };
const codes = tax.states.map((s) => s.code);
const where = fc.record({ state: fc.constantFrom(...codes), filing: fc.constantFrom(...FILING_STATUSES) });
const gross = fc.integer({ min: 0, max: 1_000_000 });
const cliff = (state: string, filing: FilingStatus) => {
  const s = tax.states.find((x) => x.code === state)!;
  return s.schedule ? scheduleCliffs(s.schedule[filing]) : 0;
};

describe("take-home invariants, every state and filing status", () => {
  it("covers all 50 states and DC", () => {
    expect(codes.sort()).toEqual(d.states.list.map((s) => s.code).sort());
  });

  it("net is never negative nor above gross, and the parts add up exactly", () => {
    fc.assert(
      fc.property(where, gross, ({ state, filing }, g) => {
        const t = takeHomePay(g, { state, filing }, d);
        expect(t.net).toBeGreaterThanOrEqual(0);
        expect(t.net).toBeLessThanOrEqual(t.gross);
        expect(t.gross - t.federalIncomeTax - t.socialSecurity - t.medicare - t.stateIncomeTax).toBe(t.net);
        for (const v of [t.federalIncomeTax, t.socialSecurity, t.medicare, t.stateIncomeTax]) expect(Number.isInteger(v) && v >= 0).toBe(true);
      }),
      runs,
    );
  });

  it("more gross never means less net (beyond a published cliff), and the marginal rate stays below 100%", () => {
    fc.assert(
      fc.property(where, gross, fc.integer({ min: 1, max: 50_000 }), ({ state, filing }, g, raise) => {
        const low = takeHomePay(g, { state, filing }, d);
        const high = takeHomePay(g + raise, { state, filing }, d);
        const allowed = cliff(state, filing);
        expect(high.net).toBeGreaterThanOrEqual(low.net - allowed);
        expect(low.marginalRate).toBeLessThan(1 + allowed / 100);
        if (allowed === 0) expect(low.marginalRate).toBeLessThan(1);
      }),
      runs,
    );
  });

  it("net never falls as gross rises on a $997 grid to $300,000, where there is no cliff", () => {
    const falls: string[] = [];
    for (const s of tax.states)
      for (const filing of FILING_STATUSES) {
        if (cliff(s.code, filing) > 0) continue;
        let previous = -1;
        for (let g = 0; g <= 300_000; g += 997) {
          const net = takeHomePay(g, { state: s.code, filing }, d).net;
          if (net < previous) falls.push(`${s.code} ${filing} $${g}: ${previous} → ${net}`);
          previous = net;
        }
      }
    expect(falls).toEqual([]);
  });

  // For one earner, a joint return has a standard deduction and brackets at least as wide as
  // a single return's in every table here, so the law gives the couple at least as much.
  it("a one-earner married couple filing jointly keeps at least what a single filer keeps", () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), gross, (state, g) => {
        const single = takeHomePay(g, { state, filing: "single" }, d);
        const joint = takeHomePay(g, { state, filing: "married-joint" }, d);
        expect(joint.net).toBeGreaterThanOrEqual(single.net);
      }),
      runs,
    );
  });

  it("a pre-tax contribution never raises the taxes, and never lowers them by more than it sets aside", () => {
    fc.assert(
      fc.property(where, fc.integer({ min: 10_000, max: 400_000 }), fc.integer({ min: 0, max: 30 }), ({ state, filing }, g, percent) => {
        const none = takeHomePay(g, { state, filing }, d);
        const saving = takeHomePay(g, { state, filing, retirementContributionPercent: percent }, d);
        const taxes = (t: typeof none) => t.federalIncomeTax + t.socialSecurity + t.medicare + t.stateIncomeTax;
        expect(taxes(saving)).toBeLessThanOrEqual(taxes(none) + 1);
        expect(taxes(none) - taxes(saving)).toBeLessThanOrEqual(saving.preTax.retirement);
      }),
      runs,
    );
  });

  it("phase-outs never push an allowance below its floor or above its amount", () => {
    for (const s of tax.states)
      for (const a of [s.standardDeduction, s.personalExemption, s.exemptionCredit])
        for (const filing of FILING_STATUSES)
          for (const income of [0, 30_000, 80_000, 200_000, 2_000_000]) {
            if (!a) continue;
            const v = allowanceAt(a, filing, income);
            expect(v).toBeLessThanOrEqual(a.amount[filing]);
            expect(v).toBeGreaterThanOrEqual(Math.min(a.amount[filing], a.phaseOut?.floor?.[filing] ?? 0));
          }
  });
});
