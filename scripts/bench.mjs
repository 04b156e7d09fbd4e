#!/usr/bin/env node
// Benchmarks the built CLI against Node itself, on this machine, now, on every supported Node
// line: `npm run bench`.
//
// Start-up: on each of Node 20, 22 and 24, every command runs alternately with `node` starting
// an empty ES module on the same Node (and, when a "before" build is at hand, with that build
// too: empty, before, after, empty, before, after, …), after three warm-up rounds. A figure is
// the median of the per-round ratios to the empty module, with their min–max, so a machine
// that speeds up or slows down mid-run moves both sides alike. The table goes into
// BENCHMARKS.md between its bench markers (--no-write: print only).
// Batch: profiles per second and peak memory (GNU time) on each line; printed, not written.
//
// Node 22 and 24 (and 20, when the running Node is another line) come from the npm registry's
// node-<platform>-<arch> packages, as in .ci/run, and are kept in node_modules/.cache.
// "Before" is the build of --before REF (default: the last commit before the start-up work),
// built once into node_modules/.cache; --before none skips it.
// Options: --runs N (default 21), --nodes 20,22,24, --only startup|batch, --lines N, --no-write.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "21" },
    nodes: { type: "string", default: "20,22,24" },
    before: { type: "string", default: "4277386" },
    lines: { type: "string", default: "1000000" },
    only: { type: "string" },
    "no-write": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const root = join(import.meta.dirname, "..");
const cache = join(root, "node_modules", ".cache", "coding-salary-bench");
const work = mkdtempSync(join(tmpdir(), "coding-salary-bench-"));
const empty = join(work, "empty.mjs");
writeFileSync(empty, "");
mkdirSync(cache, { recursive: true });

