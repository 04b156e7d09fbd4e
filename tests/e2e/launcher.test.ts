import { chmodSync, chownSync, cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, spawnCli, type ProcessRun } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

/**
 * The start-up cache (src/launcher.cts) on a shared machine: compiled code is kept only in a
 * folder of the user's own, checked on every run, and nothing in it can change what the CLI
 * prints. Every run here gets its own XDG_CACHE_HOME, so the real cache is never touched.
 * Behaviour only: no timings.
 */
const dir = tempDir("launcher");
const TABLE = ["estimate", "-e", "4", "--cert", "CPC", "--state", "TX"];
/** 120 columns: the table is boxed, so the run loads a vendor file (cli-table3) too. */
const WIDE = { COLUMNS: "120" };
let n = 0;

/** A fresh, private XDG_CACHE_HOME. */
function cacheHome(): string {
  const home = join(dir, `cache-${++n}`);
  mkdirSync(home, { mode: 0o700 });
  return home;
}

function runWith(cache: string, options: { bin?: string; debug?: boolean } = {}): Promise<ProcessRun> {
  const env = { ...WIDE, XDG_CACHE_HOME: cache, CODING_SALARY_NO_CACHE: undefined, NODE_COMPILE_CACHE: undefined, CODING_SALARY_DEBUG_CACHE: options.debug ? "1" : undefined };
  return spawnCli(TABLE, { env, bin: options.bin });
}

/** Every file under a folder, with its mode. */
function filesUnder(folder: string): { path: string; mode: number }[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((p) => ({ path: join(folder, p), mode: lstatSync(join(folder, p)).mode }))
    .filter((f) => (f.mode & 0o170000) === 0o100000);
}

const reference = spawnCli(TABLE, { env: { ...WIDE, CODING_SALARY_NO_CACHE: "1" } });

describe("the start-up cache", () => {
  const home = cacheHome();
  const folder = join(home, "coding-salary");

  it("lives in a private folder of the user's, and a run that uses it prints what a run without it does", async () => {
    const first = await runWith(home); // compiles and saves
    const second = await runWith(home); // loads what the first saved
    const expected = await reference;
    expect(first).toMatchObject({ code: 0, stderr: "", stdout: expected.stdout });
    expect(second).toMatchObject({ code: 0, stderr: "", stdout: expected.stdout });
    const stat = lstatSync(folder);
    expect(stat.isDirectory()).toBe(true);
    expect(stat.mode & 0o777).toBe(0o700);
    expect(stat.uid).toBe(process.getuid!());
    const files = filesUnder(folder);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect({ path: f.path, shared: f.mode & 0o077 }).toEqual({ path: f.path, shared: 0 });
  });

  it("ignores cache files overwritten with random bytes", async () => {
    for (const f of filesUnder(folder)) writeFileSync(f.path, randomBytes(statSync(f.path).size));
    const r = await runWith(home);
    expect(r).toMatchObject({ code: 0, stderr: "", stdout: (await reference).stdout });
  });

  it("ignores a cache file too large to be one of its entries, without reading it", async () => {
    for (const f of filesUnder(folder)) truncateSync(f.path, 8 * 1024 * 1024 * 1024); // sparse: no disk used; more than a Buffer can hold
    const r = await runWith(home);
    expect(r).toMatchObject({ code: 0, stderr: "", stdout: (await reference).stdout });
  });

  it("keeps at most 48 entries, the newest (other installs, Node versions and kinds of run have their own)", async () => {
    const old = new Date(Date.now() - 86_400_000);
    for (let i = 0; i < 50; i++) {
      const stale = join(folder, `cli.cjs-${i.toString(16).padStart(8, "0")}-v0.0.${i}.v8cache`);
      writeFileSync(stale, "stale", { mode: 0o600 });
      utimesSync(stale, old, old);
    }
    for (const f of filesUnder(folder)) if (!f.path.includes("-v0.0.")) writeFileSync(f.path, "x"); // this run's own entries must be written again
    expect(await runWith(home)).toMatchObject({ code: 0, stdout: (await reference).stdout });
    const left = filesUnder(folder).map((f) => f.path);
    expect(left).toHaveLength(48);
    expect(left.filter((p) => !p.includes("-v0.0."))).toHaveLength(2); // cli-estimate.cjs and the table's vendor file, just written
  });
});

