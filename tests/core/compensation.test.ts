import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { ArgumentError, DatasetError } from "../../src/core/errors.js";
import { estimate } from "../../src/core/estimate.js";
import { assessOffer } from "../../src/core/offer.js";
import { compareOffers } from "../../src/core/offers.js";
import { editedDataset } from "../helpers/datasets.js";

const d = bundledDataset();
const profile = { experienceYears: 4, certifications: ["CPC"], state: "TX" };

describe("the benefit figures in data/benefits.json", () => {
  it("are the published figures, each with a listed source", () => {
    const b = d.benefits!;
    // BLS, paid leave provisions, December 2022 (private industry, after 1 year of service).
    expect([b.paidLeave.ptoBankDays.value, b.paidLeave.vacationDays.value, b.paidLeave.sickDays.value]).toEqual([14, 11, 7]);
    // KFF 2024 Employer Health Benefits Survey.
    expect([b.health.premium.single, b.health.premium.family, b.health.workerContribution.single, b.health.workerContribution.family]).toEqual([8951, 25572, 1368, 6296]);
    // BLS EBS March 2024: employer share of premiums.
    expect([b.health.employerShare.single, b.health.employerShare.family]).toEqual([0.8, 0.68]);
    // Fidelity Q1 2024; BLS ECEC June 2025; AAPC renewal.
    expect([b.retirement.employerContribution.value, b.benefitsShare.value, b.dues[0]?.annual]).toEqual([0.048, 0.298, 190]);
    const ids = new Set(d.sources.map((s) => s.id));
    const used = [b.paidLeave.ptoBankDays, b.paidLeave.vacationDays, b.paidLeave.sickDays, b.health.premium, b.health.workerContribution, b.health.employerShare, b.retirement.employerContribution, b.benefitsShare, ...b.dues].map((f) => f.source);
    for (const id of used) expect(ids.has(id), id).toBe(true);
    for (const id of used) expect(d.sources.find((s) => s.id === id)?.url, id).toMatch(/^https?:\/\//);
  });

  it("are optional in a dataset: one without them is scored with the bundled figures", () => {
    const without = editedDataset((x) => {
      delete x.benefits;
    });
    const terms = { healthPremium: 1440, ptoDays: 15, signOn: 2000 };
    expect(assessOffer("5000/yr", profile, without, terms).compensation).toEqual(assessOffer("5000/yr", profile, d, terms).compensation);
    expect(assessOffer("5000/yr", profile, without).warnings.map((w) => w.code)).toEqual(["offer-implausible"]);
  });

  it("are checked: a worker's share above the premium is refused", () => {
    let error: unknown;
    try {
      editedDataset((x) => {
        x.benefits!.health.workerContribution.single = 20_000;
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues.map((i) => i.path)).toEqual(["benefits.health.workerContribution.single"]);
  });
});

describe("total compensation", () => {
  it("adds a bonus and a 4% match to base: $52,000 + $3,000 + $2,080", () => {
    const c = assessOffer("52k", profile, d, { bonus: { dollars: 3000 }, retirementMatch: { rate: 100, upTo: 4 } }).compensation;
    expect(c).toMatchObject({ base: 52_000, bonus: 3000, cash: 55_000, benefits: 2080, total: 57_080 });
    expect(c.retirement).toMatchObject({ percentOfBase: 4, annual: 2080 });
  });

  it("reads 50:6 as half of savings on up to 6% of pay (3% of base), and a bonus percent of base", () => {
    const c = assessOffer("60k", profile, d, { retirementMatch: { rate: 50, upTo: 6 }, bonus: { percentOfBase: 5 } }).compensation;
    expect(c.retirement).toMatchObject({ percentOfBase: 3, annual: 1800 });
    expect(c.bonus).toBe(3000);
  });

  it("spreads a sign-on bonus and an exam over the horizon: 2 years unless said", () => {
    const two = assessOffer("52k", profile, d, { signOn: 2000, examReimbursement: 425 }).compensation;
    expect(two.signOn).toEqual({ total: 2000, years: 2, perYear: 1000 });
    expect(two.allowances.exam).toBe(213);
    expect(assessOffer("52k", profile, d, { signOn: 2000, spreadYears: 1 }).compensation.signOn.perYear).toBe(2000);
  });

  it("estimates the employer's health share as the typical premium less yours, never below zero", () => {
    const single = assessOffer("52k", profile, d, { healthPremium: 120 * 12 }).compensation.health;
    expect(single).toMatchObject({ coverage: "single", yourShare: 1440, typicalPremium: 8951, employerEstimate: 8951 - 1440 });
    const family = assessOffer("52k", profile, d, { healthPremium: 500 * 12, coverage: "family" }).compensation.health;
    expect(family).toMatchObject({ typicalPremium: 25_572, employerEstimate: 25_572 - 6000 });
    expect(assessOffer("52k", profile, d, { healthPremium: 12_000 }).compensation.health?.employerEstimate).toBe(0);
    expect(assessOffer("52k", profile, d).compensation.health).toBeNull();
  });

  it("counts paid days off in the effective hourly pay, not in the total", () => {
    const none = assessOffer("52k", profile, d).compensation;
    const off = assessOffer("52k", profile, d, { ptoDays: 15 }).compensation;
    expect(off.total).toBe(none.total);
    // 2,080 paid hours less 15 days of 8 hours.
    expect(off.hours).toEqual({ perWeek: 40, paidPerYear: 2080, ptoDays: 15, workedPerYear: 1960 });
    expect(off.effectiveHourly).toBe(26.53);
    expect(none.effectiveHourly).toBe(25);
  });

  it("shows typical figures only for the terms given, and says where none is published", () => {
    const plain = assessOffer("52k", profile, d).compensation;
    expect(plain.typical).toEqual([]);
    expect(plain.noTypical).toEqual([]);
    const c = assessOffer("52k", profile, d, { ptoDays: 15, healthPremium: 1200, remoteStipend: 600, ceuAllowance: 500 }).compensation;
    expect(c.typical.map((t) => t.code)).toEqual(["pto-bank-days", "vacation-days", "sick-days", "health-worker-contribution", "health-employer-share", "benefits-share"]);
    expect(c.noTypical).toEqual(["ceu-allowance", "remote-stipend"]);
  });

  it("adds up: cash and benefits are the sum of their parts, and the total their sum", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20_000, max: 150_000 }),
        fc.record({
          bonus: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
          signOn: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
          rate: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
          health: fc.option(fc.integer({ min: 0, max: 15_000 }), { nil: undefined }),
          dues: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
          stipend: fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: undefined }),
        }),
        (base, t) => {
          const c = assessOffer(base, profile, d, {
            ...(t.bonus === undefined ? {} : { bonus: { dollars: t.bonus } }),
            ...(t.signOn === undefined ? {} : { signOn: t.signOn }),
            ...(t.rate === undefined ? {} : { retirementMatch: { rate: t.rate, upTo: 6 } }),
            ...(t.health === undefined ? {} : { healthPremium: t.health }),
            ...(t.dues === undefined ? {} : { duesReimbursement: t.dues }),
            ...(t.stipend === undefined ? {} : { remoteStipend: t.stipend }),
          }).compensation;
          expect(c.cash).toBe(c.base + c.bonus + c.signOn.perYear);
          const a = c.allowances;
          expect(c.benefits).toBe((c.retirement?.annual ?? 0) + (c.health?.employerEstimate ?? 0) + a.exam + a.dues + a.ceu + a.remoteStipend);
          expect(c.total).toBe(c.cash + c.benefits);
          expect(c.total).toBeGreaterThanOrEqual(c.base);
        },
      ),
    );
  });

  it("refuses terms out of range, naming them", () => {
    expect(() => assessOffer("52k", profile, d, { hoursPerWeek: 0 })).toThrow(ArgumentError);
    expect(() => assessOffer("52k", profile, d, { ptoDays: -1 })).toThrow(/ptoDays/);
    expect(() => assessOffer("52k", profile, d, { retirementMatch: { rate: 50, upTo: 120 } })).toThrow(/retirementMatch/);
    expect(() => assessOffer("52k", profile, d, { coverage: "kids" as never, healthPremium: 100 })).toThrow(/coverage/);
  });
});

