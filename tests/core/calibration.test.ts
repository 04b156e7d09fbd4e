/**
 * The guide's numeric claims, one row each, with the guide's own figures written out here (not
 * read from data/), so a typo in the data or a drift in the model shows up as a failing row.
 * Each row: the claim as the guide states it, a profile, and what the model must produce.
 */
import { describe, expect, it } from "vitest";
import { estimate } from "../../src/core/estimate.js";
import { inNationalDollars } from "../../src/core/purchasing-power.js";
import type { ProfileInput } from "../../src/core/profile.js";

const median = (p: ProfileInput) => estimate(p).annual.median;
const ratio = (a: ProfileInput, b: ProfileInput) => median(a) / median(b);

/** The median lies in the guide's range (widened by `tolerance`, a fraction, where a row says why). */
function within(low: number, high: number, tolerance = 0) {
  return (value: number) => {
    expect(value).toBeGreaterThanOrEqual(low * (1 - tolerance));
    expect(value).toBeLessThanOrEqual(high * (1 + tolerance));
  };
}

const mid = { experienceYears: 4 };

type Row = [claim: string, measure: () => number, check: (value: number) => void];

const rows: Row[] = [
  // National level. The guide says "around $48,000"; the model follows the newer BLS median
  // ($50,250, May 2024), 4.7% higher: "around" is read as within 5%.
  ["national median hovers around $48,000", () => median({}), within(48_000, 48_000, 0.05)],

  // Experience bands (the guide's 0-2 / 3-5 / 6+ years) and levels (entry / mid / senior).
  ["entry level (0-2 years): $35,000-$45,000, at 0 years", () => median({ experienceYears: 0 }), within(35_000, 45_000)],
  ["entry level (0-2 years): $35,000-$45,000, at 1 year", () => median({ experienceYears: 1 }), within(35_000, 45_000)],
  ["entry level (0-2 years): $35,000-$45,000, at 2 years", () => median({ experienceYears: 2 }), within(35_000, 45_000)],
  ["mid-level (3-5 years): $45,000-$60,000, at 3 years", () => median({ experienceYears: 3 }), within(45_000, 60_000)],
  ["mid-level (3-5 years): $45,000-$60,000, at 4 years", () => median(mid), within(45_000, 60_000)],
  ["mid-level (3-5 years): $45,000-$60,000, at 5 years", () => median({ experienceYears: 5 }), within(45_000, 60_000)],
  ["senior (6+ years): $60,000-$80,000+, at 6 years", () => median({ experienceYears: 6 }), within(60_000, 80_000)],
  ["senior (6+ years): $60,000-$80,000+, at 8 years", () => median({ experienceYears: 8 }), within(60_000, 80_000)],
  ["senior (6+ years): $60,000-$80,000+, at 20 years", () => median({ experienceYears: 20 }), within(60_000, 80_000)],

  // Management.
  ["medical coding manager: $75,000-$100,000+", () => median({ experienceYears: 10, role: "manager" }), within(75_000, 100_000)],
  ["managers and directors: $75,000-$120,000+ (manager)", () => median({ experienceYears: 12, role: "manager" }), within(75_000, 120_000)],
  ["managers and directors: $75,000-$120,000+ (director)", () => median({ experienceYears: 12, role: "director" }), within(75_000, 120_000)],
  // "Each promotion brings salary increases of 15-30%": holds for each step above senior coder.
  // The model uses 15% a step, the low end: a higher raise would put a manager (two steps above
  // an experienced coder) above the guide's own $75,000-$100,000 manager range.
  ["promotion raise 15-30%: senior coder to supervisor", () => ratio({ experienceYears: 10, role: "supervisor" }, { experienceYears: 10, role: "senior-coder" }), within(1.15, 1.3, 0.001)],
  ["promotion raise 15-30%: supervisor to manager", () => ratio({ experienceYears: 10, role: "manager" }, { experienceYears: 10, role: "supervisor" }), within(1.15, 1.3, 0.001)],
  ["promotion raise 15-30%: manager to director", () => ratio({ experienceYears: 12, role: "director" }, { experienceYears: 12, role: "manager" }), within(1.15, 1.3, 0.001)],

  // Certifications.
  ["certified coders earn 20-30% more than non-certified (CPC, mid-level)", () => ratio({ ...mid, certifications: ["CPC"] }, mid), within(1.2, 1.3, 0.001)],
  ["certified coders earn 20-30% more than non-certified (CPC, entry level)", () => ratio({ experienceYears: 1, certifications: ["CPC"] }, { experienceYears: 1 }), within(1.2, 1.3, 0.001)],
  ["certified coders earn 20-30% more (CCS, mid-level)", () => ratio({ ...mid, certifications: ["CCS"] }, mid), within(1.2, 1.3, 0.001)],
  // "CPC increases salary by $5,000-$10,000" and "+20-30%" agree only where pay is at most
  // $50,000: 20% of more is over $10,000. The model keeps the percentage (it scales with pay)
  // and meets the dollar claim at entry level, where a coder typically earns a CPC.
  ["CPC increases salary by $5,000-$10,000 (entry level)", () => median({ experienceYears: 1, certifications: ["CPC"] }) - median({ experienceYears: 1 }), within(5_000, 10_000)],
  ["CPC increases salary by $5,000-$10,000 (0 years)", () => median({ experienceYears: 0, certifications: ["CPC"] }) - median({ experienceYears: 0 }), within(5_000, 10_000)],
  ["CCS commands higher pay than CPC", () => ratio({ ...mid, certifications: ["CCS"] }, { ...mid, certifications: ["CPC"] }), (r) => expect(r).toBeGreaterThan(1)],
  ["CCA is the entry-level certification: below CPC", () => ratio({ ...mid, certifications: ["CCA"] }, { ...mid, certifications: ["CPC"] }), (r) => expect(r).toBeLessThan(1)],
  ["RHIA is the highest-level certification", () => median({ ...mid, certifications: ["RHIA"] }), (m) => {
    for (const code of ["CCA", "CPC", "CCS", "RHIT"]) expect(m).toBeGreaterThanOrEqual(median({ ...mid, certifications: [code] }));
  }],

  // Specialties, read as mid-career figures.
  ["anesthesia coding: $55,000-$75,000", () => median({ ...mid, specialty: "anesthesia" }), within(55_000, 75_000)],
  ["emergency medicine coding: $52,000-$70,000", () => median({ ...mid, specialty: "emergency" }), within(52_000, 70_000)],
  ["cardiology coding: $50,000-$68,000", () => median({ ...mid, specialty: "cardiology" }), within(50_000, 68_000)],
  ["oncology coding: $53,000-$72,000", () => median({ ...mid, specialty: "oncology" }), within(53_000, 72_000)],
  ["surgical coding: $54,000-$75,000", () => median({ ...mid, specialty: "surgical" }), within(54_000, 75_000)],
  ["risk adjustment coding: $60,000-$85,000", () => median({ ...mid, specialty: "risk-adjustment" }), within(60_000, 85_000)],
  ["risk adjustment: premiums of 20-40% above general coding", () => ratio({ ...mid, specialty: "risk-adjustment" }, { ...mid, specialty: "general" }), within(1.2, 1.4)],
  ["specialized coders earn more than general coders (every specialty)", () => median({ ...mid, specialty: "general" }), (general) => {
    for (const s of ["anesthesia", "emergency", "cardiology", "oncology", "surgical", "risk-adjustment"])
      expect(median({ ...mid, specialty: s })).toBeGreaterThan(general);
  }],
  ["experienced specialists earn $60,000-$80,000+", () => median({ experienceYears: 6, specialty: "cardiology" }), within(60_000, 80_000)],

  // States: the guide's five. The model prices states from BLS state medians; each still lands
  // in the guide's range for a mid-career coder.
  ["California: $55,000-$75,000", () => median({ ...mid, state: "CA" }), within(55_000, 75_000)],
  ["New York: $52,000-$72,000", () => median({ ...mid, state: "NY" }), within(52_000, 72_000)],
  ["Massachusetts: $51,000-$70,000", () => median({ ...mid, state: "MA" }), within(51_000, 70_000)],
  ["Washington: $50,000-$68,000", () => median({ ...mid, state: "WA" }), within(50_000, 68_000)],
  ["Connecticut: $49,000-$67,000", () => median({ ...mid, state: "CT" }), within(49_000, 67_000)],
  ["these five are among the highest-paying states: each above the national figure", () => median(mid), (national) => {
    for (const state of ["CA", "NY", "MA", "WA", "CT"]) expect(median({ ...mid, state })).toBeGreaterThan(national);
  }],
  // The guide and BLS disagree on the order (the guide: CA > NY > MA > WA > CT; BLS May 2024:
  // WA > NY > CA > CT > MA) and on "highest-paying" (DC, RI and HI pay more than all five).
  // The model follows BLS: newer, primary, and covering every state. This row holds it to that.
  ["the guide's five states, in the order BLS pays them", () => median(mid), () => {
    const order = ["CA", "NY", "MA", "WA", "CT"].sort((a, b) => median({ ...mid, state: b }) - median({ ...mid, state: a }));
    expect(order).toEqual(["WA", "NY", "CA", "CT", "MA"]);
  }],
  // "A $50,000 salary in Texas may provide better purchasing power than $65,000 in California."
  // It depends on the price index: with BEA's all-items parity (what estimates report) it does
  // not hold; with the rents parity it does. Both are asserted, so neither reading is hidden.
  ["$50,000 in Texas vs $65,000 in California, all-items prices: California buys more", () => inNationalDollars(65_000, "CA")! - inNationalDollars(50_000, "TX")!, (d) => expect(d).toBeGreaterThan(0)],
  ["$50,000 in Texas vs $65,000 in California, housing prices: Texas buys more", () => inNationalDollars(50_000, "TX", "housing")! - inNationalDollars(65_000, "CA", "housing")!, (d) => expect(d).toBeGreaterThan(0)],

  // Remote work.
  ["remote positions: $45,000-$65,000 regardless of location", () => median({ ...mid, remote: true }), within(45_000, 65_000)],
  ["remote pay does not depend on the state", () => median({ ...mid, remote: true, state: "MS" }), (m) => expect(m).toBe(median({ ...mid, remote: true, state: "CA" }))],

  // Work settings.
  ["hospitals: $50,000-$70,000", () => median({ ...mid, setting: "hospital" }), within(50_000, 70_000)],
  ["physician offices: $40,000-$55,000", () => median({ ...mid, setting: "physician-office" }), within(40_000, 55_000)],
  ["insurance companies: $48,000-$68,000", () => median({ ...mid, setting: "insurance" }), within(48_000, 68_000)],
  ["consulting firms: $60,000-$90,000", () => median({ ...mid, setting: "consulting" }), within(60_000, 90_000)],

  // Career growth: "Entry-level coders starting at $38,000 often earn $65,000+ within five years
  // through certifications, specialization, and strong performance."
  ["entry-level coders start around $38,000 (the entry band, 35-45k)", () => median({ experienceYears: 0 }), within(35_000, 45_000)],
  ["...and often earn $65,000+ within five years with a certification", () => median({ experienceYears: 5, certifications: ["CPC"] }), (m) => expect(m).toBeGreaterThanOrEqual(65_000)],
];

describe("calibration: the guide's claims", () => {
  it("has at least 30 rows", () => expect(rows.length).toBeGreaterThanOrEqual(30));
  it.each(rows)("%s", (_claim, measure, check) => check(measure()));
});
