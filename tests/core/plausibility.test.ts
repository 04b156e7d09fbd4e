/**
 * Every profile stays plausible, not only each factor alone: properties over the whole profile
 * space of the bundled dataset (any state, specialty, setting, credentials, remote, experience,
 * role). Bounds come from published figures: BLS's national 90th percentile of medical records
 * specialists is $80,950 (May 2024); the guide puts coding managers and directors at
 * $75,000–$120,000+; BLS's 11-9111 (medical and health services managers, where HIM directors
 * are classified) spans $58,820–$189,000 from the 10th to the 90th percentile (May 2019).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { estimate } from "../../src/core/estimate.js";
import type { ProfileInput } from "../../src/core/profile.js";
import { profileArbitrary } from "../helpers/arbitraries.js";

const d = bundledDataset();
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) };
const profiles = profileArbitrary(d);
const median = (p: ProfileInput) => estimate(p, d).annual.median;
const coderRoles = new Set([undefined, "coder", "senior-coder"]);

describe("plausible over the whole profile space", () => {
  it("no coder or senior coder earns a median above $100,000 anywhere", () => {
    fc.assert(
      fc.property(profiles, (p) => {
        if (coderRoles.has(p.role ?? undefined)) expect(median(p)).toBeLessThanOrEqual(100_000);
      }),
      runs,
    );
  });

  it("supervisors, managers and directors stay within BLS's range for health services managers, and at most $160,000 ($200,000 for a director)", () => {
    fc.assert(
      fc.property(profiles, fc.constantFrom("supervisor", "manager", "director"), (p, role) => {
        const m = median({ ...p, role });
        expect(m).toBeLessThanOrEqual(role === "director" ? 189_000 : 160_000);
        if (role !== "supervisor") expect(m).toBeGreaterThanOrEqual(58_820);
      }),
      runs,
    );
  });

  it("a national manager or director (no state) stays within the guide's management range, whatever the job and credentials", () => {
    fc.assert(
      fc.property(profiles, fc.constantFrom("manager", "director"), (p, role) => {
        const m = median({ ...p, role, state: undefined, remote: false });
        expect(m).toBeGreaterThanOrEqual(75_000 * 0.9);
        expect(m).toBeLessThanOrEqual(120_000 * 1.3);
      }),
      runs,
    );
  });

  it("percentiles rise and the spread is realistic: p90 over p10 between 1.6 and 3.5", () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const { p10, p25, p50, p75, p90 } = estimate(p, d).percentiles;
        expect(p10 < p25 && p25 < p50 && p50 < p75 && p75 < p90).toBe(true);
        expect(p90 / p10).toBeGreaterThanOrEqual(1.6);
        expect(p90 / p10).toBeLessThanOrEqual(3.5);
      }),
      runs,
    );
  });

  it("more experience never lowers the median", () => {
    fc.assert(
      fc.property(profiles, fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (p, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(median({ ...p, experienceYears: high })).toBeGreaterThanOrEqual(median({ ...p, experienceYears: low }));
      }),
      runs,
    );
  });

  it("adding a credential never lowers the median, and a second adds at most 25% to a first full credential", () => {
    const codes = d.credentials.list.map((c) => c.code);
    // An apprentice status (CPC-A) is a discount on a credential, and an entry-level credential priced like it (CCA)
    // sits below the certified average: a full credential added to either is a step up, not stacking.
    const apprentices = d.credentials.list.filter((c) => c.apprenticeOf).map((c) => c.code);
    const apprentice = new Set([...apprentices, ...d.credentials.list.filter((c) => apprentices.includes(c.pricedAs?.value ?? "")).map((c) => c.code)]);
    fc.assert(
      fc.property(profiles, fc.constantFrom(...codes), (p, code) => {
        const held = (p.certifications ?? []).filter((c) => c !== code);
        const before = median({ ...p, certifications: held });
        const after = median({ ...p, certifications: [...held, code] });
        expect(after).toBeGreaterThanOrEqual(before - 1);
        if (held.length === 1 && !apprentice.has(held[0] as string)) expect(after / before).toBeLessThanOrEqual(1.25);
      }),
      runs,
    );
  });

  it("a promotion never lowers the median", () => {
    const ladder = d.roles.ladder.map((r) => r.id);
    fc.assert(
      fc.property(profiles, fc.integer({ min: 1, max: ladder.length - 1 }), (p, rung) => {
        expect(median({ ...p, role: ladder[rung] })).toBeGreaterThanOrEqual(median({ ...p, role: ladder[rung - 1] }) - 1);
      }),
      runs,
    );
  });

  it("no credential prices below the all-worker median, which includes certified coders", () => {
    expect(median({ certifications: ["none"] })).toBeLessThan(median({}));
    expect(median({ certifications: ["CPC-A"] })).toBeLessThan(median({ certifications: ["CPC"] }));
  });

  it("remote pay stays in the guide's remote band, $45,000–$65,000, whatever else the profile says", () => {
    fc.assert(
      fc.property(profiles, (p) => {
        if (p.role !== undefined && p.role !== null && !coderRoles.has(p.role)) return;
        const m = median({ ...p, remote: true });
        expect(m).toBeGreaterThanOrEqual(45_000);
        expect(m).toBeLessThanOrEqual(65_000);
      }),
      runs,
    );
  });

  it("lower confidence widens the range, never hides it", () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const e = estimate(p, d);
        expect(["high", "medium", "low"]).toContain(e.confidence.level);
        if (e.confidence.level !== "high") expect(e.confidence.reasons.length).toBeGreaterThan(0);
        expect(e.annual.low).toBeLessThan(e.annual.high);
      }),
      runs,
    );
  });
});
