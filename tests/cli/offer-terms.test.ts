import { describe, expect, it } from "vitest";
import { publishedSchema } from "../helpers/schema-validator.js";
import { cli, cliJson } from "../helpers/cli.js";


describe("offer: amounts as written", () => {
  it("refuses a bare number under $1,000 with exit 2, a hint at an hourly rate, and nothing on stdout", async () => {
    const r = await cli(["offer", "24.50", "-e", "1"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^coding-salary: a bare number under \$1,000 cannot be a year's pay: "24\.50"\. Did you mean 24\.50\/hr/);
  });

  it("shows the amount as given: 24.50 an hour is not rounded to $25", async () => {
    const r = await cli(["offer", "24.50/hr", "-e", "1"], { env: { COLUMNS: "200" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Offer of $24.50 an hour (40 hours a week)");
    expect(r.stdout).toContain("$24.50 × 40 hours a week × 52 weeks = $50,960 a year");
  });

  it.each([
    [["4,333/mo"], { amount: 4333, period: "month", hoursPerWeek: 40 }, { annual: 51_996, hourly: 25, basis: "annual" }],
    [["24.50 an hour"], { amount: 24.5, period: "hour", hoursPerWeek: 40 }, { annual: 50_960, hourly: 24.5, basis: "hourly" }],
    [["24.50/hr", "--hours", "30"], { amount: 24.5, period: "hour", hoursPerWeek: 30 }, { annual: 38_220, hourly: 24.5, basis: "hourly" }],
    [["2000/wk"], { amount: 2000, period: "week", hoursPerWeek: 40 }, { annual: 104_000, hourly: 50, basis: "annual" }],
    [["52,000 a year", "--hours", "37.5"], { amount: 52_000, period: "year", hoursPerWeek: 37.5 }, { annual: 52_000, hourly: 26.67, basis: "annual" }],
  ])("offer %j → as given %j, converted %j", async (args, asGiven, offer) => {
    const doc = await cliJson(["offer", ...args, "--json"]);
    expect(doc.asGiven).toEqual(asGiven);
    expect(doc.offer).toEqual(offer);
  });

  it("warns, on stderr of the report and in the JSON, about pay outside the plausible band", async () => {
    const r = await cli(["offer", "1000000", "-e", "4"], { env: { COLUMNS: "200" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\$1,000,000 a year at full time .* outside \$10,000–\$500,000/);
    const doc = await cliJson(["offer", "1000000", "-e", "4", "--json"]);
    expect(doc.warnings.map((w: { code: string }) => w.code)).toContain("offer-implausible");
  });

  it("refuses a pay period on a course's cost", async () => {
    for (const cost of ["24.50/hr", "3000 a month"]) {
      const r = await cli(["roi", "--cost", cost, "--months", "6", "--earn", "CPC"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--cost: a cost takes no pay period");
    }
  });
});

describe("offer: hours and total compensation", () => {
  it("compares an hourly offer with the hourly range and says how it converted", async () => {
    const doc = await cliJson(["offer", "24.50/hr", "--hours", "30", "-e", "3", "--json"]);
    const est = await cliJson(["estimate", "-e", "3", "--json"]);
    expect(doc.range).toMatchObject({ basis: "hourly", hoursPerWeek: 30, ...est.hourly });
    expect(doc.range.conversion).toContain("÷ 2,080 hours");
    expect(doc.gap.hourly).toBeCloseTo(24.5 - est.annual.median / 2080, 2);
  });

  it("writes base, total cash, total compensation and effective hourly pay", async () => {
    const doc = await cliJson(["offer", "52k", "--bonus", "3000", "--retirement-match", "4", "--pto-days", "15", "--json"]);
    expect(doc.compensation).toMatchObject({ base: 52_000, cash: 55_000, total: 57_080, effectiveHourly: 28.06 });
  });

  it("reads every term flag, and shows typical figures with their sources", async () => {
    const args = ["offer", "4,333/mo", "-e", "3", "--bonus", "5%", "--sign-on", "2k", "--sign-on-years", "1", "--retirement-match", "50:6", "--health-premium", "55 biweekly"];
    const more = ["--coverage", "family", "--pto-days", "20", "--exam-reimbursement", "$425", "--dues-reimbursement", "190", "--ceu-allowance", "40/mo", "--remote-stipend", "50/mo"];
    const doc = await cliJson([...args, ...more, "--json"]);
    const c = doc.compensation;
    expect(c.bonus).toBe(Math.round(51_996 * 0.05));
    expect(c.signOn).toEqual({ total: 2000, years: 1, perYear: 2000 });
    expect(c.retirement).toMatchObject({ rate: 50, upTo: 6, percentOfBase: 3 });
    expect(c.health).toMatchObject({ coverage: "family", yourShare: 1430, typicalPremium: 25_572 });
    expect(c.allowances).toEqual({ exam: 425, dues: 190, ceu: 480, remoteStipend: 600 });
    expect(c.hours.ptoDays).toBe(20);
    expect(c.noTypical.map((t: { term: string }) => t.term)).toEqual(["bonus", "sign-on", "exam-reimbursement", "ceu-allowance", "remote-stipend"]);
    expect(doc.sources.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(["kff-ehbs-2024", "bls-ebs-2024", "bls-ebs-leave-2022", "fidelity-401k-q1-2024", "aapc-membership-faq", "bls-ecec-2025-06"]));
    const table = await cli([...args, ...more], { env: { COLUMNS: "200" } });
    expect(table.stdout).toContain("Total compensation");
    expect(table.stdout).toContain("remote stipend: no survey publishes a typical amount");
    expect(table.stdout).toContain("workers pay $525 a month on average for family coverage");
  });

  it.each([
    [["--hours", "0"], /--hours must be a number of hours a week above 0 and at most 100/],
    [["--hours", "forty"], /--hours must be/],
    [["--retirement-match", "50:6:1"], /--retirement-match must be <percent> or <percent>:<cap percent>/],
    [["--retirement-match", "250:6"], /--retirement-match must be a match rate in percent from 0 to 200/],
    [["--bonus", "lots"], /--bonus must be dollars a year .* or a percent of base pay/],
    [["--coverage", "kids"], /--coverage must be single or family/],
    [["--health-premium", "10/hr"], /--health-premium: this is not paid by the hour/],
    [["--sign-on", "2000/mo"], /--sign-on: a sign-on bonus \(paid once\) takes no pay period/],
    [["--pto-days", "300"], /--pto-days must be a number of days from 0 to 100/],
    [["--sign-on-years", "0"], /--sign-on-years must be a number of years above 0/],
  ])("exits 2 on %j, naming the flag and what it allows", async (flag, message) => {
    const r = await cli(["offer", "52k", ...flag]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("needs an amount or a roster, not neither", async () => {
    const r = await cli(["offer", "-e", "4"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument 'amount': the offer (or --input <file> for a roster)");
  });

  it("lists every new flag, with examples, in --help and in completion", async () => {
    const flags = ["--hours", "--bonus", "--sign-on", "--sign-on-years", "--retirement-match", "--health-premium", "--coverage", "--pto-days", "--exam-reimbursement", "--dues-reimbursement", "--ceu-allowance", "--remote-stipend", "--input"];
    const help = (await cli(["offer", "--help"])).stdout;
    for (const f of flags) expect(help, f).toContain(`${f} `);
    expect(help).toMatch(/\$ coding-salary offer 4,333\/mo .*--retirement-match 4 --health-premium 120 --pto-days 15/);
    for (const shell of ["bash", "zsh", "fish"]) {
      const script = (await cli(["completion", shell])).stdout;
      for (const f of flags) expect(script, `${shell} ${f}`).toContain(f.slice(2));
      expect(script, shell).toContain("offers");
    }
  });

  it("writes JSON that validates against `schema offer`, and Markdown and CSV", async () => {
    const validate = await publishedSchema("offer");
    for (const args of [["52k", "-e", "4"], ["24.50/hr", "--hours", "32", "--state", "CA"], ["4,333/mo", "--health-premium", "120", "--retirement-match", "50:6", "--pto-days", "15"], ["1000000"]]) {
      const doc = await cliJson(["offer", ...args, "--json"]);
      expect(validate(doc), `${args.join(" ")}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate({ ...(await cliJson(["offer", "52k", "--json"])), asGiven: { amount: 52_000 } })).toBe(false);
    const md = await cli(["offer", "52k", "--bonus", "1000", "--format", "markdown"]);
    expect(md.stdout).toMatch(/^## Offer of \$52,000 a year/);
    expect(md.stdout).toContain("| Total compensation | $53,000 |");
    const csv = (await cli(["offer", "24.50/hr", "--hours", "30", "--format", "csv"])).stdout.split("\n");
    // The 1.x columns first, in their order; then the offer as given, its hours and total compensation.
    expect(csv[0]).toBe("offer_annual,offer_hourly,percentile,verdict,gap_annual,gap_percent,counter_annual,low,median,high,amount,period,hours_per_week,range_basis,range_low,range_median,range_high,gap_hourly,counter_hourly,total_cash,total_compensation,effective_hourly");
    expect(csv[1]).toMatch(/^38220,24\.5,[\d.]+,\w+,-?\d+,-?[\d.]+,\d+,\d+,\d+,\d+,24\.5,hour,30,hourly,/);
  });
});
