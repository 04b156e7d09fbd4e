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
