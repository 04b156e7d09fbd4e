import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../../src/cli/main.js";
import { STACK } from "../../helpers/cli.js";
import { memoryIo } from "../../helpers/memory-io.js";

const runs = Number(process.env.FUZZ_RUNS ?? 100);

/** Lines that are profiles, almost-profiles, and noise. */
const profileLine = fc.record(
  {
    experienceYears: fc.oneof(fc.double({ min: -5, max: 60 }), fc.constantFrom("4", null, "x")),
    certifications: fc.oneof(fc.array(fc.constantFrom("CPC", "cpc", "CCS", "NOPE", "")), fc.constant("CPC")),
    state: fc.constantFrom("TX", "texas", "ZZ", "", null, "New York"),
    remote: fc.oneof(fc.boolean(), fc.constant("yes")),
    role: fc.constantFrom("coder", "manager", "boss"),
  },
  { requiredKeys: [] },
).map((o) => JSON.stringify(o));
const line = fc.oneof(profileLine, fc.json(), fc.string({ maxLength: 30 }), fc.constantFrom("", "   ", "{", "[]", "null", '{"__proto__":{"x":1}}'));

describe("fuzz: random batch input", () => {
  it.each(["jsonl", "csv"] as const)("%s: one output line per non-blank record, documented exit codes, no stack", async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 25 }), async (input) => {
        const text = format === "csv" ? `experienceYears,state,remote\n${input.map((l) => l.replace(/\n/g, " ")).join("\n")}` : input.join("\n");
        const io = memoryIo({ stdin: text });
        const code = await run(["estimate", "--input", "-", "--input-format", format, "--json"], io);
        expect(io.stderr()).not.toMatch(STACK);
        if (code === 2) {
          // Only a CSV row that is not a record can be a usage error: none here, the header is fixed.
          throw new Error(`usage error: ${io.stderr()}`);
        }
        expect([0, 3]).toContain(code);
        const out = io.stdout().split("\n").filter(Boolean).map((l) => JSON.parse(l));
        const summary = /(\d+) records: (\d+) ok, (\d+) failed/.exec(io.stderr());
        expect(summary).not.toBeNull();
        expect(out).toHaveLength(Number(summary![1]));
        expect(out.filter((o) => o.error)).toHaveLength(Number(summary![3]));
        expect(code).toBe(Number(summary![3]) > 0 ? 3 : 0);
        const numbers = out.map((o) => o.line);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(new Set(numbers).size).toBe(numbers.length);
        if (format === "jsonl") expect(out).toHaveLength(input.filter((l) => l.trim() !== "").flatMap((l) => l.split("\n")).filter((l) => l.trim() !== "").length);
      }),
      { numRuns: runs },
    );
  });
});
