import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/memory-io.js";
import { STACK } from "../helpers/cli.js";

/** Runs per property; CI keeps the default, FUZZ_RUNS=20000 searches harder. */
const runs = Number(process.env.FUZZ_RUNS ?? 150);

const commands = ["estimate", "offer", "compare", "career", "roi", "careers", "accuracy", "sources", "schema", "data", "wizard", "completion", "estmate", "help", ""];
const flags = [
  "--experience", "-e", "--cert", "-c", "--held", "--specialty", "--state", "-s", "--setting", "--remote", "--on-site", "--role",
  "--json", "--format", "-f", "--no-color", "--by", "--only", "--sort", "--years", "--no-promotions", "--cost", "--months",
  "--compare-paths", "--earn", "--no-prompt", "--input-format", "--data", "--help", "-h", "--version", "-V", "--", "-", "--bogus", "-x",
];
const values = [
  "4", "0", "2.5", "-3", "50", "51", "1e3", "NaN", "abc", "", " ", "CPC", "cpc", "CPC,CCS", "XYZ", "TX", "texas", "Texsa", "new york",
  "cardiology", "risk adjustment", "hospital", "office", "manager", "ceo", "state", "cert", "planet", "real", "52k", "$52,000", "24.50/h",
  "52kk", "0", "99999999999", "json", "csv", "markdown", "xml", "export", "validate", "estimate", "dataset", "CA,TX", "10", "41",
  "ñ", "🙂", "\u0000", "--state", "__proto__", "constructor", "../../etc/passwd",
];

const argv = fc.array(fc.oneof(fc.constantFrom(...commands), fc.constantFrom(...flags), fc.constantFrom(...values), fc.string({ maxLength: 8 })), { maxLength: 8 });

describe("fuzz: random command lines", () => {
  it("never crash: a documented exit code, no stack, data or message where it belongs", async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const io = memoryIo();
        const code = await run(args, io);
        expect([0, 2]).toContain(code);
        expect(io.stderr()).not.toMatch(STACK);
        expect(io.stderr()).not.toContain("internal error");
        if (code === 2) {
          expect(io.stdout()).toBe("");
          expect(io.stderr()).toMatch(/^(coding-salary: \S|Usage: coding-salary)/);
        } else expect(io.stdout().length).toBeGreaterThan(0);
      }),
      { numRuns: runs },
    );
  });
});
