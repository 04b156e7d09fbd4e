import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedSchema } from "../helpers/schema-validator.js";
import { cli, cliJson } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const dir = tempDir("offers");
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const SHORT = ["Hospital Columbus: 52k, OH, setting=hospital, bonus=2000", "Remote Payer: 24.50/hr, TX, remote", "Clinic Miami: $4,333/mo, FL, sign-on=1500"];
const PROFILE = ["-e", "4", "--cert", "CPC"];
/** A wide screen, so lines are not wrapped where a test reads them whole. */
const WIDE = { COLUMNS: "200" };

describe("offers: several offers side by side", () => {
  it("reads the short form: label, amount (thousands commas kept), state, remote, key=value", async () => {
    const doc = await cliJson(["offers", ...SHORT, ...PROFILE, "--json"]);
    expect(doc.offers.map((o: { label: string }) => o.label)).toEqual(["Hospital Columbus", "Remote Payer", "Clinic Miami"]);
    expect(doc.offers.map((o: { input: { state: string } }) => o.input.state)).toEqual(["OH", "TX", "FL"]);
    expect(doc.offers[0].input).toMatchObject({ setting: "hospital", remote: false, experienceYears: 4, certifications: ["CPC"] });
    expect(doc.offers[1].input.remote).toBe(true);
    expect(doc.offers[0].compensation).toMatchObject({ bonus: 2000, total: 54_000 });
    expect(doc.offers[1]).toMatchObject({ asGiven: { amount: 24.5, period: "hour" }, offer: { annual: 50_960 } });
    expect(doc.offers[2]).toMatchObject({ asGiven: { amount: 4333, period: "month" }, offer: { annual: 51_996 } });
    expect(doc.offers[2].compensation.signOn).toEqual({ total: 1500, years: 2, perYear: 750 });
  });

  it("gives each offer what `offer` gives it, with purchasing power, leaders and what the others need", async () => {
    const doc = await cliJson(["offers", ...SHORT, ...PROFILE, "--json"]);
    const hospital = await cliJson(["offer", "52k", "--state", "OH", "--setting", "hospital", "--bonus", "2000", ...PROFILE, "--json"]);
    expect(doc.offers[0]).toMatchObject({ percentile: hospital.percentile, verdict: hospital.verdict, gap: hospital.gap, counter: hospital.counter, compensation: hospital.compensation });
    const price = (await cliJson(["estimate", "--state", "OH", "--json"])).purchasingPower.priceIndex;
    expect(doc.offers[0].purchasingPower).toMatchObject({ state: "OH", priceIndex: price, total: Math.round(54_000 / (price / 100)) });
    const reals = doc.offers.map((o: { purchasingPower: { total: number } }) => o.purchasingPower.total);
    const best = doc.offers[reals.indexOf(Math.max(...reals))].label;
    expect(doc.leaders.purchasingPower).toBe(best);
    expect(doc.reference).toEqual({ label: best, on: "purchasingPower" });
    for (const o of doc.offers) {
      if (o.label === best) expect(o.toMatch).toBeNull();
      else expect(o.toMatch).toMatchObject({ reference: best, nominal: { extra: expect.any(Number) }, real: { extra: expect.any(Number) } });
    }
    expect(doc.offers.flatMap((o: { leads: string[] }) => o.leads).sort()).toEqual(["base", "effectiveHourly", "hourly", "percentile", "purchasingPower", "total"]);
  });

  it("prints a table with a column per offer, the leader starred and the rows to match", async () => {
    const r = await cli(["offers", ...SHORT, ...PROFILE], { env: WIDE });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Hospital Columbus .*Remote Payer .*Clinic Miami/);
    expect(r.stdout).toMatch(/Total compensation .*★/);
    expect(r.stdout).toMatch(/To match Hospital Columbus/);
    expect(r.stdout).toContain("Buys (national $)");
    const md = await cli(["offers", ...SHORT, ...PROFILE, "--format", "markdown"]);
    expect(md.stdout).toMatch(/^## 3 offers for: 4 years · CPC/);
    expect(md.stdout).toContain("|  | Hospital Columbus | Remote Payer | Clinic Miami |");
  });

  it("says when a benefit is given for some offers and not others", async () => {
    const r = await cli(["offers", "A: 52k, OH, match=4, pto=10", "B: 50k, OH", "C: 50k, OH, match=3"], { env: WIDE });
    expect(r.stdout).toContain("A retirement match is given for A and C only: for B, the total counts no match.");
    expect(r.stdout).toContain("Paid time off is given for A only: for B and C, the effective hourly pay counts no days off.");
    expect((await cli(["offers", "A: 52k, match=4", "B: 50k, match=3"])).stdout).not.toContain("is given for");
  });

  it("writes CSV, one row per offer", async () => {
    const rows = (await cli(["offers", ...SHORT, "--format", "csv"])).stdout.trim().split("\n");
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^label,state,remote,setting,offer_annual,offer_hourly,percentile,/);
    expect(rows[1]).toMatch(/^Hospital Columbus,OH,false,hospital,52000,25,/);
    expect(rows[2]).toMatch(/^Remote Payer,TX,true,,50960,24\.5,/);
    expect(rows[2]).toMatch(/,24\.5,hour,40,hourly,/);
  });

  it("validates against `schema offers`", async () => {
    const validate = await publishedSchema("offers");
    for (const args of [SHORT, ["A: 50k", "B: 55k, remote", "C: 26/hr, hours=32, match=50:6, health=150, pto=20, coverage=family"]]) {
      const doc = await cliJson(["offers", ...args, "--json"]);
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("reads a JSON file (an array or {offers}), as a positional argument or --input, string or numeric amounts", async () => {
    const offers = [
      { label: "Hospital Columbus", amount: "52k", state: "OH", remote: false, bonus: 2000 },
      { label: "Remote Payer", amount: 50960, state: "TX", remote: true, bonus: 0 },
      { label: "Clinic Miami", amount: "4,333/mo", state: "FL", remote: false, "sign-on": 1500, hours: 37.5 },
    ];
    const array = file("offers.json", JSON.stringify(offers));
    const object = file("offers-object.json", JSON.stringify({ offers }));
    const a = await cliJson(["offers", array, "--json"]);
    const b = await cliJson(["offers", "--input", object, "--json"]);
    expect(b).toEqual(a);
    expect(a.offers[1].asGiven).toEqual({ amount: 50_960, period: "year", hoursPerWeek: 40 });
    expect(a.offers[2].asGiven).toMatchObject({ hoursPerWeek: 37.5 });
    expect(a.offers[2].compensation.signOn.total).toBe(1500);
  });

  it("reads a CSV file, and either format on stdin", async () => {
    const csv = "label,amount,state,remote,pto_days,health_premium\nA,52k,OH,no,15,120\nB,24.50/hr,TX,yes,20,80\n";
    const fromFile = await cliJson(["offers", file("offers.csv", csv), "--json"]);
    expect(fromFile.offers.map((o: { label: string }) => o.label)).toEqual(["A", "B"]);
    expect(fromFile.offers[1].input.remote).toBe(true);
    expect(fromFile.offers[0].compensation.health.yourShare).toBe(1440);
    const fromStdin = await cliJson(["offers", "-", "--json"], { stdin: csv });
    expect(fromStdin).toEqual(fromFile);
    const json = await cliJson(["offers", "--input", "-", "--json"], { stdin: JSON.stringify([{ amount: "50k" }, { amount: "55k" }]) });
    expect(json.offers.map((o: { label: string }) => o.label)).toEqual(["offer 1", "offer 2"]);
  });

  it.each([
    [["A: 52k"], /1 offer given; offers compares 2 to 5/],
    [["1: 50k", "2: 50k", "3: 50k", "4: 50k", "5: 50k", "6: 50k"], /6 offers given/],
    [["A: 52k", "a: 53k"], /two offers are labelled "a"/],
    [["A: 52k, OH", "B: 24.50, TX"], /offer 2: a bare number under \$1,000.*Did you mean 24\.50\/hr/],
    [["A: 52k, Texsa", "B: 50k"], /offer 1: "Texsa" is not an item of an offer/],
    [["A: 52k, state=Texsa", "B: 50k"], /offer 1: unknown state "Texsa". Did you mean TX \(Texas\)\?/],
    [["A: 52k, hours=0", "B: 50k"], /offer 1: --hours must be a number of hours a week above 0/],
    [["A: 52k, colour=red", "B: 50k"], /offer 1: unknown key "colour"/],
    [["A: bonus=2000", "B: 50k"], /offer 1: no amount/],
    [["A: 52, OH", "B: 50k"], /offer 1: a bare number under \$1,000/],
  ])("exits 2 on %j, naming the offer", async (args, message) => {
    const r = await cli(["offers", ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("exits 2 for a file it cannot read or that is not offers", async () => {
    for (const [args, message] of [
      [["offers", join(dir, "missing.json")], /cannot read the offers file .*no such file/],
      [["offers", file("bad.json", "{")], /is not valid JSON/],
      [["offers", file("notlist.json", '{"a":1}')], /expected an array of offers/],
      [["offers", "--input", file("one.json", '[{"amount":"50k"}]')], /1 offer given/],
      [["offers", "A: 50k", "--input", file("two.json", '[{"amount":"50k"},{"amount":"51k"}]')], /not both/],
    ] as const) {
      const r = await cli([...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it("is listed in the help, with examples", async () => {
    expect((await cli(["--help"])).stdout).toMatch(/offers \[options\] <offers\.\.\.\|file>/);
    const help = (await cli(["offers", "--help"])).stdout;
    expect(help).toContain("$ coding-salary offers 'Hospital: 52k, OH, setting=hospital, bonus=2000'");
    expect(help).toContain("--hours <per week>");
  });
});
