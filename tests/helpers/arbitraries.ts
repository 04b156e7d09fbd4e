import fc from "fast-check";
import type { Dataset } from "../../src/core/dataset/dataset-schema.js";
import type { ProfileInput } from "../../src/core/profile.js";

/** Any valid profile for a dataset: every field optional, every value the dataset allows. */
export function profileArbitrary(d: Dataset): fc.Arbitrary<ProfileInput> {
  const pick = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
  return fc.record(
    {
      experienceYears: fc.option(fc.double({ min: 0, max: d.experience.maxYears.value, noNaN: true }), { nil: undefined }),
      certifications: fc.option(fc.subarray(d.credentials.list.map((c) => c.code)), { nil: undefined }),
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
const rising = (length: number, min: number, max: number) =>
  fc.uniqueArray(fc.integer({ min, max }), { minLength: length, maxLength: length }).map((xs) => xs.sort((a, b) => a - b));

/**
 * Any valid dataset: the bundled one with every figure the model reads redrawn within the
 * rules the dataset check enforces (percentiles rising, shares summing to one, ladders rising,
 * state figures sometimes missing), extreme values included.
 */
export function datasetArbitrary(bundled: Dataset): fc.Arbitrary<Dataset> {
  const states = bundled.states.list.length;
  const credentials = bundled.credentials.list.length;
  // The national median first: the check wants every pay figure within ×10 of it (the careers'
  // figures, not redrawn here, are $35,000–$60,000, so it stays within $6,000–$350,000).
  return money(6_000, 350_000).chain((national) => {
    const low = Math.ceil(national / 10);
    const high = Math.floor(national * 10);
    const pay = () => money(low, high);
    return fc.record({
      national: fc.constant(national),
      mean: pay(),
      percentiles: rising(5, low, high).filter((p) => (p[4] as number) / (p[0] as number) <= 20),
      later: pay(),
      certifiedShare: fc.double({ min: 0, max: 1, noNaN: true }),
      mix: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }),
      points: fc.tuple(pay(), pay(), pay(), pay()),
      certified: pay(),
      nonCertified: pay(),
      counts: fc.array(pay(), { minLength: 3, maxLength: 3 }),
      pay: fc.array(fc.tuple(pay(), pay()), { minLength: credentials, maxLength: credentials }),
      attribution: fc.double({ min: 0, max: 1, noNaN: true }),
      freeUpTo: fc.double({ min: 1, max: 3, noNaN: true }),
      limit: fc.double({ min: 1, max: 3, noNaN: true }),
      levelBound: fc.double({ min: 1, max: 3, noNaN: true }),
      guideMedian: pay(),
      specialties: fc.array(range(low, high), { minLength: bundled.specialties.length, maxLength: bundled.specialties.length }),
      settings: fc.array(range(low, high), { minLength: bundled.settings.length, maxLength: bundled.settings.length }),
      remote: range(low, high),
      levels: rising(3, low, high),
      stateMedians: fc.array(fc.option(pay(), { nil: null, freq: 8 }), { minLength: states, maxLength: states }),
      laterMedians: fc.array(fc.option(pay(), { nil: null, freq: 4 }), { minLength: states, maxLength: states }),
      stateMeans: fc.array(fc.option(pay(), { nil: null, freq: 4 }), { minLength: states, maxLength: states }),
      prices: fc.array(fc.option(fc.double({ min: 1, max: 1000, noNaN: true }), { nil: null, freq: 8 }), { minLength: states, maxLength: states }),
    });
  })
    .map((g) => {
      const d = structuredClone(bundled);
      d.national.median.value = g.national;
      d.national.mean.value = g.mean;
      d.states.laterWages.median = g.later;
      const [p10, p25, p50, p75, p90] = g.percentiles as [number, number, number, number, number];
      d.national.distribution.percentiles = { p10, p25, p50, p75, p90 };
      d.population.certifiedShare.value = g.certifiedShare;
      const total = g.mix.reduce((a, b) => a + b, 0);
      d.population.experienceMix.brackets = g.mix.map((w, i) => ({ fromYears: i * 5, toYears: i * 5 + 4, share: w / total }));
      d.population.experienceMix.brackets[g.mix.length - 1]!.share += 1 - d.population.experienceMix.brackets.reduce((a, b) => a + b.share, 0);
      const [a, b, c, e] = g.points;
      d.experience.surveyPoints = [
        { group: "certified", years: 1, annual: a, source: "aapc-2010-survey" },
        { group: "certified", years: 30, annual: b, source: "aapc-2010-survey" },
        { group: "non-certified", years: 0.5, annual: c, source: "aapc-2010-survey" },
        { group: "non-certified", years: 30, annual: e, source: "aapc-2010-survey" },
      ];
      d.credentials.certified.value = g.certified;
      d.credentials.nonCertified.value = g.nonCertified;
      d.credentials.oneCredential.value = g.counts[0] as number;
      d.credentials.byCount = [
        { count: 2, annual: g.counts[1] as number, source: "aapc-2025-survey" },
        { count: 3, annual: g.counts[2] as number, source: "aapc-2025-survey" },
      ];
      d.credentials.list.forEach((cred, i) => {
        const [annual, versus] = g.pay[i] as [number, number];
        if (cred.pay) cred.pay = { ...cred.pay, annual, versus: { ...cred.pay.versus, annual: versus } };
      });
      // An apprentice status earns no more than its full credential (the check refuses it): at most the same ratio.
      for (const cred of d.credentials.list) {
        const full = d.credentials.list.find((c) => c.code === cred.apprenticeOf);
        if (cred.pay && full?.pay && cred.pay.annual / cred.pay.versus.annual > full.pay.annual / full.pay.versus.annual)
          cred.pay = { ...cred.pay, annual: full.pay.annual, versus: { ...cred.pay.versus, annual: full.pay.versus.annual } };
      }
      d.model.attribution.value = g.attribution;
      d.model.overlap = { ...d.model.overlap, freeUpTo: g.freeUpTo, limit: g.limit };
      d.model.levelBound.value = g.levelBound;
      d.guideMedian.value = g.guideMedian;
      d.specialties.forEach((s, i) => {
        if (s.annual) s.annual = { ...s.annual, ...(g.specialties[i] as { low: number; high: number }) };
      });
      d.settings.forEach((s, i) => {
        if (s.annual) s.annual = { ...s.annual, ...(g.settings[i] as { low: number; high: number }) };
      });
      d.remote.annual = { ...d.remote.annual, ...g.remote };
      const levelled = d.roles.ladder.filter((r) => r.level);
      levelled.forEach((r, i) => {
        if (r.level) r.level.value = g.levels[i] ?? r.level.value;
      });
      d.states.list.forEach((s, i) => {
        s.median = g.stateMedians[i] ?? null;
        s.laterMedian = g.laterMedians[i] ?? null;
        s.mean = g.stateMeans[i] ?? null;
        s.priceIndex = g.prices[i] ?? null;
      });
      return d;
    });
}
