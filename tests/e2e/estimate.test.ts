import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ANSI, ROOT, run, runJson } from "../helpers/cli.js";

const readmeCommand = ["estimate", "--experience", "4", "--cert", "CPC", "--specialty", "cardiology", "--state", "TX", "--setting", "hospital"];

describe("coding-salary estimate (built CLI)", () => {
  it("prints a table with figures and sources, no colour in a pipe, nothing on stderr", async () => {
    const r = await run(readmeCommand);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/Median\s+│\s+\$\d{2},\d{3}/);
    expect(r.stdout).toContain("Why this number");
    expect(r.stdout).toContain("bls-oews-2024-states");
    expect(r.stdout).not.toMatch(ANSI);
  });

  it("writes exactly one JSON document with the documented contract", async () => {
    const r = await run([...readmeCommand, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["schemaVersion", "input", "currency", "annual", "hourly", "percentiles", "factors", "purchasingPower", "sources", "warnings"]);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.currency).toBe("USD");
    expect(doc.input).toEqual({ experienceYears: 4, certifications: ["CPC"], specialty: "cardiology", state: "TX", setting: "hospital", remote: false, role: null });
    expect(doc.annual.low).toBeLessThan(doc.annual.median);
    expect(doc.factors[0]).toEqual({ id: "national", label: "National median, all experience levels", multiplier: 1, effect: 0, source: "bls-ooh-2024" });
    expect(doc.sources.every((s: any) => "id" in s && "title" in s && "year" in s)).toBe(true);
    expect(doc.warnings).toEqual([]);
  });

  it("normalizes the input it echoes: state names to codes, certifications upper-case", async () => {
    const doc = await runJson(["estimate", "--json", "-e", "2.5", "--cert", "cpc,ccs", "--state", "new york", "--remote"]);
    expect(doc.input).toMatchObject({ experienceYears: 2.5, certifications: ["CPC", "CCS"], state: "NY", remote: true });
  });

  it("gives the library's numbers", async () => {
    const { estimate } = await import("../../src/core/estimate.js");
    const doc = await runJson([...readmeCommand, "--json"]);
    const e = estimate({ experienceYears: 4, certifications: ["CPC"], specialty: "cardiology", state: "TX", setting: "hospital" });
    expect(doc.annual).toEqual(e.annual);
    expect(doc.percentiles).toEqual(e.percentiles);
  });

  it("colours a table only when asked to, and never JSON", async () => {
    expect((await run(readmeCommand, { env: { FORCE_COLOR: "1" } })).stdout).toMatch(ANSI);
    expect((await run([...readmeCommand, "--no-color"], { env: { FORCE_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await run(readmeCommand, { env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await run([...readmeCommand, "--json"], { env: { FORCE_COLOR: "1" } })).stdout).not.toMatch(ANSI);
  });

  it("writes Markdown with --format markdown", async () => {
    const r = await run([...readmeCommand, "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\| Factor \| Multiplier/m);
  });

  it("writes one CSV row under the batch's fixed header with --format csv", async () => {
    const [header, row, ...rest] = (await run([...readmeCommand, "--format", "csv"])).stdout.trimEnd().split("\n");
    const doc = await runJson([...readmeCommand, "--json"]);
    expect(header).toBe("line,experienceYears,certifications,specialty,state,setting,remote,role,low,median,high,p10,p25,p50,p75,p90,error");
    const p = doc.percentiles;
    expect(row).toBe(`,4,CPC,cardiology,TX,hospital,false,,${doc.annual.low},${doc.annual.median},${doc.annual.high},${p.p10},${p.p25},${p.p50},${p.p75},${p.p90},`);
    expect(rest).toEqual([]);
  });
});

describe("conventions", () => {
  it("prints the package version with --version", async () => {
    const r = await run(["--version"]);
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(r).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("shows examples and the allowed values in estimate --help", async () => {
    const r = await run(["estimate", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toContain("$ coding-salary estimate --experience 4 --cert CPC");
    expect(r.stdout).toMatch(/--cert\n\s+CCA \(Certified Coding Associate\)/);
    expect(r.stdout).toContain("risk-adjustment");
    expect(r.stdout).toContain("--no-color");
  });

  it("prints the help with no command at all", async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: coding-salary");
    expect(r.stdout).toContain("estimate");
  });
});
