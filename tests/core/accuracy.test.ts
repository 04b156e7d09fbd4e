/**
 * The accuracy table (`coding-salary accuracy`): every published figure beside the model's,
 * each within its documented tolerance. The published figures are written out here as the
 * sources print them, so a typo in data/ fails a row even where the model would still agree.
 */
import { describe, expect, it } from "vitest";
import { accuracy } from "../../src/core/accuracy.js";

const rows = accuracy().rows;
const row = (id: string) => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no accuracy row ${id}`);
  return found;
};

describe("accuracy: the model beside published figures", () => {
  it("lists at least 15 published figures from BLS, AAPC, the guide and the state table", () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(new Set(rows.map((r) => r.group))).toEqual(new Set(["BLS, all medical records specialists", "AAPC surveys", "The guide (c. 2022–23)", "BLS, by state"]));
  });

  it.each(rows.map((r) => [r.id, r] as const))("%s lies within its tolerance", (_id, r) => {
    expect(Math.abs(r.difference)).toBeLessThanOrEqual(r.tolerance);
  });

  // As published: BLS OOH (May 2024), BLS OEWS national (May 2024).
  it.each([
    ["bls-p10-2024", 35_780],
    ["bls-median-2024", 50_250],
    ["bls-p90-2024", 80_950],
    ["bls-mean-2024", 55_970],
  ])("%s is BLS's %d, reproduced within 5%%", (id, published) => {
    const r = row(id);
    expect(r.reference).toEqual({ low: published, high: published });
    expect(r.tolerance).toBe(0.05);
  });

  // As published by AAPC (see data/sources.json for each survey): a pair of averages or medians.
  it.each([
    ["aapc-certified-gap", 67_260 / 55_721],
    ["aapc-credential-crc", 74_629 / 67_147],
    ["aapc-credential-cpc-a", 32_792 / 39_953],
    ["aapc-credential-cpco", 80_550 / 60_097],
    ["aapc-credential-cdeo", 73_723 / 60_097],
    ["aapc-credential-cpma", 59_365 / 47_796],
    ["aapc-credential-cic", 56_045 / 54_401],
    ["aapc-credential-cpc-i", 50_543 / 39_953],
    ["aapc-count-2", 74_557 / 67_147],
    ["aapc-count-3", 81_227 / 74_557],
    ["aapc-experience-certified", 53_669 / 34_551],
    ["aapc-experience-non-certified", 47_805 / 30_175],
  ])("%s is the survey's ratio %d", (id, published) => {
    expect(row(id).reference.low).toBeCloseTo(published, 3);
  });

  it.each([
    ["aapc-cpc-median", 58_895],
    ["aapc-cpb-median", 56_981],
    ["guide-national", 48_000],
    ["guide-career-start", 38_000],
  ])("%s is the published %d", (id, published) => {
    expect(row(id).reference.low).toBe(published);
  });

  it("states are BLS's May 2024 medians, pooled with May 2025 only where the two years disagree by over 10%", () => {
    expect(row("bls-state-tx")).toMatchObject({ reference: { low: 47_230 }, model: 47_230 });
    expect(row("bls-state-ms")).toMatchObject({ reference: { low: 39_970 }, model: 39_970 });
    // Nevada: $60,530 in May 2024, $50,300 in May 2025 (a 17% swing against the national median).
    expect(row("bls-state-nv").reference.low).toBe(60_530);
    expect(row("bls-state-nv").model).toBeLessThan(60_530);
    expect(row("bls-state-nv").params.swingPercent).toBeGreaterThan(10);
  });

  it("marks the figures the model departs from on purpose, each with the source it follows", () => {
    const departures = rows.filter((r) => !r.agrees);
    expect(departures.map((r) => r.id)).toEqual(expect.arrayContaining(["guide-national", "guide-senior-10"]));
    for (const r of departures) expect(r.note).toMatch(/BLS|AAPC/);
  });
});
