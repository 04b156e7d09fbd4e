import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { MAX_ISSUES, parseDataset } from "../../src/core/dataset/parse-dataset.js";
import { copyOfBundled } from "../helpers/datasets.js";

function problems(edit: (d: any) => void): string[] {
  const d = copyOfBundled() as any;
  edit(d);
  const result = parseDataset(JSON.parse(JSON.stringify(d)));
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe("the bundled dataset", () => {
  it("passes the check", () => expect(parseDataset(copyOfBundled()).ok).toBe(true));

  it("uses every source it lists and lists every source it uses", () => {
    const used = new Set<string>();
    JSON.stringify(bundledDataset(), (key, value) => {
      if (key === "source" && typeof value === "string") used.add(value);
      return value;
    });
    expect([...used].sort()).toEqual(bundledDataset().sources.map((s) => s.id).sort());
  });

  it("covers all 50 states and DC with BLS medians and BEA price parities", () => {
    const list = bundledDataset().states.list;
    expect(list).toHaveLength(51);
    expect(list.every((s) => s.median !== null && s.priceIndex !== null)).toBe(true);
  });

  it("holds the published figures the model starts from, as their sources print them", () => {
    const d = bundledDataset();
    // BLS OOH, May 2024; BLS OEWS national, May 2025 percentiles.
    expect(d.national.median.value).toBe(50_250);
    expect(d.national.distribution.percentiles).toEqual({ p10: 37_000, p25: 43_490, p50: 51_140, p75: 64_820, p90: 81_150 });
    // AAPC 2025 survey: certified and non-certified members' averages.
    expect([d.credentials.certified.value, d.credentials.nonCertified.value]).toEqual([67_260, 55_721]);
    // The guide: the remote band; BLS: 11-9111's median for the director's level.
    expect([d.remote.annual.low, d.remote.annual.high]).toEqual([45_000, 65_000]);
    expect(d.roles.ladder.find((r) => r.id === "director")?.level?.value).toBe(117_960);
    expect(d.outlook.map((o) => o.growth.value)).toEqual([0.08, 0.07]);
  });

  it("knows the common AAPC, AHIMA and ACDIS credentials, each with its issuing body and full name", () => {
    const list = bundledDataset().credentials.list;
    expect(list.map((c) => c.code).sort()).toEqual(
      ["CPC-A", "CPC", "COC", "CIC", "CRC", "CPB", "CPMA", "CPCO", "CPPM", "CDEO", "CPC-I", "CCA", "CCS", "CCS-P", "RHIT", "RHIA", "CDIP", "CCDS"].sort(),
    );
    for (const c of list) {
      expect(["AAPC", "AHIMA", "ACDIS"]).toContain(c.body);
      expect(c.name.length).toBeGreaterThan(10);
      // A published pay figure, or a documented rule (with the warning the estimate gives).
      expect(Boolean(c.pay) !== Boolean(c.pricedAs)).toBe(true);
    }
  });
});

describe("parseDataset", () => {
  it("names the path of a bad field, what was expected and what was found", () => {
    expect(
      problems((d) => {
        d.states.list.find((s: any) => s.code === "TX").median = "abc";
      }),
    ).toEqual(['states.list[TX].median: expected a number from 1 to 10000000, got "abc"']);
  });

  it("reports every problem, not just the first", () => {
    const found = problems((d) => {
      d.national.median.value = -5;
      d.specialties[1].annual.low = "55k";
      delete d.model.hoursPerYear;
      d.extra = 1;
    });
    expect(found).toEqual([
      "extra: unknown field (allowed: version, notes, sources, model, national, population, experience, credentials, specialties, settings, guideMedian, states, remote, roles, careers, training, outlook, benefits, reference, tax)",
      "model.hoursPerYear: missing",
      "national.median.value: expected a number from 1 to 10000000, got -5",
      "specialties[anesthesia].annual.low: expected a number from 1 to 10000000, got \"55k\"",
    ]);
  });

  it("reports inherited names as unknown fields, not as known ones", () => {
    expect(problems((d) => (d.national.toString = 1))).toEqual(["national.toString: unknown field (allowed: median, mean, vintage, distribution)"]);
  });

  it("refuses prototype keys", () => {
    const d = JSON.parse(JSON.stringify(copyOfBundled()).replace('"version"', '"__proto__":{"x":1},"version"'));
    const result = parseDataset(d);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toEqual({ path: "__proto__", message: 'the key "__proto__" is not allowed' });
  });

  it.each<[string, (d: any) => void, string]>([
    ["a range with low above high", (d) => (d.remote.annual.low = 70_000), "remote.annual: low (70000) is above high (65000)"],
    ["an unknown source id", (d) => (d.remote.annual.source = "blog"), 'remote.annual.source: unknown source id "blog" (not in sources)'],
    ["a duplicate id", (d) => (d.settings[1].aliases = ["hospital"]), 'settings[hospital]: "hospital" is listed twice (ids and aliases must be unique)'],
    ["a promotion lowering the experience floor", (d) => (d.roles.ladder[2].minYears.value = 1), "roles.ladder[supervisor].minYears: must be at least the previous role's (6)"],
    ["a promotion lowering the pay level", (d) => (d.roles.ladder[3].level.value = 1_000), "roles.ladder[manager].level: must be at least the previous role's (66618)"],
    ["a negative cost", (d) => (d.training.paths[0].cost.low = -1), "training.paths[program].cost.low: expected a number from 0 to 1000000, got -1"],
    ["national percentiles that do not rise", (d) => (d.national.distribution.percentiles.p75 = 40_000), "national.distribution.percentiles: must rise from p10 to p90"],
    ["an implausibly wide national spread", (d) => Object.assign(d.national.distribution.percentiles, { p10: 1_000, p90: 900_000 }), "national.distribution.percentiles: p90 over p10 is above 20: a typo, not a spread of pay"],
    ["an experience mix whose shares do not sum to 1", (d) => (d.population.experienceMix.brackets[0].share = 0.5), "population.experienceMix.brackets: shares sum to 1.350, not 1"],
    ["survey points that give no slope", (d) => (d.experience.surveyPoints = d.experience.surveyPoints.map((p: any) => ({ ...p, years: 1 }))), "experience.surveyPoints: needs a group with points at two different years (the curve's slope is fitted within groups)"],
    ["a credential priced as an unknown one", (d) => (d.credentials.list.find((c: any) => c.code === "CCS").pricedAs.value = "XYZ"), 'credentials.list[CCS].pricedAs.value: unknown credential "XYZ" (or "certified")'],
    ["a credential with both a figure and a rule", (d) => (d.credentials.list.find((c: any) => c.code === "CPC").pricedAs = { value: "certified", source: "coding-salary-model" }), "credentials.list[CPC]: has both pay and pricedAs: give one"],
    [
      "an apprentice status priced above its full credential",
      (d) => {
        const [cpc, apprentice] = ["CPC", "CPC-A"].map((code) => d.credentials.list.find((c: any) => c.code === code));
        Object.assign(cpc.pay, { annual: 60_000, versus: { ...cpc.pay.versus, annual: 60_000 } });
        Object.assign(apprentice.pay, { annual: 61_000, versus: { ...apprentice.pay.versus, annual: 60_000 } });
      },
      "credentials.list[CPC-A].pay: prices the apprentice status above CPC (61000 against 60000, CPC 60000 against 60000): an apprentice earns no more than the full credential",
    ],
    ["a reference figure for an unknown state", (d) => (d.reference.figures[0].profile.state = "ZZ"), "reference.figures[bls-p10-2024].profile.state: unknown state \"ZZ\""],
    ["a source of an unknown kind", (d) => (d.sources[0].kind = "blog"), 'sources[bls-ooh-2024].kind: expected one of "official", "survey", "compilation", "guide", "model", got "blog"'],
  ])("catches %s", (_what, edit, message) => {
    expect(problems(edit)).toContain(message);
  });

  it("stops listing after a sane number of problems", () => {
    const found = problems((d) => d.states.list.forEach((s: any) => Object.assign(s, { median: "x", mean: "x" })));
    expect(found).toHaveLength(MAX_ISSUES);
  });

  it("rejects what is not a dataset at all", () => {
    for (const value of [null, 42, "text", []]) {
      const result = parseDataset(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.path).toBe("(top level)");
    }
  });
});
