/** Take-home pay on the command line: flags, the takeHome object, and states ranked after tax. */
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { cli, cliJson } from "../helpers/cli.js";

describe("--take-home", () => {
  it("gives what $50,000 leaves a single filer in Texas in 2026: federal $3,820 and FICA $3,825 (the IRS's and SSA's figures)", async () => {
    const doc = await cliJson(["offer", "50k", "--state", "TX", "--take-home", "--json"]);
    expect(doc.takeHome).toMatchObject({ taxYear: 2026, state: "TX", filing: "single", gross: 50_000, federalIncomeTax: 3_820, socialSecurity: 3_100, medicare: 725, stateIncomeTax: 0, net: 42_355 });
    expect(doc.takeHome.simplifications.map((s: { code: string }) => s.code)).toContain("local-income-tax-excluded");
  });

  it("reads the filing status in any common spelling, and refuses a near miss with a suggestion", async () => {
    const joint = await cliJson(["estimate", "-e", "4", "--state", "CA", "--filing", "MFJ", "--json"]);
    expect(joint.takeHome.filing).toBe("married-joint");
    const r = await cli(["estimate", "--state", "CA", "--take-home", "--filing", "singel"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain('unknown filing status "singel". Did you mean single?');
  });

  it("needs a state, and says so", async () => {
    const r = await cli(["estimate", "-e", "4", "--take-home"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("take-home pay needs the state whose income tax applies");
  });

  it("shows a take-home table under the estimate, and only when asked", async () => {
    const asked = await cli(["estimate", "-e", "4", "--state", "NY", "--take-home"]);
    expect(asked.stdout).toContain("Take-home pay: the median, New York, single, tax year 2026");
    expect((await cli(["estimate", "-e", "4", "--state", "NY"])).stdout).not.toContain("Take-home");
    expect((await cliJson(["estimate", "-e", "4", "--state", "NY", "--json"])).takeHome).toBeUndefined();
  });

  it("lowers taxable wages by a 401(k) contribution", async () => {
    const plain = await cliJson(["offer", "60k", "--state", "OH", "--take-home", "--json"]);
    const saving = await cliJson(["offer", "60k", "--state", "OH", "--take-home", "--retirement-contribution", "5", "--json"]);
    expect(saving.takeHome.preTax.retirement).toBe(3_000);
    expect(saving.takeHome.federalIncomeTax).toBeLessThan(plain.takeHome.federalIncomeTax);
  });
});

describe("compare --sort take-home and real-take-home", () => {
  it("ranks every state by what is left after tax, and after tax and prices", async () => {
    const byNet = await cliJson(["compare", "--by", "state", "--sort", "take-home", "-e", "4", "--json"]);
    expect(byNet.rows).toHaveLength(51);
    const nets = byNet.rows.map((r: any) => r.takeHome.net);
    expect(nets).toEqual([...nets].sort((a: number, b: number) => b - a));
    const byReal = await cliJson(["compare", "--by", "state", "--sort", "real-take-home", "-e", "4", "--json"]);
    const prices = new Map(bundledDataset().states.list.map((s) => [s.code, s.priceIndex as number]));
    const real = byReal.rows.map((r: any) => r.takeHome.net / (prices.get(r.value)! / 100));
    expect(real).toEqual([...real].sort((a: number, b: number) => b - a));
    expect(byReal.rows[0].value).not.toBe(byNet.rows[0].value);
  });

  it("needs a state when the rows do not carry one", async () => {
    const r = await cli(["compare", "--by", "cert", "--sort", "take-home"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("take-home pay needs a state");
    expect((await cliJson(["compare", "--by", "cert", "--state", "TX", "--take-home", "--json"])).rows[0].takeHome.state).toBe("TX");
  });
});

describe("offers --take-home", () => {
  it("gives each offer's take-home in its own state: $50,000 in Texas leaves $42,355 (IRS and SSA figures), and the leader after tax", async () => {
    const doc = await cliJson(["offers", "Dallas: 50k, TX", "Austin: 51k, TX", "--take-home", "--json"]);
    expect(doc.offers[0].takeHome).toMatchObject({ state: "TX", gross: 50_000, federalIncomeTax: 3_820, net: 42_355 });
    expect(doc.leaders.takeHome).toBe("Austin");
    expect((await cliJson(["offers", "A: 50k, TX", "B: 51k, TX", "--json"])).leaders.takeHome).toBeNull();
  });

  it("shows the rows, the tax year and the tax sources in the table, and the columns in CSV", async () => {
    const table = await cli(["offers", "A: 50k, TX", "B: 52k, OH", "--take-home"]);
    expect(table.stdout).toMatch(/Take-home, a year +\$42,355/);
    expect(table.stdout).toContain("tax year 2026");
    expect(table.stdout).toMatch(/Tax sources: .*irs-rev-proc-2025-32.*tax-oh-2026/s);
    const csv = (await cli(["offers", "A: 50k, TX", "B: 52k, OH", "--take-home", "--format", "csv"])).stdout.split("\n");
    expect(csv[0]).toMatch(/,take_home,take_home_monthly$/);
    expect(csv[1]).toMatch(/,42355,3529\.58$/);
  });

  it("needs every offer's state, and names the offer without one", async () => {
    const r = await cli(["offers", "A: 50k", "B: 52k, OH", "--take-home"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("take-home pay needs each offer's state: A has none");
  });
});

describe("take-home in CSV", () => {
  it("adds take_home columns to offer and compare CSV only when asked", async () => {
    const offer = (await cli(["offer", "50k", "--state", "TX", "--take-home", "--format", "csv"])).stdout.split("\n");
    expect(offer[0]).toMatch(/,take_home,take_home_monthly$/);
    expect(offer[1]).toMatch(/,42355,3529\.58$/);
    expect((await cli(["offer", "50k", "--state", "TX", "--format", "csv"])).stdout).not.toContain("take_home");
    const compare = (await cli(["compare", "--by", "state", "--only", "TX", "--take-home", "--format", "csv"])).stdout.split("\n");
    expect(compare[0]).toMatch(/,take_home,take_home_monthly$/);
  });
});
