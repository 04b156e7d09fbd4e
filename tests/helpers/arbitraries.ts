import fc from "fast-check";
import type { Dataset } from "../../src/core/dataset/dataset-schema.js";
import type { ProfileInput } from "../../src/core/profile.js";

/** Any valid profile for a dataset: every field optional, every value the dataset allows. */
export function profileArbitrary(d: Dataset): fc.Arbitrary<ProfileInput> {
  const pick = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
  return fc.record(
    {
      experienceYears: fc.option(fc.double({ min: 0, max: d.experience.maxYears.value, noNaN: true }), { nil: undefined }),
      certifications: fc.subarray(d.certifications.credentials.map((c) => c.code)),
      specialty: pick(d.specialties.map((s) => s.id)),
      state: pick(d.states.list.map((s) => s.code)),
      setting: pick(d.settings.map((s) => s.id)),
      remote: fc.boolean(),
      role: pick(d.roles.ladder.map((r) => r.id)),
    },
    { requiredKeys: [] },
  );
}

const money = (min: number, max: number) => fc.integer({ min, max });
/** A range with low ≤ high. */
const range = (min: number, max: number) => fc.tuple(money(min, max), money(min, max)).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));
const nonDecreasing = (length: number, max: number) =>
  fc.array(fc.integer({ min: 0, max }), { minLength: length, maxLength: length }).map((xs) => xs.sort((a, b) => a - b));

/**
 * Any valid dataset: the bundled one with every figure the model reads redrawn within the
 * rules the dataset check enforces (ranges ordered, band medians rising, ladders rising,
 * state figures sometimes missing).
 */
export function datasetArbitrary(bundled: Dataset): fc.Arbitrary<Dataset> {
  const states = bundled.states.list.length;
  return fc
    .record({
      national: money(20_000, 150_000),
      mean: money(20_000, 200_000),
      guideMedian: money(20_000, 150_000),
      bands: fc.array(fc.tuple(money(10_000, 90_000), fc.double({ min: 1, max: 2, noNaN: true })).map(([low, ratio]) => ({ low, high: Math.round(low * ratio) })), { minLength: 3, maxLength: 3 }),
      growth: fc.array(fc.double({ min: 1, max: 1.8, noNaN: true }), { minLength: 3, maxLength: 3 }),
      anchors: fc.uniqueArray(fc.double({ min: 0, max: 20, noNaN: true }), { minLength: 3, maxLength: 3 }).map((xs) => xs.sort((a, b) => a - b)),
      percentiles: fc.tuple(fc.integer({ min: 10, max: 40 }), fc.integer({ min: 60, max: 90 })),
      premiums: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: bundled.certifications.credentials.length, maxLength: bundled.certifications.credentials.length }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      specialties: fc.array(range(20_000, 150_000), { minLength: bundled.specialties.length, maxLength: bundled.specialties.length }),
      settings: fc.array(range(20_000, 150_000), { minLength: bundled.settings.length, maxLength: bundled.settings.length }),
      remote: range(20_000, 150_000),
      stateMedians: fc.array(fc.option(money(15_000, 150_000), { nil: null, freq: 8 }), { minLength: states, maxLength: states }),
      stateMeans: fc.array(fc.option(money(15_000, 150_000), { nil: null, freq: 4 }), { minLength: states, maxLength: states }),
      prices: fc.array(fc.option(fc.double({ min: 60, max: 160, noNaN: true }), { nil: null, freq: 8 }), { minLength: states, maxLength: states }),
      raise: fc.double({ min: 0, max: 0.5, noNaN: true }),
      floors: nonDecreasing(bundled.roles.ladder.length, 30),
      raises: nonDecreasing(bundled.roles.ladder.length, 5),
      gap: fc.integer({ min: 0, max: 6 }),
    })
    .map((r) => {
      const d = structuredClone(bundled);
      d.national.median.value = r.national;
      d.national.mean.value = r.mean;
      d.national.guideMedian.value = r.guideMedian;
      // Band medians must rise: each band's range is the previous one scaled up.
      let scale = 1;
      d.experience.bands.forEach((band, i) => {
        scale *= r.growth[i]!;
        const base = r.bands[0]!;
        band.annual.low = Math.round(base.low * scale);
        band.annual.high = Math.round(base.high * scale);
        band.anchorYears.value = r.anchors[i]! + i * 1e-6;
      });
      d.model.rangePercentiles.low = r.percentiles[0];
      d.model.rangePercentiles.high = r.percentiles[1];
      d.certifications.credentials.forEach((c, i) => (c.premium.value = r.premiums[i]!));
      d.certifications.additionalCredentialShare.value = r.share;
      d.specialties.forEach((s, i) => s.annual && Object.assign(s.annual, r.specialties[i]));
      d.settings.forEach((s, i) => s.annual && Object.assign(s.annual, r.settings[i]));
      Object.assign(d.remote.annual, r.remote);
      d.states.list.forEach((s, i) => Object.assign(s, { median: r.stateMedians[i], mean: r.stateMeans[i], priceIndex: r.prices[i] }));
      d.roles.modelRaise.value = r.raise;
      d.roles.ladder.forEach((role, i) => {
        if (role.minYears) role.minYears.value = r.floors[i]!;
        role.raisesAboveTrack.value = r.raises[i]!;
      });
      d.model.yearsBetweenPromotions.value = r.gap;
      return d;
    });
}
