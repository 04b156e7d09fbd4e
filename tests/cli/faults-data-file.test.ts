import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { tooDeep } from "../../src/cli/json-syntax.js";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { parseDataset } from "../../src/core/dataset/parse-dataset.js";
import { cli, STACK, type Run } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

/** --data files meant to hurt, and --data from where people really have it (a pipe). */
const dir = tempDir("faults-data");
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const exported = JSON.stringify(bundledDataset());

function expectUsageError(r: Run, message: string) {
  expect(r.stderr).toContain(message);
  expect([r.code, r.stdout]).toEqual([2, ""]);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toContain("internal error");
}

describe("nesting", () => {
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
  it.each([65, 2000, 5000, 200_000])("a file nested %i levels is refused before anything recurses", async (n) => {
    const alone = file(`deep${n}.json`, `{"notes":${deep(n)}}`);
    const inside = file(`deepin${n}.json`, exported.replace(/^\{/, `{"deepExtra":${deep(n)},`));
    const broken = file(`deepbad${n}.json`, `{"notes":${deep(n).slice(0, -1)}`);
    for (const path of [alone, inside, broken]) {
      expectUsageError(await cli(["data", "validate", path]), "more than 64 levels deep");
      expectUsageError(await cli(["--data", path, "estimate", "--json"]), "more than 64 levels deep");
    }
  });

  it("64 levels is still read (and refused for its shape, not its depth)", async () => {
    const r = await cli(["data", "validate", file("deep64.json", `{"notes":${deep(63)}}`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("levels deep");
  });

  it("the depth scan skips brackets in strings and escaped quotes", () => {
    expect(tooDeep(`{"a":"${"[".repeat(100)}\\"[[["}`, 2)).toBeUndefined();
    expect(tooDeep(`{"a":[[["x"]]]}`, 3)).toEqual({ line: 1, column: 8 });
  });

  it("the library's check of a deep or cyclic object reports it instead of overflowing the stack", () => {
    let nested: unknown = {};
    for (let i = 0; i < 100_000; i++) nested = { x: nested };
    const cyclic: Record<string, unknown> = structuredClone(bundledDataset()) as never;
    cyclic.loop = cyclic;
    for (const input of [{ ...structuredClone(bundledDataset()), deep: nested }, cyclic]) {
      const result = parseDataset(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => i.message)).toContain("nested more than 64 levels deep");
    }
  });
});

describe("--data from a pipe", () => {
  it("reads a FIFO (as <(…) and /dev/stdin are) to its end, with the same figures as the bundled data", async () => {
    const fifo = join(dir, "data.fifo");
    execFileSync("mkfifo", [fifo]);
    // The writer is a thread of its own: opening a FIFO waits for the other end.
    const writer = new Worker(`require("fs").writeFileSync(${JSON.stringify(fifo)}, ${JSON.stringify(exported)});`, { eval: true });
    const done = new Promise((resolve) => writer.once("exit", resolve));
    // Started before this thread blocks on the FIFO: a worker needs its parent's event loop to start.
    await new Promise((resolve) => writer.once("online", resolve));
    const viaFifo = await cli(["--data", fifo, "estimate", "-e", "4", "--json"]);
    await done;
    const bundled = await cli(["estimate", "-e", "4", "--json"]);
    expect(viaFifo.stderr).toBe("");
    expect(JSON.parse(viaFifo.stdout).annual).toEqual(JSON.parse(bundled.stdout).annual);
  });

  it("reads `-` from the run's own standard input, with the same figures as the bundled data and the same limits", async () => {
    const viaStdin = await cli(["--data", "-", "estimate", "-e", "4", "--json"], { stdin: exported });
    expect(viaStdin.stderr).toBe("");
    expect(JSON.parse(viaStdin.stdout).annual).toEqual(JSON.parse((await cli(["estimate", "-e", "4", "--json"])).stdout).annual);
    expect((await cli(["data", "validate", "-"], { stdin: exported })).stdout).toMatch(/^valid: - \(dataset /);
    expectUsageError(await cli(["data", "validate", "-"], { stdin: " \n" }), "the dataset file stdin is empty");
    expectUsageError(await cli(["--data", "-", "estimate"], { stdin: `{"notes":["${"x".repeat(6 * 1024 * 1024)}"]}` }), "the dataset file stdin is over the 5242880-byte limit");
  });

  it.each([
    ["estimate", "--input", "-"],
    ["offer", "--input=-"],
    ["offers", "-"],
  ])("refuses a second reader of standard input after --data - (%s …), rather than reading nothing", async (...command) => {
    expectUsageError(await cli(["--data", "-", ...command], { stdin: exported }), "standard input is already read: --data - took the dataset from it");
  });

  it("refuses an empty file, and one over 5 MiB without reading it all", async () => {
    expectUsageError(await cli(["data", "validate", file("empty.json", "")]), "is empty");
    expectUsageError(await cli(["data", "validate", file("blank.json", "  \n ")]), "is empty");
    expectUsageError(await cli(["data", "validate", file("big.json", `{"notes":["${"x".repeat(6 * 1024 * 1024)}"]}`)]), "over the 5242880-byte limit");
  });

  it("shows the file name and the version as text, never their control sequences", async () => {
    const d = structuredClone(bundledDataset());
    d.version += "\u001b[2J\u001b]52;c;cHduZWQ=\u0007";
    const r = await cli(["data", "validate", file("version\u001b[31m.json", JSON.stringify(d))]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stdout).toContain("\\u001b[2J");
  });
});
