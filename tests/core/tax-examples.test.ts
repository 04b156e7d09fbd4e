import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { scheduleTax, takeHomePay } from "../../src/core/tax/take-home.js";
import type { FilingStatus } from "../../src/core/tax/filing-status.js";

/**
 * Worked examples and table rows as their publishers print them. The code adds bracket rates
 * up; these figures are the publishers' own (base amounts, "plus X% of the excess" rows,
 * "multiply and subtract" rows), so the tests do not agree with the code by construction.
 */
const d = bundledDataset();
const tax = d.tax!;
const state = (code: string) => tax.states.find((s) => s.code === code)!;
const fedAt = (filing: FilingStatus, taxable: number) => scheduleTax(tax.federal.schedule[filing], taxable);
const stateAt = (code: string, filing: FilingStatus, taxable: number) => scheduleTax(state(code).schedule![filing], taxable);

describe("the reference example", () => {
  // The reference, from the 2026 federal figures: $50,000 of wages, single, Texas:
  // federal income tax $3,820, FICA $3,825, take-home $42,355.
  it("$50,000 single in Texas keeps $42,355", () => {
    const t = takeHomePay(50_000, { state: "TX" }, d);
    expect(t).toMatchObject({ taxYear: 2026, gross: 50_000, federalIncomeTax: 3_820, stateIncomeTax: 0, net: 42_355, filing: "single" });
    expect(t.socialSecurity + t.medicare).toBe(3_825);
    expect(t.taxable.federal).toBe(33_900);
  });
});

describe("federal: Rev. Proc. 2025-32, section 4.01 (tax rate tables for 2026)", () => {
  // "Over $12,400 but not over $50,400: $1,240 plus 12% of the excess over $12,400" and so on:
  // the base amount the table prints at the start of each bracket.
  it.each([
    ["single", 12_400, 1_240],
    ["single", 50_400, 5_800],
    ["single", 105_700, 17_966],
    ["single", 201_775, 41_024],
    ["single", 256_225, 58_448],
    ["single", 640_600, 192_979.25],
    ["married-joint", 24_800, 2_480],
    ["married-joint", 100_800, 11_600],
    ["married-joint", 211_400, 35_932],
    ["married-joint", 403_550, 82_048],
    ["married-joint", 512_450, 116_896],
    ["married-joint", 768_700, 206_583.5],
    ["head-of-household", 17_700, 1_770],
    ["head-of-household", 67_450, 7_740],
    ["head-of-household", 105_700, 16_155],
    ["head-of-household", 201_750, 39_207],
    ["head-of-household", 256_200, 56_631],
    ["head-of-household", 640_600, 191_171],
  ] as const)("%s: tax on $%d of taxable income is $%d", (filing, taxable, published) => {
    expect(fedAt(filing, taxable)).toBeCloseTo(published, 2);
  });

  // Section 4.14: standard deduction $16,100, $32,200, $24,150.
  it("takes the published standard deductions", () => {
    expect(takeHomePay(16_100, { state: "TX" }, d).federalIncomeTax).toBe(0);
    expect(takeHomePay(16_200, { state: "TX" }, d).federalIncomeTax).toBe(10);
    expect(takeHomePay(32_200, { state: "TX", filing: "married-joint" }, d).federalIncomeTax).toBe(0);
    expect(takeHomePay(24_150, { state: "TX", filing: "head-of-household" }, d).federalIncomeTax).toBe(0);
  });
});

describe("payroll taxes", () => {
  // SSA, Contribution and Benefit Base: $184,500 in 2026; 6.2% (IRC 3101(a)) of it is $11,439.
  it("stops Social Security at the 2026 wage base", () => {
    expect(takeHomePay(184_500, { state: "TX" }, d).socialSecurity).toBe(11_439);
    expect(takeHomePay(300_000, { state: "TX" }, d).socialSecurity).toBe(11_439);
    expect(takeHomePay(100_000, { state: "TX" }, d).socialSecurity).toBe(6_200);
  });

  // IRS, Questions and Answers for the Additional Medicare Tax: an employee paid $250,000 owes
  // the additional 0.9% on the $50,000 above the $200,000 threshold ($450); a joint return's
  // threshold is $250,000.
  it("adds the 0.9% Additional Medicare Tax above $200,000 ($250,000 joint)", () => {
    expect(takeHomePay(250_000, { state: "TX" }, d).medicare).toBe(3_625 + 450);
    expect(takeHomePay(250_000, { state: "TX", filing: "married-joint" }, d).medicare).toBe(3_625);
    expect(takeHomePay(300_000, { state: "TX", filing: "married-joint" }, d).medicare).toBe(4_350 + 450);
  });

  // IRS Publication 15, section 5 and Publication 15-B: 401(k) deferrals stay in Social Security
  // and Medicare wages; cafeteria-plan health premiums come out of both.
  it("keeps 401(k) deferrals in FICA wages and takes cafeteria-plan premiums out", () => {
    const base = takeHomePay(60_000, { state: "TX" }, d);
    const saving = takeHomePay(60_000, { state: "TX", retirementContributionPercent: 10 }, d);
    expect(saving.socialSecurity + saving.medicare).toBe(base.socialSecurity + base.medicare);
    expect(saving.taxable.federal).toBe(base.taxable.federal - 6_000);
    const insured = takeHomePay(60_000, { state: "TX", healthPremiumMonthly: 100 }, d);
    expect(Math.abs(insured.socialSecurity - 0.062 * 58_800)).toBeLessThan(1); // each tax is within a dollar of exact
    expect(insured.taxable.federal).toBe(base.taxable.federal - 1_200);
    expect(insured.net).toBe(60_000 - 1_200 - insured.federalIncomeTax - insured.socialSecurity - insured.medicare);
  });

  // IRS Notice 2025-67: the 2026 elective deferral limit is $24,500.
  it("caps the 401(k) deferral at the 2026 limit and says so", () => {
    const t = takeHomePay(300_000, { state: "TX", retirementContributionPercent: 20 }, d);
    expect(t.preTax.retirement).toBe(24_500);
    expect(t.simplifications).toContain("retirement-capped-at-limit");
  });
});

