import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliJson, ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

/**
 * The package as a user gets it: `npm pack`, installed by name into a fresh project, imported
 * as a library and run as a command from another directory.
 */
const userProject = tempDir("user");
let project: string;
const node = (file: string) => execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" });
/** The installed command, run from another directory. */
const installed = (...args: string[]) => execFileSync(process.execPath, [join(project, "node_modules", "coding-salary", "bin", "coding-salary.cjs"), ...args], { cwd: tmpdir(), encoding: "utf8" });
/** The CLI's figures to compare the installed library with: in-process (its command runs as a process below). */
const cli = (...args: string[]) => cliJson([...args, "--json"]);

beforeAll(() => {
  project = userProject;
  const packs = join(project, "packs");
  mkdirSync(packs);
  // --ignore-scripts: dist/ is already built by `npm test`, and rebuilding it would race other tests.
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", packs], { cwd: ROOT, stdio: "pipe" });
  const tarball = join(packs, readdirSync(packs)[0]!);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user-project", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefer-offline", tarball], { cwd: project, stdio: "pipe" });
}, 180_000);

describe("the packed package", () => {
  it("ships only what runs: bin/, dist/, README, package.json", () => {
    const installed = join(project, "node_modules", "coding-salary");
    expect(readdirSync(installed).sort()).toEqual(["CHANGELOG.md", "README.md", "bin", "dist", "package.json"]);
    expect(readdirSync(join(installed, "dist")).sort()).toEqual(["cli-estimate.cjs", "cli.cjs", "data", "index.js", "launch.cjs", "schemas", "types", "vendor"]);
  });

  it("runs the README's library example with the CLI's numbers", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = readme.match(/## Use as a library[\s\S]*?```js\n([\s\S]+?)```/)![1]!;
    writeFileSync(join(project, "example.mjs"), example);
    const [range, offer, error] = node("example.mjs").trim().split("\n");
    const e = await cli("estimate", "-e", "4", "--cert", "CPC", "--state", "TX");
    const o = await cli("offer", "52k", "-e", "4", "--cert", "CPC", "--state", "TX");
    expect(range).toBe(`${e.annual.median} ${e.annual.low} ${e.annual.high}`);
    expect(offer).toBe(`${o.percentile} ${o.verdict} ${o.counter.annual}`);
    expect(error).toBe("unknown-state TX (Texas)");
  });

  it("gives the same numbers as the CLI from every public function", async () => {
    writeFileSync(
      join(project, "all.mjs"),
      `import * as lib from "coding-salary";
const p = { experienceYears: 3, certifications: ["CPC"], state: "FL" };
const d = lib.loadDataset(JSON.parse(JSON.stringify(lib.bundledDataset())));
console.log(JSON.stringify({
  estimate: lib.estimate(p).annual,
  ownData: lib.estimate(p, d).annual,
  unchecked: (() => { try { lib.estimate(p, { ...d, national: { median: "x" } }); } catch (e) { return [e instanceof lib.DatasetError, e.code]; } })(),
  accuracy: lib.accuracy().rows.length,
  offer: lib.assessOffer(lib.parseAmount("24/h", 2080).annual, p).percentile,
  compare: lib.compare("setting", p).rows.map((r) => r.estimate.annual.median),
  career: lib.careerPath(5, p).years.map((y) => y.estimate.annual.median),
  roi: lib.trainingReturn({ cost: 2000, months: 6, cert: "CCS" }, p).paybackMonths,
  paths: lib.compareTrainingPaths("CCS", p).map((x) => x.worst.paybackMonths),
  careers: lib.relatedCareers(p).careers.map((c) => c.annual.median),
  real: lib.inNationalDollars(lib.estimate(p).annual.median, "FL"),
  parsed: lib.parseDataset({}).ok,
  error: (() => { try { lib.estimate({ experienceYears: -1 }); } catch (e) { return [e instanceof lib.ProfileError, e instanceof lib.CodingSalaryError, e.code]; } })(),
}));`,
    );
    const got = JSON.parse(node("all.mjs"));
    const flags = ["-e", "3", "--cert", "CPC", "--state", "FL"];
    const estimate = await cli("estimate", ...flags);
    expect(got.estimate).toEqual(estimate.annual);
    expect(got.ownData).toEqual(estimate.annual);
    expect(got.unchecked).toEqual([true, "invalid-dataset"]);
    expect(got.accuracy).toBe((await cli("accuracy")).rows.length);
    expect(got.offer).toBe((await cli("offer", "24/h", ...flags)).percentile);
    expect(got.compare).toEqual((await cli("compare", "--by", "setting", ...flags)).rows.map((r: any) => r.annual.median));
    expect(got.career).toEqual((await cli("career", "--years", "5", ...flags)).years.map((y: any) => y.annual.median));
    const roi = await cli("roi", "--cost", "2000", "--months", "6", "--earn", "CCS", "--cert", "CPC", "-e", "3", "--state", "FL", "--compare-paths");
    expect(got.roi).toBe(roi.paybackMonths);
    expect(got.paths).toEqual(roi.paths.map((x: any) => x.worst.paybackMonths));
    expect(got.careers).toEqual((await cli("careers", ...flags)).careers.slice(1).map((c: any) => c.annual.median));
    expect(got.real).toBe(estimate.purchasingPower.annual.median);
    expect(got.parsed).toBe(false);
    expect(got.error).toEqual([true, true, "invalid-experience"]);
  });

  it("type-checks a TypeScript consumer with nodenext resolution", () => {
    writeFileSync(
      join(project, "consumer.ts"),
      `import { estimate, type Estimate, type ProfileInput, ProfileError } from "coding-salary";
const profile: ProfileInput = { experienceYears: 2, state: "OH" };
const e: Estimate = estimate(profile);
const median: number = e.annual.median;
export const code: string | undefined = new ProfileError("unknown-state", "x", "state", "x", "AL").code + String(median);
`,
    );
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", strict: true, noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true, lib: ["es2022"], types: [] }, files: ["consumer.ts"] }));
    execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", project], { cwd: project, stdio: "pipe" });
  });

  it("keeps the library free of CLI code: no imports at all in its bundle", () => {
    const code = readFileSync(join(project, "node_modules", "coding-salary", "dist", "index.js"), "utf8");
    expect(code).not.toMatch(/\bfrom\s*["']|\bimport\s*\(|\brequire\s*\(/);
  });

  it("runs as a command from any directory, with the same figures", async () => {
    expect(installed("--version").trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    const e = JSON.parse(installed("estimate", "-e", "4", "--cert", "CPC", "--state", "TX", "--json"));
    expect(e.annual).toEqual((await cli("estimate", "-e", "4", "--cert", "CPC", "--state", "TX")).annual);
  });
});
