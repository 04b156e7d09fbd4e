import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, STACK } from "../helpers/cli.js";
import { inputFiles, jsonLines, profiles } from "../helpers/batch-files.js";

const file = inputFiles("batch");
const lines = jsonLines;

describe("estimate --input (batch) as a process: memory, pipes, signals", () => {
  it("streams a large input with flat memory", async () => {
    /** Lines written and peak memory (KiB, GNU time) of a batch over `path`; the output is counted as it streams, not kept. */
    const run = (path: string) =>
      new Promise<{ lines: number; peak: number }>((resolve, reject) => {
        const child = spawn("/usr/bin/time", ["-f", "%M", process.execPath, BIN, "estimate", "--input", path], { stdio: ["ignore", "pipe", "pipe"] });
        let lines = 0;
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => {
          for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
        });
        child.stderr.on("data", (d) => (stderr += d));
        child.on("error", reject);
        child.on("close", () => resolve({ lines, peak: Number(stderr.trim().split("\n").pop()) }));
      });
    // The heap settles by about 30,000 lines (V8 grows it before it collects in earnest); from there, five times the input, the same memory.
    // One after the other: run side by side, each would slow the other's collector, and the heap grows while it waits.
    const big = await run(file("big.jsonl", profiles(150_000)));
    const small = await run(file("small.jsonl", profiles(30_000)));
    expect(big.lines).toBe(150_000);
    expect(small.lines).toBe(30_000);
    if (!Number.isFinite(big.peak)) return; // no GNU time here: the counts above still hold
    expect(big.peak / small.peak).toBeLessThan(1.2);
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

  // Distinct profiles (nothing to reuse), so a run lasts well past the signal.
  const distinct = file("distinct.jsonl", Array.from({ length: 200_000 }, (_, i) => JSON.stringify({ experienceYears: i / 10_000, state: "CA" })).join("\n"));
  it.concurrent.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("stops on %s with only whole lines written, exit %i", async (signal, code) => {
    const input = distinct;
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