describe("a cache folder that is not the user's alone is refused", { concurrent: true }, () => {
  const refused = async (home: string, why: RegExp, untouched: string) => {
    const r = await runWith(home, { debug: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await reference).stdout);
    expect(r.stderr).toMatch(why);
    expect(readdirSync(untouched)).toEqual([]);
  };

  it("a symlink planted where the folder goes, even to a folder of the user's", async () => {
    const home = cacheHome();
    const target = join(dir, `target-${n}`);
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(target, join(home, "coding-salary"));
    await refused(home, /coding-salary is a symlink/, target);
  });

  it("a folder others can read or write", async () => {
    const home = cacheHome();
    const folder = join(home, "coding-salary");
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    await refused(home, /has mode 777, not 700/, folder);
  });

  it("a folder inside a parent others can write to (not sticky)", async () => {
    const home = cacheHome();
    chmodSync(home, 0o777);
    await refused(home, /is writable by other users/, home);
  });

  it.runIf(process.getuid?.() === 0)("(as root) a folder that belongs to another user", async () => {
    const home = cacheHome();
    const folder = join(home, "coding-salary");
    mkdirSync(folder, { mode: 0o700 });
    chownSync(folder, 65534, 65534);
    await refused(home, /belongs to user 65534/, folder);
  });
});

describe("a cache entry is bound to the bytes of the code it was compiled from", () => {
  it("a same-size edit with the same modification time does not run the cached code, nor the reverse", async () => {
    // A copy of the package: its files can be edited without touching the build.
    const pkg = join(dir, "pkg");
    for (const part of ["bin", "dist", "package.json"]) cpSync(join(ROOT, part), join(pkg, part), { recursive: true, preserveTimestamps: true });
    const cli = join(pkg, "dist", "cli-estimate.cjs"); // the bundle an estimate runs
    const original = readFileSync(cli, "latin1");
    const { mtime, atime } = statSync(cli);
    const home = cacheHome();
    const bin = join(pkg, "bin", "coding-salary.cjs");

    const before = await runWith(home, { bin }); // caches the original
    expect(before.stdout).toContain("Estimated pay");
    writeFileSync(cli, original.split("Estimated pay").join("ESTIMATED PAY"), "latin1");
    utimesSync(cli, atime, mtime);
    const edited = await runWith(home, { bin }); // must compile the edit, not run the cached original
    expect(edited.stdout).toContain("ESTIMATED PAY");
    writeFileSync(cli, original, "latin1");
    utimesSync(cli, atime, mtime);
    const back = await runWith(home, { bin }); // must not run the cached edit
    expect(back).toMatchObject({ code: 0, stdout: before.stdout });
  });
});

describe("each kind of run has its own entries", () => {
  it("a kind of run is its command and the format it writes, however the format is given", () => {
    const { runVariant } = createRequire(import.meta.url)(join(ROOT, "dist", "launch.cjs")) as { runVariant(args: string[]): string };
    const kinds: [args: string, kind: string][] = [
      ["estimate -e 4", "estimate"],
      ["estimate --json", "estimate-json"],
      ["estimate --format json", "estimate-json"],
      ["estimate --format=JSON", "estimate-json"],
      ["estimate -f html", "estimate-html"],
      ["estimate -fmarkdown", "estimate-markdown"],
      ["--data mine.json offer 52k -f csv", "offer-csv"],
      ["estimate -f ../x", "estimate-other"],
      ["--version", "none"],
      ["Estimate", "other"],
    ];
    for (const [args, kind] of kinds) expect({ args, kind: runVariant(args.split(" ")) }).toEqual({ args, kind });
  });

  it("a run of another command (or JSON rather than a table) writes its own, and a repeat uses them", async () => {
    const home = cacheHome();
    const folder = join(home, "coding-salary");
    await spawnCli(["--version"], { env: { XDG_CACHE_HOME: home } });
    const afterVersion = filesUnder(folder).map((f) => f.path);
    expect(afterVersion.every((p) => p.endsWith("-none.v8cache"))).toBe(true);
    expect(await runWith(home)).toMatchObject({ code: 0, stdout: (await reference).stdout });
    await spawnCli([...TABLE, "--json"], { env: { XDG_CACHE_HOME: home } });
    const names = filesUnder(folder).map((f) => f.path.slice(folder.length + 1).replace(/-[0-9a-f]{1,8}-v[\d.]+-/, "-"));
    expect(names.sort()).toEqual(["cli-estimate.cjs-estimate-json.v8cache", "cli-estimate.cjs-estimate.v8cache", "cli-estimate.cjs-none.v8cache", "terminal.cjs-estimate.v8cache"]);
  });
});
