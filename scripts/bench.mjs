#!/usr/bin/env node
// Benchmarks the built CLI against Node itself, on this machine, now: `npm run bench`.
// Start-up: each command and the baseline run alternately (A B A B …); the figure is the
// median of the per-pair ratios, with their min–max, so a machine that speeds up or slows down
// mid-run affects both sides alike. Batch: profiles per second and peak memory (GNU time).
// Options: --runs N (default 21), --lines N (default 1000000), --only startup|batch.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "21" }, lines: { type: "string", default: "1000000" }, only: { type: "string" } } });
const runs = Number(values.runs);
const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "coding-salary.cjs");
const work = mkdtempSync(join(tmpdir(), "coding-salary-bench-"));
const empty = join(work, "empty.mjs");
writeFileSync(empty, "");

const node = process.execPath;
/** Wall time of one run, in milliseconds. */
function time(args, options = {}) {
  const start = performance.now();
  const r = spawnSync(node, args, { stdio: ["ignore", "ignore", "ignore"], ...options });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return performance.now() - start;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 2) => x.toFixed(digits);

function paired(args, baseline) {
  for (let i = 0; i < 3; i++) time(args), time(baseline); // warm the file cache
  const ratios = [];
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    const ta = time(args);
    const tb = time(baseline);
    a.push(ta);
    b.push(tb);
    ratios.push(ta / tb);
  }
  return { ratio: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), a: median(a), b: median(b) };
}

console.log(`coding-salary benchmark — Node ${process.version}, ${process.platform}-${process.arch}, ${runs} alternating runs`);

if (values.only !== "batch") {
  const startup = [
    ["estimate --json", ["estimate", "--json", "--experience", "4", "--cert", "CPC", "--state", "TX"], 1.15],
    ["--help", ["--help"], 1.15],
    ["--version", ["--version"], 1.15],
    ["estimate (table)", ["estimate", "--experience", "4", "--cert", "CPC", "--state", "TX"], 1.25],
  ];
  console.log("\nStart-up, wall time as a ratio to the baseline (median of pairs, min–max):");
  console.log("| command | vs `node -e 0` | vs `node empty.mjs` | median ms (cli / node -e 0) | target |");
  console.log("|---|---|---|---|---|");
  for (const [name, args, target] of startup) {
    const e = paired([bin, ...args], ["-e", "0"]);
    const m = paired([bin, ...args], [empty]);
    console.log(`| \`${name}\` | ${fmt(e.ratio)}× (${fmt(e.min)}–${fmt(e.max)}) | ${fmt(m.ratio)}× (${fmt(m.min)}–${fmt(m.max)}) | ${fmt(e.a, 0)} / ${fmt(e.b, 0)} | ≤ ${target}× |`);
  }
}

if (values.only !== "startup") {
  const lines = Number(values.lines);
  const states = ["CA", "TX", "NY", "FL", "OH", "WA", "MS", "DC"];
  const write = (name, n, profile) => {
    const path = join(work, name);
    const out = [];
    for (let i = 0; i < n; i++) out.push(JSON.stringify(profile(i)));
    writeFileSync(path, `${out.join("\n")}\n`);
    return path;
  };
  const typical = (i) => ({ experienceYears: i % 25, certifications: i % 3 ? ["CPC"] : [], state: states[i % 8] });
  // Every profile different: nothing to reuse, the worst case.
  const distinct = (i) => ({ experienceYears: (i % 400_000) / 10_000, certifications: i % 3 ? ["CPC"] : [], state: states[i % 8] });
  const hasGnuTime = spawnSync("/usr/bin/time", ["-f", "%M", "true"]).status === 0;
  const run = (path) => {
    const start = performance.now();
    const r = hasGnuTime
      ? spawnSync("/usr/bin/time", ["-f", "%M", node, bin, "estimate", "--input", path, "--json"], { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 20 })
      : spawnSync(node, [bin, "estimate", "--input", path, "--json"], { stdio: ["ignore", "ignore", "pipe"] });
    const ms = performance.now() - start;
    const peak = hasGnuTime ? Number(r.stderr.toString().trim().split("\n").pop()) : NaN;
    return { ms, peak };
  };
  console.log(`\nBatch, --json to /dev/null (best of 3 runs; peak RSS from GNU time${hasGnuTime ? "" : " — not installed, not measured"}):`);
  console.log("| input | lines | profiles/s | peak RSS | RSS vs 10,000 lines |");
  console.log("|---|---|---|---|---|");
  for (const [name, profile] of [["typical (repeats)", typical], ["all distinct", distinct]]) {
    const small = run(write(`small-${name}.jsonl`, 10_000, profile));
    const path = write(`big-${name}.jsonl`, name === "all distinct" ? Math.min(lines, 200_000) : lines, profile);
    const n = name === "all distinct" ? Math.min(lines, 200_000) : lines;
    const best = [run(path), run(path), run(path)].sort((x, y) => x.ms - y.ms)[0];
    console.log(`| ${name} | ${n.toLocaleString("en-US")} | ${Math.round((n / best.ms) * 1000).toLocaleString("en-US")} | ${fmt(best.peak / 1024, 1)} MiB | ${fmt(best.peak / small.peak)}× |`);
  }
}

rmSync(work, { recursive: true, force: true });
