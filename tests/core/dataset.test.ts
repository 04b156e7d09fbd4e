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

  it("holds the guide's figures for the five states, remote work and the outlook", () => {
    const d = bundledDataset();
    expect(d.guideStates.map((g) => [g.code, g.annual.low, g.annual.high])).toEqual([
      ["CA", 55_000, 75_000],
      ["NY", 52_000, 72_000],
      ["MA", 51_000, 70_000],
      ["WA", 50_000, 68_000],
      ["CT", 49_000, 67_000],
    ]);
    expect([d.remote.annual.low, d.remote.annual.high]).toEqual([45_000, 65_000]);
    expect(d.outlook.map((o) => o.growth.value)).toEqual([0.08, 0.07]);
  });
});

describe("parseDataset", () => {
  it("names the path of a bad field, what was expected and what was found", () => {
    expect(
      problems((d) => {
        d.states.list.find((s: any) => s.code === "TX").median = "abc";
      }),
    ).toEqual(['states.list[TX].median: expected a positive number of at most 10000000, got "abc"']);
  });

  it("reports every problem, not just the first", () => {
    const found = problems((d) => {
      d.national.median.value = -5;
      d.specialties[1].annual.low = "55k";
      delete d.model.hoursPerYear;
      d.extra = 1;
    });
    expect(found).toEqual([
      "extra: unknown field (allowed: version, notes, sources, model, national, experience, certifications, specialties, settings, states, guideStates, costOfLivingClaim, remote, roles, careers, training, outlook, tax)",
      "model.hoursPerYear: missing",
      "national.median.value: expected a positive number of at most 10000000, got -5",
      "specialties[anesthesia].annual.low: expected a positive number of at most 10000000, got \"55k\"",
    ]);
  });

  it("reports inherited names as unknown fields, not as known ones", () => {
    expect(problems((d) => (d.national.toString = 1))).toEqual(["national.toString: unknown field (allowed: median, mean, guideMedian)"]);
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
    ["an unknown reference band", (d) => (d.model.referenceBand = "middle"), 'model.referenceBand: unknown experience band "middle"'],
    ["pay falling with experience", (d) => (d.experience.bands[2].annual = { low: 30_000, high: 40_000, source: "seed-guide" }), "experience.bands[senior].annual: its median is below the previous band's (pay would fall with experience)"],
    ["a promotion lowering the experience floor", (d) => (d.roles.ladder[2].minYears.value = 1), "roles.ladder[supervisor].minYears: must be at least the previous role's (6)"],
    ["a guide state not in the state list", (d) => (d.guideStates[0].code = "ZZ"), 'guideStates[ZZ].code: unknown state "ZZ" (not in states.list)'],
    ["a negative cost", (d) => (d.training.paths[0].cost.low = -1), "training.paths[program].cost.low: expected a number from 0 to 1000000, got -1"],
    ["an implausibly wide band", (d) => (d.experience.bands[0].annual = { low: 1_000, high: 900_000, source: "seed-guide" }), "experience.bands[entry].annual: read as the 25th–75th percentile, this range implies an implausibly wide spread of pay"],
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
