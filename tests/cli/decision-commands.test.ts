import { describe, expect, it } from "vitest";
import { accuracy } from "../../src/core/accuracy.js";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { ANSI, cli, cliJson } from "../helpers/cli.js";

describe("offer", () => {
  it("places an offer: percentile, verdict, gap, counter, the profile's range", async () => {
    const doc = await cliJson(["offer", "46k", "--experience", "4", "--state", "TX", "--json"]);
    expect(doc).toMatchObject({ schemaVersion: 2, offer: { annual: 46_000, basis: "annual" }, verdict: "within", input: { state: "TX" } });
    expect(doc.percentile).toBeGreaterThan(50);
    expect(doc.gap.annual).toBe(46_000 - doc.annual.median);
    expect(doc.counter.annual).toBeGreaterThanOrEqual(46_000);
    const same = await cliJson(["offer", "$46,000", "-e", "4", "--state", "texas", "--json"]);
    expect(same.percentile).toBe(doc.percentile);
  });

  it("reads hourly offers and shows a chart in the table", async () => {
    expect((await cliJson(["offer", "25/h", "-e", "4", "--json"])).offer).toEqual({ annual: 52_000, hourly: 25, basis: "hourly" });
    const r = await cli(["offer", "36000", "-e", "4"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("below the typical range");
    expect(r.stdout).toContain("▲ offer $36,000");
  });
});

describe("compare", () => {
  it.each(["state", "cert", "specialty", "setting", "experience", "role", "remote"])("--by %s gives rows with ranges and differences", async (by) => {
    const doc = await cliJson(["compare", "--by", by, "-e", "4", "--json"]);
    expect(doc.by).toBe(by);
    expect(doc.rows.length).toBeGreaterThanOrEqual(2);
    for (const row of doc.rows) {
      expect(Object.keys(row)).toEqual(["value", "label", "annual", "difference", "purchasingPower", "confidence", "imprecise"]);
      expect(row.difference).toBe(row.annual.median - doc.base.annual.median);
    }
  });

  it("restricts with --only and sorts by real median", async () => {
    const doc = await cliJson(["compare", "--by", "state", "--only", "CA,TX,FL,MS", "--sort", "real", "-e", "4", "--json"]);
    expect(doc.rows.map((r: any) => r.value)).toEqual(["CA", "TX", "MS", "FL"]);
    const real = doc.rows.map((r: any) => r.purchasingPower.annual.median);
    expect(real).toEqual([...real].sort((a: number, b: number) => b - a));
    expect((await cli(["compare", "--by", "state", "--only", "CA,TX", "-e", "4"])).stdout).toContain("Real median");
  });
});

describe("career", () => {
  it("projects one entry a year with a never-falling median and promotions", async () => {
    const doc = await cliJson(["career", "--years", "10", "--experience", "1", "--json"]);
    expect(doc.years.map((y: any) => y.year)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const m = doc.years.map((y: any) => y.annual.median);
    for (let i = 1; i < m.length; i++) expect(m[i]).toBeGreaterThanOrEqual(m[i - 1]);
    expect(doc.promotions.length).toBeGreaterThan(0);
    const r = await cli(["career", "--years", "3", "-e", "5"]);
    expect(r.stdout).toContain("Median path");
  });
});

describe("roi", () => {
  it("gives uplift, payback and net gains; a dearer course pays back later", async () => {
    const cheap = await cliJson(["roi", "--cost", "3000", "--months", "6", "--earn", "CPC", "--experience", "2", "--json"]);
    const dear = await cliJson(["roi", "--cost", "15k", "--months", "6", "--earn", "CPC", "--experience", "2", "--json"]);
    expect(cheap.uplift.annual).toBeGreaterThan(0);
    expect(dear.paybackMonths).toBeGreaterThan(cheap.paybackMonths);
    expect(cheap.netGain.year1).toBeLessThanOrEqual(cheap.netGain.year3);
    expect(cheap.paths).toBeNull();
    const paths = await cliJson(["roi", "--cost", "3000", "--months", "6", "--earn", "CPC", "--cert", "CCA", "--compare-paths", "--json"]);
    expect(paths.input.certifications).toEqual(["CCA"]);
    expect(paths.paths.map((p: any) => p.id)).toEqual(["program", "self-study"]);
  });

  it("still reads the 1.x form (--cert names the credential to earn), with a deprecation notice", async () => {
    const old = await cli(["roi", "--cost", "3000", "--months", "6", "--cert", "CPC", "--held", "CCA", "-e", "2", "--json"]);
    const now = await cli(["roi", "--cost", "3000", "--months", "6", "--earn", "CPC", "--cert", "CCA", "-e", "2", "--json"]);
    expect(old.code).toBe(0);
    expect(old.stdout).toBe(now.stdout);
    expect(old.stderr).toContain('"roi --cert CPC" is deprecated: use "roi --earn CPC"');
    expect(now.stderr).toBe("");
  });
});

describe("careers and sources", () => {
  it("lists coding beside related careers, each with a source", async () => {
    const doc = await cliJson(["careers", "--json"]);
    expect(doc.careers.map((c: any) => c.id)).toEqual(["medical-coding", "medical-billing", "health-information-technician", "medical-records-specialist"]);
    for (const c of doc.careers) expect(c.annual.median).toBeGreaterThan(0);
  });

  it("lists every source with the dataset's version and a stable hash", async () => {
    const a = await cliJson(["sources", "--json"]);
    const b = await cliJson(["sources", "--json"]);
    expect(a.dataset.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.dataset.hash).toBe(a.dataset.hash);
    expect(a.sources.map((s: any) => s.id)).toContain("bls-ooh-2024");
    expect(a.sources.every((s: any) => "publisher" in s && "year" in s)).toBe(true);
  });
});

describe("every decision command", () => {
  it.each([
    [["offer", "50k"], "offer_annual,offer_hourly,percentile,verdict,gap_annual,gap_percent,counter_annual,low,median,high,amount,period,hours_per_week,range_basis,range_low,range_median,range_high,gap_hourly,counter_hourly,total_cash,total_compensation,effective_hourly", 1],
    [["compare", "--by", "role"], "role,label,low,median,high,difference,real_median,confidence,imprecise", 5],
    [["career"], "year,experience_years,role,promoted,low,median,high", 6],
    [["roi", "--cost", "1k", "--months", "3", "--earn", "CCA", "--compare-paths"], "scenario,cert,cost,months,uplift_annual,payback_months,net_year1,net_year3,net_year5", 5],
    [["careers"], "id,label,low,median,high,source,bls_median,bls_vintage", 4],
    [["sources"], "id,title,publisher,year,covers,url,dataset_version,dataset_hash,kind,note", bundledDataset().sources.length],
    [["accuracy"], "id,group,claim,statistic,kind,reference_low,reference_high,model,difference,tolerance,within,agrees,source,note", accuracy().rows.length],
  ] as const)("%j prints a table without colour in a pipe, Markdown and CSV on request", async (args, header, rows) => {
    const table = await cli([...args]);
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(ANSI);
    const md = await cli([...args, "--format", "markdown"]);
    expect(md.stdout).toMatch(/^\| .+ \|$/m);
    const csv = (await cli([...args, "--format", "csv"])).stdout.trimEnd().split("\n");
    expect(csv[0]).toBe(header);
    expect(csv).toHaveLength(rows + 1);
  });
});
