/**
 * The library cannot be misused silently: whatever an exported function is given is normalized
 * (names in any spelling) or refused with a typed error naming the problem — never a quietly
 * wrong answer.
 */
import { describe, expect, it } from "vitest";
import * as lib from "../../src/core/index.js";
import { ArgumentError, DatasetError, ProfileError } from "../../src/core/errors.js";

describe("the library", () => {
  it("normalizes what it can: names in any case or spelling", () => {
    expect(lib.estimate({ state: "texas", certifications: ["cpc-a"], specialty: "Risk Adjustment" }).input).toMatchObject({ state: "TX", certifications: ["CPC-A"], specialty: "risk-adjustment" });
    expect(lib.estimate({ state: "texas" }).annual).toEqual(lib.estimate({ state: "TX" }).annual);
    expect(lib.inNationalDollars(50_000, "new york")).toBe(lib.inNationalDollars(50_000, "NY"));
  });

  it("shares the parts of an estimate that are alike only frozen: a caller who changes one cannot change the next estimate", () => {
    const first = lib.estimate({ state: "TX", certifications: ["CPC"] });
    const state = first.factors.find((f) => f.code === "state")!;
    expect(() => ((state.params as Record<string, unknown>).state = "CA")).toThrow(TypeError);
    expect(() => ((first.sources[0] as { title: string }).title = "changed")).toThrow(TypeError);
    const next = lib.estimate({ state: "TX", certifications: ["CPC"] });
    expect(next.factors.find((f) => f.code === "state")!.params.state).toBe("TX");
    expect(next.sources[0]!.title).not.toBe("changed");
  });

  it.each<[string, () => unknown, Function, string]>([
    ["an unknown state", () => lib.estimate({ state: "Texsa" }), ProfileError, "unknown-state"],
    ["an unknown field", () => lib.relatedCareers({ experience: 4 }), ProfileError, "invalid-profile"],
    ["an unknown credential", () => lib.compare("state", { certifications: ["CPX"] }), ProfileError, "unknown-certification"],
    ["an unknown dimension", () => lib.compare("planet"), ArgumentError, "invalid-argument"],
    ["a fractional number of years", () => lib.careerPath(2.5), ArgumentError, "invalid-argument"],
    ["a negative course cost", () => lib.trainingReturn({ cost: -1, months: 6, cert: "CPC" }), ArgumentError, "invalid-amount"],
    ["an amount that is not pay", () => lib.assessOffer("abc"), ArgumentError, "invalid-amount"],
    ["a non-finite amount", () => lib.inNationalDollars(Number.NaN, "TX"), ArgumentError, "invalid-amount"],
    ["a dataset that has not passed the check", () => lib.estimate({}, { ...lib.bundledDataset(), national: { median: "x" } } as never), DatasetError, "invalid-dataset"],
    ["something that is not a dataset", () => lib.compare("state", {}, {}, 42 as never), DatasetError, "invalid-dataset"],
  ])("refuses %s with a typed error", (_what, call, type, code) => {
    expect(call).toThrow(type as never);
    expect(call).toThrow(expect.objectContaining({ code }));
  });

  it("checks a user's dataset object once, then uses it like the bundled one", () => {
    const own = structuredClone(lib.bundledDataset());
    own.national.median.value = 60_000;
    expect(lib.estimate({}, own).annual.median).toBe(60_000);
    expect(lib.estimate({ state: "TX" }, own).annual.median).toBe(lib.estimate({ state: "TX" }, own).annual.median);
  });
});