/** The `node` binary of a major line: this one, or the registry's package, fetched once. */
function nodeOf(major) {
  if (process.versions.node.split(".")[0] === String(major)) return process.execPath;
  const dir = join(cache, `node${major}`);
  const bin = join(dir, "package", "bin", "node");
  if (!existsSync(bin)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const name = `node-${process.platform === "win32" ? "win" : process.platform}-${process.arch}@${major}`;
    console.error(`fetching Node ${major} (npm pack ${name}) …`);
    execFileSync("npm", ["pack", "--silent", name], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
    const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
    execFileSync("tar", ["xzf", tarball], { cwd: dir });
    rmSync(join(dir, tarball));
  }
  return bin;
}

/** The CLI as built from another commit, or undefined (no git, unknown commit). */
function beforeBuild(ref) {
  if (ref === "none") return undefined;
  let sha;
  try {
    sha = execFileSync("git", ["rev-parse", "--verify", `${ref}^{commit}`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    console.error(`no commit ${ref} here: no "before" column`);
    return undefined;
  }
  const dir = join(cache, `before-${sha.slice(0, 12)}`);
  const bin = join(dir, "bin", "coding-salary.cjs");
  if (existsSync(join(dir, "dist", "cli.cjs"))) return bin;
  console.error(`building ${ref} (${sha.slice(0, 12)}) for the "before" column …`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${sha} | tar -x -C "${dir}"`], { cwd: root });
  // Its own dependencies, unless they are the same as these.
  const same = readFileSync(join(dir, "package-lock.json"), "utf8") === readFileSync(join(root, "package-lock.json"), "utf8");
  if (same) symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  else execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  return bin;
}

/** Wall time of one run, in milliseconds. */
function time(node, args) {
  const start = performance.now();
  const r = spawnSync(node, args, { stdio: ["ignore", "ignore", "ignore"] });
  if (r.status !== 0) throw new Error(`${node} ${args.join(" ")} exited ${r.status}`);
  return performance.now() - start;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, digits = 2) => x.toFixed(digits);

/** Rounds of [empty module, each CLI]: per CLI, the median ratio to the empty module, its min–max, and median ms. */
function rounds(node, clis, args) {
  const sides = [[empty], ...clis.map((bin) => [bin, ...args])];
  for (let i = 0; i < 3; i++) for (const s of sides) time(node, s); // warm the file and code caches
  const ms = sides.map(() => []);
  for (let i = 0; i < runs; i++) sides.forEach((s, j) => ms[j].push(time(node, s)));
  return clis.map((_, k) => {
    const ratios = ms[k + 1].map((t, i) => t / ms[0][i]);
    return { ratio: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), ms: median(ms[k + 1]), base: median(ms[0]) };
  });
}

const majors = values.nodes.split(",").map(Number);
const nodes = majors.map((m) => ({ major: m, bin: nodeOf(m) })).map((n) => ({ ...n, version: execFileSync(n.bin, ["--version"], { encoding: "utf8" }).trim() }));
const after = join(root, "bin", "coding-salary.cjs");
if (!existsSync(join(root, "dist", "cli.cjs"))) throw new Error("build first: npm run build");
const cpu = (existsSync("/proc/cpuinfo") && readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.+)/)?.[1]) || process.arch;
console.log(`coding-salary benchmark — ${nodes.map((n) => n.version).join(", ")}; ${process.platform}-${process.arch}, ${cpu}; ${runs} rounds`);

if (values.only !== "batch") {
  const before = beforeBuild(values.before);
  const profile = ["--experience", "4", "--cert", "CPC", "--state", "TX"];
  const commands = [
    ["estimate --json", ["estimate", "--json", ...profile], 1.15],
    ["--help", ["--help"], 1.15],
    ["--version", ["--version"], 1.15],
    ["estimate (table)", ["estimate", ...profile], 1.25],
  ];
  const rows = [];
  for (const n of nodes)
    for (const [name, args, target] of commands) {
      const [b, a] = before ? rounds(n.bin, [before, after], args) : [undefined, ...rounds(n.bin, [after], args)];
      const cell = (r) => (r ? `${fmt(r.ratio)}× (${fmt(r.min)}–${fmt(r.max)})` : "—");
      const row = `| ${n.version} | \`${name}\` | ${cell(b)} | **${cell(a)}** | ${fmt(a.ms, 0)} / ${fmt(a.base, 0)} | ≤ ${target}× |`;
      rows.push(row);
      console.log(row);
    }
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`: ${runs} rounds per command and Node line after 3 warm-up rounds, ${process.platform}-${process.arch}, ${cpu}${before ? `; "before" is the build of ${values.before}` : ""}.`,
    "",
    "| Node | command | before: ratio to an empty module | after: ratio to an empty module | after: median ms (CLI / empty module) | target |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
  const file = join(root, "BENCHMARKS.md");
  const text = readFileSync(file, "utf8");
  const start = "<!-- bench:startup -->";
  const end = "<!-- /bench:startup -->";
  if (values["no-write"]) console.log("\n(--no-write: BENCHMARKS.md left as it is)");
  else if (!text.includes(start) || !text.includes(end)) console.log(`\nBENCHMARKS.md has no ${start} … ${end} block: not written`);
  else {
    writeFileSync(file, text.slice(0, text.indexOf(start) + start.length) + "\n" + table + "\n" + text.slice(text.indexOf(end)));
    console.log("\nBENCHMARKS.md: start-up table written");
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
  const inputs = [["typical (repeats)", typical, lines], ["all distinct", distinct, Math.min(lines, 200_000)]].map(([name, profile, n]) => ({
    name,
    n,
    small: write(`small-${name}.jsonl`, 10_000, profile),
    big: write(`big-${name}.jsonl`, n, profile),
  }));
  for (const { version, bin: node } of nodes) {
    const run = (path) => {
      const start = performance.now();
      const r = hasGnuTime
        ? spawnSync("/usr/bin/time", ["-f", "%M", node, after, "estimate", "--input", path, "--json"], { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 20 })
        : spawnSync(node, [after, "estimate", "--input", path, "--json"], { stdio: ["ignore", "ignore", "pipe"] });
      const ms = performance.now() - start;
      const peak = hasGnuTime ? Number(r.stderr.toString().trim().split("\n").pop()) : NaN;
      return { ms, peak };
    };
    console.log(`\nBatch on Node ${version}, --json to /dev/null (best of 3 runs; peak RSS from GNU time${hasGnuTime ? "" : " — not installed, not measured"}):`);
    console.log("| input | lines | profiles/s | peak RSS | RSS vs 10,000 lines |");
    console.log("|---|---|---|---|---|");
    for (const { name, n, small, big } of inputs) {
      const s = run(small);
      const best = [run(big), run(big), run(big)].sort((x, y) => x.ms - y.ms)[0];
      console.log(`| ${name} | ${n.toLocaleString("en-US")} | ${Math.round((n / best.ms) * 1000).toLocaleString("en-US")} | ${fmt(best.peak / 1024, 1)} MiB | ${fmt(best.peak / s.peak)}× |`);
    }
  }
}

rmSync(work, { recursive: true, force: true });
