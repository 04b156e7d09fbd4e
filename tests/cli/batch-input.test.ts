import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliJson } from "../helpers/cli.js";
import { inputFiles, jsonLines, profiles } from "../helpers/batch-files.js";

const file = inputFiles("batch");
const lines = jsonLines;
const dir = file.dir;

describe("estimate --input (batch), in-process", () => {
  it("writes one line per record, in order, with error records in place, and exits 3 with a summary", async () => {
    const r = await cli(["estimate", "--input", file("mixed.jsonl", profiles(600, 10))]);
    expect(r.code).toBe(3);
    const out = lines(r.stdout);
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
    const errors = out.filter((o) => o.error);
    expect(errors.map((o) => o.line)).toEqual(Array.from({ length: 60 }, (_, i) => (i + 1) * 10));
    expect(new Set(errors.map((o) => o.error.code))).toEqual(new Set(["invalid-json", "invalid-experience", "unknown-state", "unknown-certification", "invalid-profile"]));
    for (const o of errors) expect(Object.keys(o).slice(0, 2)).toEqual(["line", "error"]);
    expect(r.stderr).toBe("coding-salary: 600 records: 540 ok, 60 failed\n");
  });

  it("gives each record exactly the single estimate's document", async () => {
    const r = await cli(["estimate", "--input", file("some.jsonl", profiles(16))]);
    expect(r.code).toBe(0);
    for (const o of lines(r.stdout)) {
      const { line, ...doc } = o;
      const i = doc.input;
      const single = await cliJson(["estimate", "--json", "-e", String(i.experienceYears), "--state", i.state, ...(i.remote ? ["--remote"] : []), "--cert", i.certifications.length ? i.certifications.join(",") : "none"]);
      expect(doc).toEqual(single);
      expect(line).toBeGreaterThan(0);
    }
  });

  it("skips blank lines but keeps counting them, and reads stdin with -", async () => {
    const r = await cli(["estimate", "--input", "-"], { stdin: '{"state":"TX"}\n\n   \n{"state":"OH"}' });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((o) => [o.line, o.input.state])).toEqual([
      [1, "TX"],
      [4, "OH"],
    ]);
  });

  it("applies profile flags where a record leaves a field out", async () => {
    const r = await cli(["estimate", "--input", "-", "--state", "TX", "--cert", "CPC"], { stdin: '{"experienceYears":3}\n{"experienceYears":3,"state":"CA","certifications":[]}\n' });
    expect(lines(r.stdout).map((o) => [o.input.state, o.input.certifications])).toEqual([
      ["TX", ["CPC"]],
      ["CA", []],
    ]);
  });

  it("reads CSV and writes CSV with a fixed header, quoting where needed", async () => {
    const csv = file("staff.csv", 'experienceYears,certifications,state,setting,remote\n4,CPC;CCS,"New York",hospital,no\nx,,,,\n1,CPC,TX,,yes\n');
    const r = await cli(["estimate", "--input", csv, "--format", "csv"]);
    expect(r.code).toBe(3);
    const [header, ...rows] = r.stdout.trimEnd().split("\n");
    expect(header).toBe("line,experienceYears,certifications,specialty,state,setting,remote,role,low,median,high,p10,p25,p50,p75,p90,confidence,error");
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^2,4,CPC;CCS,,NY,hospital,false,,\d+,\d+,\d+,\d+,\d+,\d+,\d+,\d+,(high|medium|low),$/);
    expect(rows[1]).toBe('3,x,,,,,,,,,,,,,,,,"invalid-experience: experience must be a number of years, got ""x"""');
    expect(rows[2]!.startsWith("4,1,CPC,,TX,,true,,")).toBe(true);
    const json = lines((await cli(["estimate", "--input", csv, "--json"])).stdout);
    expect(json[0].annual.median).toBe(Number(rows[0]!.split(",")[9]));
  });

  it("refuses a batch as a table, a missing file and a CSV header naming no profile field, writing nothing", async () => {
    for (const [args, message] of [
      [["estimate", "--input", "-", "--format", "table"], "a batch writes JSON Lines or CSV, not table"],
      [["estimate", "--input", join(dir, "missing.jsonl")], "cannot read the input file"],
      [["estimate", "--input", dir], "is a directory"],
      [["estimate", "--input", file("bad.csv", "employee,salary\nE1,1\n")], "the CSV header names no profile field"],
    ] as const) {
      const r = await cli([...args]);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toContain(message);
    }
  });
});
