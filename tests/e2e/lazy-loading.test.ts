import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/program.js";
import { BIN, ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const dir = tempDir("reads");
let runs = 0;

/**
 * The heavy third-party code sits in dist/vendor/ and is loaded only by the commands that use
 * it: the prompts by the wizard, colour and tables by table output. Checked on the built
 * files and by watching which files a real run reads.
 */
const PROMPTS_MARKER = "force closed the prompt"; // a message inside @inquirer/prompts
const TABLES_MARKER = "wrapOnWordBoundary"; // an option of cli-table3

/** The dist/ files a run of the CLI reads, seen through a preloaded hook on fs.readFileSync and fs.openSync. */
function filesRead(args: string[], env: NodeJS.ProcessEnv = {}): string[] {
  return run(args, env).files;
}

/** A run of the CLI, its output into a pipe: what it wrote, the dist/ files it read, and whether it loaded Node's stream modules. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): { stdout: string; files: string[]; streams: boolean } {
  const log = join(dir, `reads-${++runs}.log`);
  const hook = join(dir, `hook-${runs}.cjs`);
  writeFileSync(
    hook,
    `const fs = require("fs");
const note = (file) => { if (typeof file === "string" && file.includes("dist")) fs.appendFileSync(${JSON.stringify(log)}, file + "\\n"); };
for (const name of ["readFileSync", "openSync"]) { const original = fs[name]; fs[name] = function (file, ...rest) { note(file); return original.call(this, file, ...rest); }; }
process.on("exit", () => fs.appendFileSync(${JSON.stringify(log)}, process.moduleLoadList.includes("NativeModule stream") ? "STREAMS\\n" : ""));`,
  );
  writeFileSync(log, "");
  const r = spawnSync(process.execPath, ["-r", hook, BIN, ...args], { encoding: "utf8", input: "", env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } });
  expect(r.status).toBe(0);
  const lines = readFileSync(log, "utf8").split("\n");
  const code = lines.filter((f) => f.endsWith(".cjs") || /[\\/]dist[\\/]data[\\/]/.test(f));
  // Each file once (readFileSync opens the file it reads).
  return { stdout: r.stdout, files: [...new Set(code.map((f) => f.slice(f.indexOf("dist"))))].filter((f) => f !== "dist/launch.cjs"), streams: lines.includes("STREAMS") };
}

describe("lazy loading", () => {
  const cli = readFileSync(join(ROOT, "dist", "cli.cjs"), "utf8");

  it("keeps the prompt library and the table code out of the CLI bundle, in vendor files", () => {
    expect(cli.includes(PROMPTS_MARKER)).toBe(false);
    expect(cli.includes(TABLES_MARKER)).toBe(false);
    expect(readFileSync(join(ROOT, "dist", "vendor", "prompts.cjs"), "utf8").includes(PROMPTS_MARKER)).toBe(true);
    expect(readFileSync(join(ROOT, "dist", "vendor", "terminal.cjs"), "utf8").includes(TABLES_MARKER)).toBe(true);
  });

  it("runs estimate, --help and --version from the estimate-only bundle, every other command from the full one", () => {
    const { bundleFor } = createRequire(import.meta.url)(join(ROOT, "dist", "launch.cjs")) as { bundleFor(args: string[]): string };
    const small = ["estimate -e 4", "--data mine.json estimate", "-- estimate", "--version", "-V", "--help", "-h estimate", "--no-color", "estimate --help"];
    for (const args of small) expect({ args, bundle: bundleFor(args.split(" ")) }).toEqual({ args, bundle: "cli-estimate.cjs" });
    // A bare run may start the wizard; `help estimate`, a misspelt or unknown command: the full CLI knows every command.
    const full = ["", "help estimate", "estimat", "Estimate", "--data estimate offer 50k", ...COMMANDS.map((c) => c.name).filter((name) => name !== "estimate")];
    for (const args of full) expect({ args, bundle: bundleFor(args.split(" ").filter(Boolean)) }).toEqual({ args, bundle: "cli.cjs" });
    expect(readFileSync(join(ROOT, "dist", "cli-estimate.cjs"), "latin1").length).toBeLessThan(cli.length * 0.6);
  });

  it("the estimate-only bundle prints what the full one does, and hands a run that needs what it leaves out to the full one before reading or writing anything", () => {
    /** A command line run by one bundle's main(), as the launcher would, whatever the launcher's choice of bundle. */
    const through = (bundle: string, args: string[], input = "") => {
      const script = `require(${JSON.stringify(join(ROOT, "dist", bundle))}).main(["node", "coding-salary", ...${JSON.stringify(args)}]).then(() => process.exit())`;
      const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", input, env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: "120" } });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const profiles = join(dir, "profiles.jsonl");
    writeFileSync(profiles, '{"experienceYears":3}\n{"experienceYears":9,"state":"OH"}\n');
    const own = join(dir, "own-data.json");
    writeFileSync(own, run(["data", "export"]).stdout);
    const cases: [args: string[], status: number, input?: string][] = [
      // What it carries.
      [["estimate", "-e", "4", "--cert", "CPC", "--state", "TX", "--json"], 0],
      [["estimate", "-e", "4", "--state", "Texsa"], 2],
      [["estimate", "-e", "4", "--format", "csv"], 0],
      [["estimate", "--help"], 0],
      [["--help"], 0],
      [["--version"], 0],
      // What it leaves out: another command, a batch (from a file and from standard input), HTML, Markdown, a --data file (from a file and from standard input).
      [["offer", "52k", "-e", "4", "--state", "TX"], 0],
      [["estimate", "--input", profiles], 0],
      [["estimate", "--input", "-"], 0, '{"experienceYears":5}\n'],
      [["estimate", "-e", "4", "--format", "html"], 0],
      [["estimate", "-e", "4", "--format", "markdown"], 0],
      [["--data", own, "estimate", "-e", "2", "--json"], 0],
      [["--data", "-", "estimate", "-e", "2", "--json"], 0, readFileSync(own, "utf8")],
    ];
    for (const [args, status, input] of cases) {
      const full = through("cli.cjs", args, input);
      expect({ args, status: full.status }).toEqual({ args, status });
      expect(status === 0 ? full.stdout : full.stderr).not.toBe("");
      expect({ args, ...through("cli-estimate.cjs", args, input) }).toEqual({ args, ...full });
    }
  });

  it("estimate --json reads only the CLI bundle and its data, not the tax tables, the accuracy figures or the sources' texts", () => {
    expect(filesRead(["estimate", "--json", "-e", "4"])).toEqual(["dist/cli-estimate.cjs", "dist/data/data.json"]);
  });

  it("reads the rest of the data when it is asked for, and the CLI's data read in parts is the library's dataset", async () => {
    const exported = run(["data", "export"]);
    expect(exported.files.sort()).toEqual(["dist/cli.cjs", "dist/data/data.json", "dist/data/reference.json", "dist/data/sources.json", "dist/data/tax.json"]);
    const lib = await import(join(ROOT, "dist", "index.js"));
    expect(JSON.parse(exported.stdout)).toEqual(lib.bundledDataset());
  });

  it("ships the model's figures for the bundled data exactly as the model works them out, and uses them", async () => {
    const { modelFigures, modelOf } = await import("../../src/core/model/compile-model.js");
    const { bundledDataset } = await import("../../src/core/dataset/bundled-dataset.js");
    const shipped = JSON.parse(readFileSync(join(ROOT, "dist", "data", "data.json"), "utf8")).modelFigures;
    expect(shipped).toEqual(modelFigures(bundledDataset()));
    // The figures a model holds are the shipped ones where the CLI reads them (an estimate with every factor known agrees).
    expect(modelOf(bundledDataset()).stateVariance).toBe(shipped.stateVariance);
    const args = ["estimate", "--json", "-e", "7.5", "--cert", "CPC,CCS", "--specialty", "cardiology", "--state", "WV", "--setting", "hospital", "--remote", "--role", "senior"];
    const { estimate } = await import("../../src/core/estimate.js");
    const built = JSON.parse(run(args).stdout);
    const fromSource = estimate({ experienceYears: 7.5, certifications: ["CPC", "CCS"], specialty: "cardiology", state: "WV", setting: "hospital", remote: true, role: "senior" });
    expect(built.percentiles).toEqual(fromSource.percentiles);
    expect(built.factors.map((f: { multiplier: number }) => f.multiplier)).toEqual(fromSource.factors.map((f) => f.multiplier));
    expect(built.sources).toEqual(fromSource.sources);
    // Every state and every credential, as one batch through the built CLI: the library's medians and sources.
    const profiles = [
      ...bundledDataset().states.list.map((s) => ({ experienceYears: 4, state: s.code })),
      ...bundledDataset().credentials.list.map((c) => ({ experienceYears: 4, certifications: [c.code], state: "TX" })),
    ];
    const batch = spawnSync(process.execPath, [BIN, "estimate", "--input", "-"], { encoding: "utf8", input: profiles.map((p) => JSON.stringify(p)).join("\n") });
    const lines = batch.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(profiles.length);
    lines.forEach((line, i) => {
      const library = estimate(profiles[i]!);
      expect({ profile: profiles[i], median: line.annual.median, sources: line.sources }).toEqual({ profile: profiles[i], median: library.annual.median, sources: library.sources });
    });
  });

  it("a table reads the table code only where it may be boxed (100 columns and more), the colour code only when it paints, and never the prompts", () => {
    // 80 columns (a pipe's width): the compact layout, drawn without cli-table3.
    expect(filesRead(["estimate", "-e", "4"])).toEqual(["dist/cli-estimate.cjs", "dist/data/data.json"]);
    expect(filesRead(["estimate", "-e", "4"], { COLUMNS: "120" })).toEqual(["dist/cli-estimate.cjs", "dist/data/data.json", "dist/vendor/terminal.cjs"]);
    expect(filesRead(["estimate", "-e", "4"], { FORCE_COLOR: "1" })).toEqual(["dist/cli-estimate.cjs", "dist/data/data.json", "dist/vendor/color.cjs"]);
  });

  it("writes a short document into a pipe (| jq) without Node's stream modules, and a long one through them", () => {
    const short = run(["estimate", "--json", "-e", "4"]);
    expect(JSON.parse(short.stdout).input.experienceYears).toBe(4);
    expect(short.streams).toBe(false);
    const long = run(["compare", "--by", "state", "--json"]);
    expect(JSON.parse(long.stdout).rows).toHaveLength(51);
    expect(long.streams).toBe(true);
  });

  it("prints help without Node's stream modules (commander would open process.stdout to ask its width and colours)", () => {
    for (const args of [["--help"], ["estimate", "--help"]]) {
      const help = run(args);
      expect(help.stdout).toContain("Usage: coding-salary");
      expect(help.streams).toBe(false);
    }
  });

  it("--version and the top-level help read no data; a command's help reads the data its flags list", () => {
    expect(filesRead(["--version"])).toEqual(["dist/cli-estimate.cjs"]);
    expect(filesRead(["--help"])).toEqual(["dist/cli-estimate.cjs"]);
    expect(filesRead(["estimate", "--help"])).toEqual(["dist/cli-estimate.cjs", "dist/data/data.json"]);
  });

  it("the wizard with every answer given never reads the prompts", () => {
    const flags = ["-e", "4", "--cert", "none", "--specialty", "general", "--state", "TX", "--setting", "hospital", "--on-site", "--role", "coder", "--json"];
    expect(filesRead(["wizard", ...flags])).toEqual(["dist/cli.cjs", "dist/data/data.json"]);
  });
});
