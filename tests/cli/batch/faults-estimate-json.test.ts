import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonBytes, writeEstimateJson } from "../../../src/cli/batch/estimate-json.js";
import { estimateDocument } from "../../../src/cli/render/json.js";
import { bundledDataset } from "../../../src/core/dataset/bundled-dataset.js";
import type { Dataset } from "../../../src/core/dataset/dataset-schema.js";
import { loadDataset } from "../../../src/core/dataset/parse-dataset.js";
import { estimate } from "../../../src/core/estimate.js";

/**
 * The batch writes each estimate with a serializer of its own that reuses the text of what
 * repeats; it must give exactly JSON.stringify of the estimate document, for any profile and
 * any dataset (labels with quotes, escapes and line separators included).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 300);
const bundled = bundledDataset();

/** The bundled dataset with labels and titles that need escaping. */
function oddlyLabelled(mark: string): Dataset {
  const d = structuredClone(bundled);
  d.specialties.forEach((s, i) => (s.label = `${s.label} ${mark}${i}`));
  d.sources[0]!.title = `"Quoted" \\ ${mark}`;
  d.states.list[43]!.name = `Te${mark}xas`;
  d.credentials.list[1]!.name = `${mark} Coder`;
  return loadDataset(d);
}

/** The serializer's text for an estimate, as a whole document. */
function serialized(e: ReturnType<typeof estimate>, d: Dataset): string {
  const out = new JsonBytes();
  writeEstimateJson(e, d, out);
  return `{${out.buffer.toString("utf8", 0, out.length)}`;
}

const datasets = [bundled, oddlyLabelled("\u2028\"\n\t\u001b[2J é 💼"), oddlyLabelled("</script>")];

const profile = (d: Dataset) =>
  fc.record(
    {
      experienceYears: fc.oneof(fc.double({ min: 0, max: 50, noNaN: true }), fc.integer({ min: 0, max: 50 }), fc.constant(null)),
      certifications: fc.oneof(fc.subarray(d.credentials.list.map((c) => c.code), { maxLength: 4 }), fc.constant(null)),
      specialty: fc.constantFrom(null, ...d.specialties.map((s) => s.id)),
      state: fc.constantFrom(null, ...d.states.list.map((s) => s.code)),
      setting: fc.constantFrom(null, ...d.settings.map((s) => s.id)),
      remote: fc.boolean(),
      role: fc.constantFrom(null, ...d.roles.ladder.map((r) => r.id)),
    },
    { requiredKeys: [] },
  );

describe("the batch's JSON serializer", () => {
  it("gives exactly JSON.stringify(estimateDocument(e, d)) for any profile and dataset", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...datasets).chain((d) => fc.tuple(fc.constant(d), profile(d))),
        ([d, p]) => {
          const e = estimate(p, d);
          // Twice: the second reuses what the first remembered. A line break ends it.
          expect(serialized(e, d)).toBe(`${JSON.stringify(estimateDocument(e, d))}\n`);
          expect(serialized(e, d)).toBe(`${JSON.stringify(estimateDocument(e, d))}\n`);
        },
      ),
      { numRuns: runs },
    );
  });

  it("keeps what it remembers apart between datasets", () => {
    const [a, b] = [datasets[1]!, datasets[2]!];
    const p = { specialty: "cardiology", state: "TX", certifications: ["CPC"] };
    const ea = estimate(p, a);
    const eb = estimate(p, b);
    expect(serialized(ea, a)).not.toBe(serialized(eb, b));
    expect(serialized(eb, b)).toBe(`${JSON.stringify(estimateDocument(eb, b))}\n`);
  });

  it("writes any number as JSON.stringify does", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.integer(),
          fc.maxSafeInteger(),
          // Figures of four and two decimals (multipliers, dollars an hour), written digit by digit.
          fc.integer().map((k) => k / 10000),
          fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 100),
          fc.constantFrom(0, -0, 2147483647, -2147483648, 2147483648, 4294967296, 214748.3647, -214748.3648, 1e21, NaN, Infinity, -Infinity, 0.1, 0.0001, 0.00005, 1e-7, 100.5, 0.7082),
        ),
        (n) => {
          const out = new JsonBytes();
          out.number(n);
          expect(out.buffer.toString("latin1", 0, out.length)).toBe(JSON.stringify(n));
        },
      ),
      { numRuns: runs * 10 },
    );
  });
});
