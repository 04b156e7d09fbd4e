import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ANSI, ROOT, cli, cliJson } from "../helpers/cli.js";

const readmeCommand = ["estimate", "--experience", "4", "--cert", "CPC", "--specialty", "cardiology", "--state", "TX", "--setting", "hospital"];

describe("coding-salary estimate (built CLI)", () => {
  it("prints a table with figures and sources, no colour in a pipe, nothing on stderr", async () => {
    const r = await cli(readmeCommand);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/Median\s+\$\d{2},\d{3}/);
    expect(r.stdout).toContain("Why this number");
    expect(r.stdout).toContain("bls-oews-2024-states");
    expect(r.stdout).not.toMatch(ANSI);
  });

  it("writes exactly one JSON document with the documented contract", async () => {
    const r = await cli([...readmeCommand, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["schemaVersion", "input", "currency", "annual", "hourly", "percentiles", "factors", "purchasingPower", "confidence", "sources", "warnings"]);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.currency).toBe("USD");
    expect(doc.input).toEqual({ experienceYears: 4, certifications: ["CPC"], specialty: "cardiology", state: "TX", setting: "hospital", remote: false, role: null });
    expect(doc.annual.low).toBeLessThan(doc.annual.median);
    expect(doc.factors[0]).toEqual({
      id: "national",
      code: "national",
      params: { median: 50_250, vintage: "May 2024" },
      label: "National median, all medical records specialists (BLS, May 2024)",
      multiplier: 1,
      effect: 0,
      source: "bls-ooh-2024",
    });
    expect(doc.factors.map((f: any) => f.code)).toEqual(["national", "experience", "credential", "specialty", "setting", "state"]);
    expect(doc.sources.every((s: any) => "id" in s && "title" in s && "year" in s)).toBe(true);
    // Five factors stack: a warning with its code, and medium confidence with its reasons.
    expect(doc.warnings.map((w: any) => w.code)).toEqual(["compounding"]);
    expect(doc.warnings[0]).toMatchObject({ code: "compounding", params: { premiums: 5 } });
    expect(doc.warnings[0].message).toMatch(/^5 factors stack/);
    expect(doc.confidence.level).toBe("medium");
    expect(doc.confidence.reasons.map((r: any) => r.code)).toEqual(["modelled", "stacked"]);
  });

  it("normalizes the input it echoes: state names to codes, certifications upper-case", async () => {
    const doc = await cliJson(["estimate", "--json", "-e", "2.5", "--cert", "cpc,ccs", "--state", "new york", "--remote"]);
    expect(doc.input).toMatchObject({ experienceYears: 2.5, certifications: ["CPC", "CCS"], state: "NY", remote: true });
  });

  it("gives the library's numbers", async () => {
    const { estimate } = await import("../../src/core/estimate.js");
    const doc = await cliJson([...readmeCommand, "--json"]);
    const e = estimate({ experienceYears: 4, certifications: ["CPC"], specialty: "cardiology", state: "TX", setting: "hospital" });
    expect(doc.annual).toEqual(e.annual);
    expect(doc.percentiles).toEqual(e.percentiles);
  });

  it("colours a table only when asked to, and never JSON", async () => {
    expect((await cli(readmeCommand, { env: { FORCE_COLOR: "1" } })).stdout).toMatch(ANSI);
    expect((await cli([...readmeCommand, "--no-color"], { env: { FORCE_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await cli(readmeCommand, { env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await cli([...readmeCommand, "--json"], { env: { FORCE_COLOR: "1" } })).stdout).not.toMatch(ANSI);
  });

  it("writes Markdown with --format markdown", async () => {
    const r = await cli([...readmeCommand, "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\| Factor \| Multiplier/m);
  });

  it("writes one CSV row under the batch's fixed header with --format csv", async () => {
    const [header, row, ...rest] = (await cli([...readmeCommand, "--format", "csv"])).stdout.trimEnd().split("\n");
    const doc = await cliJson([...readmeCommand, "--json"]);
    expect(header).toBe("line,experienceYears,certifications,specialty,state,setting,remote,role,low,median,high,p10,p25,p50,p75,p90,confidence,error");
    const p = doc.percentiles;
    expect(row).toBe(`,4,CPC,cardiology,TX,hospital,false,,${doc.annual.low},${doc.annual.median},${doc.annual.high},${p.p10},${p.p25},${p.p50},${p.p75},${p.p90},medium,`);
    expect(rest).toEqual([]);
  });
});

describe("conventions", () => {
  it("prints the package version with --version", async () => {
    const r = await cli(["--version"]);
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(r).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("shows examples and the allowed values in estimate --help", async () => {
    const r = await cli(["estimate", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toContain("$ coding-salary estimate --experience 4 --cert CPC");
    expect(r.stdout).toMatch(/--cert\n\s+CPC-A \(Certified Professional Coder – Apprentice, AAPC\)/);
    expect(r.stdout).toContain("CCDS (Certified Clinical Documentation Specialist, ACDIS)");
    expect(r.stdout).toContain("years of experience as a coder, 0 to 50");
    expect(r.stdout).toContain("risk-adjustment");
    expect(r.stdout).toContain("--no-color");
  });

  it("lists every command in the top-level help, also when a command follows --help", async () => {
    const names = ["estimate", "wizard", "offer", "offers", "compare", "career", "roi", "careers", "accuracy", "sources", "schema", "data", "completion"];
    for (const args of [["--help"], ["help"], ["--help", "estimate"], ["-h", "offer", "52k"]]) {
      const r = await cli(args);
      expect(r.code).toBe(0);
      const listed = r.stdout.slice(r.stdout.indexOf("Commands:")).match(/^ {2}[a-z]+/gm)?.map((s) => s.trim());
      expect(listed, args.join(" ")).toEqual([...names, "help"]);
    }
  });

  it("prints the help with no command at all", async () => {
    const r = await cli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: coding-salary");
    expect(r.stdout).toContain("estimate");
  });
});
