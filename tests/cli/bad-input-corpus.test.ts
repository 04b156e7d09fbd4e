import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, STACK, cli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

/**
 * The corpus of bad inputs in tests/corpus: argument vectors and bad data files. Every case
 * must exit 2 with a message on stderr that names the problem, and write nothing on stdout.
 */
const corpus = join(ROOT, "tests", "corpus");
const badArguments: { args: string[]; stderr: string }[] = JSON.parse(readFileSync(join(corpus, "bad-arguments.json"), "utf8"));
const dataCases = JSON.parse(readFileSync(join(corpus, "bad-data", "expected.json"), "utf8"));
const rawFiles: [string, string][] = Object.entries(dataCases["raw files: read as they are"]);
const patches: [string, { set: (string | number)[]; to: unknown; expect: string }][] = Object.entries(dataCases["patches: the bundled dataset (data export) with one value set"]);

function expectUsageError(r: Awaited<ReturnType<typeof cli>>, message: string) {
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.code).toBe(2);
}

describe("bad arguments", () => {
  it.each(badArguments.map((c) => [c.args.join(" "), c] as const))("%s", async (_name, c) => {
    expectUsageError(await cli(c.args), c.stderr);
  });
});

describe("bad values too long to echo", () => {
  it("a 20,000-character --state gets a short message, and no suggestion is searched for", async () => {
    const r = await cli(["estimate", "--state", "A".repeat(20_000)]);
    expectUsageError(r, '…" (20000 characters)');
    expect(r.stderr.length).toBeLessThan(1_000);
    expect(r.stderr).not.toContain("Did you mean");
  });
});

describe("bad data files", () => {
  it.each(rawFiles)("%s", async (file, message) => {
    const path = `tests/corpus/bad-data/${file}`;
    expectUsageError(await cli(["data", "validate", path]), message);
    expectUsageError(await cli(["estimate", "--json", "--data", path]), message);
  });

  const exported = cli(["data", "export"]).then((r) => JSON.parse(r.stdout));
  const dir = tempDir("corpus");

  it.each(patches)("%s", async (file, patch) => {
    const data = structuredClone(await exported);
    let node = data;
    for (const key of patch.set.slice(0, -1)) node = node[key];
    node[patch.set[patch.set.length - 1]!] = patch.to;
    const path = join(dir, file);
    writeFileSync(path, JSON.stringify(data, null, 2));
    expectUsageError(await cli(["data", "validate", path]), patch.expect);
    expectUsageError(await cli(["estimate", "--data", path]), patch.expect);
  });
});
