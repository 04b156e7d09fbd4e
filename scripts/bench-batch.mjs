#!/usr/bin/env node
// Batch throughput of the built CLI against a bare Node loop that reads the same file with
// readline and re-serialises each line (JSON.parse + JSON.stringify, output in blocks) — the
// least any batch reader does. The two run alternately (A B A B …) in the same run, so a
// machine that slows down mid-run slows both; each figure is a median with its min–max.
//   node scripts/bench-batch.mjs [--runs N] [--memory]
// Distinct: 200,000 lines, no two alike (experience in thousandths of a year, 51 states, four
// credential sets), so no cache can help. Repeated: 300,000 lines over 300 profiles.
// --memory adds peak RSS (GNU time) for 10,000 and 1,000,000 distinct lines.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" }, memory: { type: "boolean", default: false } } });
const runs = Number(values.runs);
const bin = join(import.meta.dirname, "..", "bin", "coding-salary.cjs");
const work = mkdtempSync(join(tmpdir(), "coding-salary-bench-batch-"));
const node = process.execPath;

const STATES = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(" ");
const CERTS = [[], ["CPC"], ["CCS"], ["CPC", "RHIT"]];
function write(name, lines, profile) {
  const path = join(work, name);
  let text = "";
  for (let i = 0; i < lines; i++) text += `${JSON.stringify(profile(i))}\n`;
  writeFileSync(path, text);
  return path;
}
const distinct = (n) => (i) => ({ experienceYears: (i % 50_000) / 1000, certifications: CERTS[Math.floor(i / 50_000) % 4], state: STATES[i % 51] });
const repeated = (i) => ({ experienceYears: i % 25, certifications: i % 3 ? ["CPC"] : [], state: ["CA", "TX", "NY", "FL", "OH"][i % 5], remote: i % 12 === 0 });

const bare = join(work, "bare.cjs");
writeFileSync(
  bare,
  `const rl=require("readline").createInterface({input:require("fs").createReadStream(process.argv[2])});let o=[];` +
    `rl.on("line",l=>{o.push(JSON.stringify(JSON.parse(l)));if(o.length>=1000){process.stdout.write(o.join("\\n")+"\\n");o=[]}});` +
    `rl.on("close",()=>process.stdout.write(o.join("\\n")+"\\n"))`,
);

function time(args) {
  const start = performance.now();
  const r = spawnSync(node, args, { stdio: ["ignore", "ignore", "ignore"] });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return performance.now() - start;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;

function paired(file, lines) {
  time([bin, "estimate", "--input", file]); // warm the file cache and the code cache
  time([bare, file]);
  const cli = [];
  const base = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const c = time([bin, "estimate", "--input", file]);
    const b = time([bare, file]);
    cli.push(c);
    base.push(b);
    ratios.push(c / b);
  }
  const rates = cli.map((ms) => (lines * 1000) / ms);
  return { cli, base, ratios, rates };
}

function peakMiB(file) {
  const r = spawnSync("/usr/bin/time", ["-f", "%M", node, bin, "estimate", "--input", file], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  return Number(r.stderr.trim().split("\n").pop()) / 1024;
}

console.log(`coding-salary batch benchmark — Node ${process.version}, ${process.platform}-${process.arch}, ${runs} alternating runs (JSON Lines in, JSON Lines out)`);
console.log("\n| input | CLI ms, median (min–max) | bare loop ms, median (min–max) | CLI / bare loop, median of pairs (min–max) | profiles/s, median (min–max) |");
console.log("|---|---|---|---|---|");
for (const [name, lines, profile] of [
  ["200,000 distinct profiles", 200_000, distinct(200_000)],
  ["300,000 lines, 300 profiles repeated", 300_000, repeated],
]) {
  const file = write(`${lines}.jsonl`, lines, profile);
  const r = paired(file, lines);
  const rate = (x) => `${Math.round(x / 1000)}k`;
  console.log(
    `| ${name} | ${Math.round(median(r.cli))} (${range(r.cli)}) | ${Math.round(median(r.base))} (${range(r.base)}) | ${median(r.ratios).toFixed(2)}× (${Math.min(...r.ratios).toFixed(2)}–${Math.max(...r.ratios).toFixed(2)}) | ${rate(median(r.rates))} (${rate(Math.min(...r.rates))}–${rate(Math.max(...r.rates))}) |`,
  );
}

if (values.memory) {
  if (!existsSync("/usr/bin/time")) console.log("\nPeak memory: GNU time (/usr/bin/time) is not installed; skipped.");
  else {
    const small = write("10k.jsonl", 10_000, distinct(10_000));
    const big = write("1m.jsonl", 1_000_000, distinct(1_000_000));
    const [a, b] = [peakMiB(small), peakMiB(big)];
    console.log(`\nPeak RSS, distinct profiles: ${a.toFixed(0)} MiB for 10,000 lines, ${b.toFixed(0)} MiB for 1,000,000 (×${(b / a).toFixed(2)})`);
  }
}
rmSync(work, { recursive: true, force: true });
