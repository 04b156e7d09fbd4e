import { execFileSync, spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, STACK, run, runJson } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const dir = tempDir("batch");
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const lines = (text: string) => text.split("\n").filter(Boolean).map((l) => JSON.parse(l));

/** n profiles as JSON Lines, every `badEvery`-th line broken in one of several ways. */
function profiles(n: number, badEvery = 0): string {
  const bad = ["{not json", '{"experienceYears":-3}', '{"state":"ZZ"}', '{"certifications":["NOPE"]}', "[1,2,3]", '{"experience":4}'];
  const states = ["CA", "TX", "NY", "FL", "OH", "WA", "MS", "DC"];
  const out: string[] = [];
  for (let i = 1; i <= n; i++)
    out.push(badEvery && i % badEvery === 0 ? bad[(i / badEvery) % bad.length]! : JSON.stringify({ experienceYears: i % 25, certifications: i % 4 ? ["CPC"] : [], state: states[i % 8], remote: i % 7 === 0 }));
  return `${out.join("\n")}\n`;
}

describe("estimate --input (batch)", () => {
  it("writes one line per record, in order, with error records in place, and exits 3 with a summary", async () => {
    const r = await run(["estimate", "--input", file("mixed.jsonl", profiles(600, 10))]);
    expect(r.code).toBe(3);
    const out = lines(r.stdout);
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
    const errors = out.filter((o) => o.error);
    expect(errors.map((o) => o.line)).toEqual(Array.from({ length: 60 }, (_, i) => (i + 1) * 10));
    expect(new Set(errors.map((o) => o.error.code))).toEqual(new Set(["invalid-json", "invalid-experience", "unknown-state", "unknown-certification", "invalid-profile"]));
    for (const o of errors) expect(Object.keys(o)).toEqual(["line", "error"]);
    expect(r.stderr).toBe("coding-salary: 600 records: 540 ok, 60 failed\n");
  });

  it("gives each record exactly the single estimate's document", async () => {
    const r = await run(["estimate", "--input", file("some.jsonl", profiles(16))]);
    expect(r.code).toBe(0);
    for (const o of lines(r.stdout)) {
      const { line, ...doc } = o;
      const i = doc.input;
      const single = await runJson(["estimate", "--json", "-e", String(i.experienceYears), "--state", i.state, ...(i.remote ? ["--remote"] : []), ...i.certifications.flatMap((c: string) => ["--cert", c])]);
      expect(doc).toEqual(single);
      expect(line).toBeGreaterThan(0);
    }
  });

  it("skips blank lines but keeps counting them, and reads stdin with -", async () => {
    const r = await run(["estimate", "--input", "-"], { input: '{"state":"TX"}\n\n   \n{"state":"OH"}' });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((o) => [o.line, o.input.state])).toEqual([
      [1, "TX"],
      [4, "OH"],
    ]);
  });

  it("applies profile flags where a record leaves a field out", async () => {
    const r = await run(["estimate", "--input", "-", "--state", "TX", "--cert", "CPC"], { input: '{"experienceYears":3}\n{"experienceYears":3,"state":"CA","certifications":[]}\n' });
    expect(lines(r.stdout).map((o) => [o.input.state, o.input.certifications])).toEqual([
      ["TX", ["CPC"]],
      ["CA", []],
    ]);
  });

  it("reads CSV and writes CSV with a fixed header, quoting where needed", async () => {
    const csv = file("staff.csv", 'experienceYears,certifications,state,setting,remote\n4,CPC;CCS,"New York",hospital,no\nx,,,,\n1,CPC,TX,,yes\n');
    const r = await run(["estimate", "--input", csv, "--format", "csv"]);
    expect(r.code).toBe(3);
    const [header, ...rows] = r.stdout.trimEnd().split("\n");
    expect(header).toBe("line,experienceYears,certifications,specialty,state,setting,remote,role,low,median,high,p10,p25,p50,p75,p90,error");
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^2,4,CPC;CCS,,NY,hospital,false,,\d+,\d+,\d+,\d+,\d+,\d+,\d+,\d+,$/);
    expect(rows[1]).toBe('3,x,,,,,,,,,,,,,,,"invalid-experience: experience must be a number of years, got ""x"""');
    expect(rows[2]!.startsWith("4,1,CPC,,TX,,true,,")).toBe(true);
    const json = lines((await run(["estimate", "--input", csv, "--json"])).stdout);
    expect(json[0].annual.median).toBe(Number(rows[0]!.split(",")[9]));
  });

  it("refuses a batch as a table, a missing file and an unknown CSV column, writing nothing", async () => {
    for (const [args, message] of [
      [["estimate", "--input", "-", "--format", "table"], "a batch writes JSON Lines or CSV, not table"],
      [["estimate", "--input", join(dir, "missing.jsonl")], "cannot read the input file"],
      [["estimate", "--input", dir], "is a directory"],
      [["estimate", "--input", file("bad.csv", "state,salary\nTX,1\n")], 'unknown CSV column "salary"'],
    ] as const) {
      const r = await run([...args]);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toContain(message);
    }
  });

  it("streams a large input with flat memory", () => {
    const big = file("big.jsonl", profiles(200_000));
    const small = file("small.jsonl", profiles(10_000));
    const out = execFileSync(process.execPath, [BIN, "estimate", "--input", big], { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] });
    let count = 0;
    for (let i = out.indexOf(10); i !== -1; i = out.indexOf(10, i + 1)) count++;
    expect(count).toBe(200_000);
    const time = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, BIN, "estimate", "--input", small]);
    if (time.error) return; // no GNU time here: the count above still holds
    const peak = (path: string) => Number(spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, BIN, "estimate", "--input", path], { stdio: ["ignore", "ignore", "pipe"] }).stderr.toString().trim().split("\n").pop());
    expect(peak(big) / peak(small)).toBeLessThan(1.2);
  });

  it("exits quietly with 0 when the reader goes away (| head -1)", () => {
    const r = spawnSync("bash", ["-c", `node '${BIN}' estimate --input '${file("pipe.jsonl", profiles(50_000))}' | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("0");
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toMatch(/EPIPE/);
  });

  it("stops on Ctrl+C while it waits for input that does not come", async () => {
    const child = spawn(process.execPath, [BIN, "estimate", "--input", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.stdin.write('{"state":"TX"}\n');
    // The record is estimated and written; then stdin stays open and silent.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(lines(stdout).map((o) => o.line)).toEqual([1]);
    expect(stderr).toContain("1 records: 1 ok, 0 failed (stopped by SIGINT)");
    child.stdin.destroy();
  });

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("stops on %s with only whole lines written, exit %i", async (signal, code) => {
    // Distinct profiles (nothing to reuse), so the run lasts well past the signal.
    const input = file(`signal-${signal}.jsonl`, Array.from({ length: 400_000 }, (_, i) => JSON.stringify({ experienceYears: i / 10_000, state: "CA" })).join("\n"));
    const child = spawn(process.execPath, [BIN, "estimate", "--input", input], { stdio: ["ignore", "pipe", "pipe"] });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const chunks: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => chunks.push(d));
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    // Signal once output is flowing.
    await new Promise((resolve) => child.stdout.once("data", resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill(signal);
    const exit = await exited;
    const written = Buffer.concat(chunks).toString("utf8");
    expect(written.length).toBeGreaterThan(0);
    expect(written.endsWith("\n")).toBe(true);
    const records = lines(written);
    expect(records.length).toBeLessThan(400_000);
    expect(records.map((o) => o.line)).toEqual(Array.from({ length: records.length }, (_, i) => i + 1));
    expect(exit).toBe(code);
    expect(stderr).toMatch(new RegExp(`stopped by ${signal}`));
    expect(stderr).not.toMatch(STACK);
  });
});