describe("an offer at its hours", () => {
  it("places an hourly rate by the rate: the same percentile at 30 hours as at 40", () => {
    const thirty = assessOffer("24.50/hr", profile, d, { hoursPerWeek: 30 });
    const forty = assessOffer("24.50/hr", profile, d);
    expect(thirty.offer.annual).toBe(38_220);
    expect(thirty.percentile).toBe(forty.percentile);
    expect(thirty.range.basis).toBe("hourly");
  });

  it("compares an hourly offer with the profile's hourly range: a year's pay over 2,080 hours", () => {
    const e = estimate(profile, d);
    const o = assessOffer("24.50/hr", profile, d, { hoursPerWeek: 30 });
    expect(o.range).toEqual({ basis: "hourly", hoursPerWeek: 30, ...e.hourly });
    expect(e.hourly.median).toBeCloseTo(e.annual.median / 2080, 2);
  });

  it("scales the annual range to a salary's hours: $26,000 at 20 hours sits where $52,000 does at 40", () => {
    const half = assessOffer("26000", profile, d, { hoursPerWeek: 20 });
    const full = assessOffer("52000", profile, d);
    expect(half.percentile).toBe(full.percentile);
    expect(half.verdict).toBe(full.verdict);
    expect(half.range.median).toBe(Math.round(full.range.median / 2));
  });

  it("counters an hourly offer in quarter dollars, never below the offer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 6000 }), fc.integer({ min: 10, max: 60 }), (centsAnHour, hours) => {
        const o = assessOffer(`${(centsAnHour / 100).toFixed(2)}/hr`, profile, d, { hoursPerWeek: hours });
        expect(o.counter.hourly).toBeGreaterThanOrEqual(o.offer.hourly);
        if (o.counter.basis !== "offer") expect(Math.round(o.counter.hourly * 100) % 25).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it("warns about an amount outside the plausible band, and not inside it", () => {
    expect(assessOffer("5000/yr", profile, d).warnings.map((w) => w.code)).toEqual(["offer-implausible"]);
    expect(assessOffer("600k", profile, d).warnings.map((w) => w.code)).toEqual(["offer-implausible"]);
    expect(assessOffer("3/hr", profile, d).warnings.map((w) => w.code)).toEqual(["offer-implausible"]);
    expect(assessOffer("52k", profile, d).warnings).toEqual([]);
    // A part-time year can be small: the band is of full-time pay.
    expect(assessOffer("9,000 a year", profile, d, { hoursPerWeek: 8 }).warnings).toEqual([]);
  });
});

describe("compareOffers", () => {
  const three = [
    { label: "Hospital", amount: "52k", profile: { state: "OH", setting: "hospital" }, terms: { bonus: { dollars: 2000 } } },
    { label: "Remote", amount: "24.50/hr", profile: { state: "TX", remote: true } },
    { label: "Clinic", amount: "4,333/mo", profile: { state: "FL" }, terms: { signOn: 1500 } },
  ];

  it("assesses each offer with its own state and terms over the person's profile", () => {
    const c = compareOffers(three, { experienceYears: 4, certifications: ["CPC"] }, d);
    expect(c.offers.map((o) => o.assessment.estimate.input.state)).toEqual(["OH", "TX", "FL"]);
    expect(c.offers[1]?.assessment.estimate.input.remote).toBe(true);
    expect(c.offers[0]?.assessment.estimate.input.certifications).toEqual(["CPC"]);
    expect(c.offers[0]?.assessment).toEqual(assessOffer("52k", { experienceYears: 4, certifications: ["CPC"], state: "OH", setting: "hospital" }, d, { bonus: { dollars: 2000 } }));
  });

  it("names the leader on each measure", () => {
    const c = compareOffers(three, { experienceYears: 4 }, d);
    const totals = c.offers.map((o) => o.assessment.compensation.total);
    expect(c.leaders.total).toBe(totals.indexOf(Math.max(...totals)));
    const real = c.offers.map((o) => o.purchasingPower?.total ?? 0);
    expect(c.leaders.purchasingPower).toBe(real.indexOf(Math.max(...real)));
    expect(c.reference).toEqual({ index: c.leaders.purchasingPower, on: "purchasingPower" });
  });

  it("says what each other offer needs: raised by that much, its total matches the reference's", () => {
    const c = compareOffers(three, { experienceYears: 4 }, d);
    const ref = c.offers[c.reference.index]!;
    for (const o of c.offers) {
      if (o === ref) {
        expect(o.toMatch).toBeNull();
        continue;
      }
      const spec = three.find((s) => s.label === o.label)!;
      const raised = assessOffer(o.toMatch!.nominal.base, { experienceYears: 4, ...spec.profile }, d, spec.terms ?? {});
      expect(raised.compensation.total).toBeGreaterThanOrEqual(ref.assessment.compensation.total);
      expect(raised.compensation.total - ref.assessment.compensation.total).toBeLessThanOrEqual(2);
      // In what it buys: raised to the real figure, its total in national dollars reaches the reference's.
      const index = o.purchasingPower!.priceIndex;
      const realRaised = assessOffer(o.toMatch!.real!.base, { experienceYears: 4, ...spec.profile }, d, spec.terms ?? {});
      const realAfter = realRaised.compensation.total / (index / 100);
      expect(realAfter).toBeGreaterThanOrEqual(ref.purchasingPower!.total - 1);
      expect(realAfter - ref.purchasingPower!.total).toBeLessThanOrEqual(3);
    }
  });

  it("falls back to nominal totals when an offer has no state", () => {
    const c = compareOffers(
      [
        { label: "A", amount: "50k" },
        { label: "B", amount: "55k", profile: { state: "OH" } },
      ],
      {},
      d,
    );
    expect(c.leaders.purchasingPower).toBeNull();
    expect(c.reference).toEqual({ index: 1, on: "total" });
    expect(c.offers[0]?.toMatch?.nominal).toEqual({ base: 55_000, hourly: 26.45, extra: 5000 });
    expect(c.offers[0]?.toMatch?.real).toBeNull();
  });

  it("takes 2 to 5 offers with distinct labels", () => {
    const one = [{ label: "A", amount: "50k" }];
    expect(() => compareOffers(one, {}, d)).toThrow(/2 to 5 offers/);
    expect(() => compareOffers(Array.from({ length: 6 }, (_, i) => ({ label: `O${i}`, amount: "50k" })), {}, d)).toThrow(/2 to 5 offers/);
    expect(() => compareOffers([...one, { label: "a", amount: "51k" }], {}, d)).toThrow(/two offers are labelled/);
  });
});
