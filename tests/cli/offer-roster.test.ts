import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedSchema } from "../helpers/schema-validator.js";
import { cli, cliJson } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const dir = tempDir("roster");
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const ROSTER = `employee_id,name,salary,experienceYears,certifications,state
E-101,Ann,52000,4,CPC,TX
E-102,"Bo, Jr.",48500,2,,OH
E-103,Cy,abc,6,CCS,CA
E-104,Di,61000,8,CPC;CCS,NY
E-105,Ed,45000,1,,FL
`;

const lines = (text: string) => text.trim().split("\n").map((l) => JSON.parse(l));

describe("offer --input: a whole roster", () => {
  it("scores every row in input order, with an error record in place, ids carried through, and exits 3", async () => {
    const r = await cli(["offer", "--input", file("roster.csv", ROSTER)]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("5 records: 4 ok, 1 failed");
    const out = lines(r.stdout);
    expect(out.map((o) => o.line)).toEqual([2, 3, 4, 5, 6]);
    expect(out.map((o) => o.fields?.employee_id)).toEqual(["E-101", "E-102", "E-103", "E-104", "E-105"]);
    expect(out[1].fields.name).toBe("Bo, Jr.");
    expect(out[2].error).toMatchObject({ code: "invalid-amount" });
    expect(out[2].error.message).toContain('"abc"');
  });

  it("gives each row exactly what `offer` gives its amount and profile", async () => {
    const out = lines((await cli(["offer", "--input", file("roster2.csv", ROSTER)])).stdout);
    const single = await cliJson(["offer", "61000", "-e", "8", "--cert", "CPC,CCS", "--state", "NY", "--json"]);
    const { line: _line, fields: _fields, ...row } = out[3];
    expect(row).toEqual(single);
  });

  it("reads an hourly column as an hourly rate, and hours from their own column or the flag", async () => {
    const csv = "id,hourly,hours,experience\nA,24.50,30,3\nB,24.50,,3\nC,4000/mo,,3\n";
    const out = lines((await cli(["offer", "--input", file("hourly.csv", csv), "--hours", "37.5"])).stdout);
    expect(out[0]).toMatchObject({ asGiven: { amount: 24.5, period: "hour", hoursPerWeek: 30 }, offer: { annual: 38_220 } });
    expect(out[1]).toMatchObject({ asGiven: { period: "hour", hoursPerWeek: 37.5 }, offer: { annual: 47_775 } });
    expect(out[2]).toMatchObject({ asGiven: { period: "month" }, offer: { annual: 48_000 } });
  });

  it("takes JSON Lines on stdin, profile flags filling what a record leaves out", async () => {
    const stdin = '{"employeeId":"X1","salary":"52k","experience":4}\n\n{"employeeId":"X2","hourly":25,"state":"CA"}\n{"employeeId":"X3"}\n[1,2]\n';
    const r = await cli(["offer", "--input", "-", "--state", "OH", "--retirement-match", "4"], { stdin });
    expect(r.code).toBe(3);
    const out = lines(r.stdout);
    expect(out.map((o) => o.line)).toEqual([1, 3, 4, 5]);
    expect(out[0]).toMatchObject({ fields: { employeeId: "X1" }, input: { state: "OH", experienceYears: 4 }, compensation: { retirement: { annual: 2080 } } });
    expect(out[1]).toMatchObject({ input: { state: "CA" }, asGiven: { period: "hour" }, offer: { annual: 52_000 } });
    expect(out[2]).toMatchObject({ fields: { employeeId: "X3" }, error: { code: "invalid-amount" } });
    expect(out[2].error.message).toMatch(/no pay: give a salary/);
    expect(out[3].error).toBeDefined();
  });

  it("writes CSV with the input's extra columns at the end of each row", async () => {
    const r = await cli(["offer", "--input", file("roster3.csv", ROSTER), "--format", "csv"]);
    expect(r.code).toBe(3);
    const rows = r.stdout.trim().split("\n");
    expect(rows[0]).toMatch(/^line,experienceYears,certifications,specialty,state,setting,remote,role,offer_annual,offer_hourly,percentile,/);
    expect(rows[0]).toMatch(/,total_compensation,effective_hourly,error,employee_id,name$/);
    expect(rows).toHaveLength(6);
    expect(rows[1]).toMatch(/^2,4,CPC,,TX,,false,,52000,25,[\d.]+,\w+,/);
    expect(rows[1]).toMatch(/,52000,year,40,annual,/);
    expect(rows[1]).toMatch(/,,E-101,Ann$/);
    expect(rows[2]).toMatch(/^3,2,,,OH,.*,"Bo, Jr\."$/);
    expect(rows[3]).toMatch(/^4,6,CCS,,CA,.*"invalid-amount: .*",E-103,Cy$/);
    const width = rows[0]!.split(",").length;
    expect(rows[4]!.split(",")).toHaveLength(width);
  });

  it("validates every line against `schema offer-batch`", async () => {
    const validate = await publishedSchema("offer-batch");
    const out = lines((await cli(["offer", "--input", file("roster4.csv", ROSTER)])).stdout);
    for (const o of out) expect(validate(o), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ line: 1, fields: { a: "x" } })).toBe(false);
  });

  it("refuses a table, an amount beside --input, and a missing file, writing nothing", async () => {
    const path = file("roster5.csv", ROSTER);
    for (const args of [["offer", "--input", path, "--format", "table"], ["offer", "52k", "--input", path], ["offer", "--input", join(dir, "nope.csv")]]) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
    }
  });
});
