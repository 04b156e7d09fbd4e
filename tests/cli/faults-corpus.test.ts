import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { cli, ROOT, STACK, type Run } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

/**
 * The corpus of bad inputs in tests/corpus, run in-process: argument vectors, dataset files
 * (as they are, and the bundled dataset with one value set), and batch inputs. Every bad
 * argument or dataset exits 2 with a message naming the problem and nothing on stdout; every
 * batch ends as its case says, never with a stack.
 */
const corpus = join(ROOT, "tests", "corpus");
const read = (path: string) => JSON.parse(readFileSync(join(corpus, path), "utf8"));
const badArguments: { args: string[]; stderr: string }[] = read("bad-arguments.json");
const dataCases = read("bad-data/expected.json");
const rawFiles: [string, string][] = Object.entries(dataCases["raw files: read as they are"]);
const patches: [string, { set: (string | number)[]; to: unknown; expect: string }][] = Object.entries(dataCases["patches: the bundled dataset (data export) with one value set"]);

interface BatchCase {
  /** The input file in bad-batch/, or its text. */
  file?: string;
  text?: string;
  args?: string[];
  code: number;
  /** Each output line's `line` and its error code (null for an estimate), in order. */
  records?: [number, string | null][];
  stderr?: string;
}
const batchCases: [string, BatchCase][] = Object.entries(read("bad-batch/expected.json"));

function expectUsageError(r: Run, message: string) {
  expect(r.stderr).toContain(message);
  expect([r.code, r.stdout]).toEqual([2, ""]);
  expect(r.stderr).not.toMatch(STACK);
}

describe("bad arguments", () => {
  it.each(badArguments.map((c) => [c.args.join(" "), c] as const))("%s", async (_name, c) => {
    expectUsageError(await cli(c.args), c.stderr);
  });
});

describe("bad data files", () => {
  it.each(rawFiles)("%s", async (file, message) => {
    const path = `tests/corpus/bad-data/${file}`;
    expectUsageError(await cli(["data", "validate", path]), message);
    expectUsageError(await cli(["estimate", "--json", "--data", path]), message);
  });

  const dir = tempDir("corpus");
  it.each(patches)("%s", async (file, patch) => {
    const data = structuredClone(bundledDataset()) as unknown as Record<string | number, unknown>;
    let node = data;
    for (const key of patch.set.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[patch.set[patch.set.length - 1]!] = patch.to;
    const path = join(dir, file);
    writeFileSync(path, JSON.stringify(data, null, 2));
    expectUsageError(await cli(["data", "validate", path]), patch.expect);
    expectUsageError(await cli(["estimate", "--data", path]), patch.expect);
  });
});

describe("bad batch input", () => {
  it("lists every file of bad-batch/ in its expected.json", () => {
    const files = readdirSync(join(corpus, "bad-batch")).filter((f) => f !== "expected.json");
    expect(files.filter((f) => !batchCases.some(([, c]) => c.file === f))).toEqual([]);
  });

  it.each(batchCases)("%s", async (_name, c) => {
    const input = c.file ? ["--input", join(corpus, "bad-batch", c.file)] : ["--input", "-"];
    const r = await cli(["estimate", ...input, ...(c.args ?? [])], { stdin: c.text ?? "" });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toContain("internal error");
    if (c.stderr) expect(r.stderr).toContain(c.stderr);
    expect(r.code).toBe(c.code);
    if (c.code === 2) expect(r.stdout).toBe("");
    if (c.records) {
      const out = r.stdout
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      expect(out.map((o) => [o.line, o.error?.code ?? null])).toEqual(c.records);
    }
  });
});