describe("states, from their own rate schedules", () => {
  // DC Form D-40 booklet, tax rate schedule: "$400, plus 6% of the excess over $10,000", $2,200,
  // $3,500, $19,650, $42,775, $91,525 at the start of each bracket.
  it.each([
    [10_000, 400],
    [40_000, 2_200],
    [60_000, 3_500],
    [250_000, 19_650],
    [500_000, 42_775],
    [1_000_000, 91_525],
  ])("DC: tax on $%d is $%d", (taxable, published) => expect(stateAt("DC", "single", taxable)).toBeCloseTo(published, 2));

  // Virginia Form 760 instructions, tax rate schedule: "over $17,000: $720 plus 5.75% of the excess".
  it("VA: $720 at $17,000", () => expect(stateAt("VA", "married-joint", 17_000)).toBeCloseTo(720, 2));

  // Connecticut CT-1040 instructions, tax calculation schedule (single): $200 plus 4.5% over
  // $10,000; $2,000 plus 5.5% over $50,000; $4,750 plus 6% over $100,000.
  it.each([
    [10_000, 200],
    [50_000, 2_000],
    [100_000, 4_750],
  ])("CT single: $%d → $%d", (taxable, published) => expect(stateAt("CT", "single", taxable)).toBeCloseTo(published, 2));

  // New Jersey NJ-1040 tax rate schedule A (single), printed as "multiply by rate, subtract":
  // over $35,000 ×.035 − $682.50; over $40,000 ×.05525 − $1,492.50; over $75,000 ×.0637 − $2,126.25.
  it.each([
    [38_000, 0.035, 682.5],
    [60_000, 0.05525, 1_492.5],
    [90_000, 0.0637, 2_126.25],
  ])("NJ single: $%d → × %d − $%d", (taxable, rate, subtract) =>
    expect(stateAt("NJ", "single", taxable)).toBeCloseTo(taxable * rate - subtract, 2),
  );

  // Rhode Island ADV 2025-22 (2026 schedule): $3,076.88 plus 4.75% over $82,050; $8,035.88 plus
  // 5.99% over $186,450.
  it("RI: $3,076.88 at $82,050 and $8,035.88 at $186,450", () => {
    expect(stateAt("RI", "single", 82_050)).toBeCloseTo(3_076.88, 1);
    expect(stateAt("RI", "single", 186_450)).toBeCloseTo(8_035.88, 1);
  });

  // Ohio IT 1040 (HB 96 schedule for 2026): nothing up to $26,050, then $332 plus 2.75% of the excess.
  it("OH: the schedule's cliff at $26,050", () => {
    expect(stateAt("OH", "single", 26_050)).toBe(0);
    expect(stateAt("OH", "single", 36_050)).toBeCloseTo(332 + 275, 2);
  });
});

describe("what each state lets employees deduct before tax", () => {
  // 61 Pa. Code § 101.6: 401(k) deferrals are taxable compensation in Pennsylvania (3.07%).
  it("PA taxes 401(k) deferrals but not cafeteria-plan premiums", () => {
    expect(takeHomePay(50_000, { state: "PA", retirementContributionPercent: 6 }, d).stateIncomeTax).toBe(1_535);
    expect(takeHomePay(50_000, { state: "PA", healthPremiumMonthly: 100 }, d).stateIncomeTax).toBe(Math.round(0.0307 * 48_800));
  });

  // N.J.A.C. 18:35-2.5: 401(k) deferrals are excluded; section 125 premiums are not.
  it("NJ excludes 401(k) deferrals but taxes cafeteria-plan premiums", () => {
    const base = takeHomePay(50_000, { state: "NJ" }, d);
    expect(takeHomePay(50_000, { state: "NJ", retirementContributionPercent: 10 }, d).taxable.state).toBe(base.taxable.state - 5_000);
    expect(takeHomePay(50_000, { state: "NJ", healthPremiumMonthly: 200 }, d).taxable.state).toBe(base.taxable.state);
  });

  it("every other state with an income tax follows the federal treatment", () => {
    for (const s of tax.states.filter((x) => x.kind !== "none" && !["PA", "NJ"].includes(x.code)))
      expect(s.pretax, s.code).toMatchObject({ retirement: true, healthPremium: true });
  });
});
