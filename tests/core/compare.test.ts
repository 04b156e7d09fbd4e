import { describe, expect, it } from "vitest";
import { compare } from "../../src/core/compare.js";
import { ArgumentError, ProfileError } from "../../src/core/errors.js";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { estimate } from "../../src/core/estimate.js";

describe("compare", () => {
  it("varies one dimension and keeps the rest of the profile", () => {
    const c = compare("setting", { experienceYears: 4, certifications: ["CPC"], state: "OH" });
    expect(c.rows.map((r) => r.value)).toEqual(["hospital", "physician-office", "insurance", "consulting"]);
    for (const r of c.rows) {
      expect(r.estimate.input).toMatchObject({ experienceYears: 4, certifications: ["CPC"], state: "OH", setting: r.value });
      expect(r.estimate.annual).toEqual(estimate({ experienceYears: 4, certifications: ["CPC"], state: "OH", setting: r.value }).annual);
      expect(r.difference).toBe(r.estimate.annual.median - c.base.annual.median);
    }
  });

  it("covers every state, and every credential plus none", () => {
    expect(compare("state").rows).toHaveLength(51);
    expect(compare("cert").rows.map((r) => r.value)).toEqual(["none", ...bundledDataset().credentials.list.map((c) => c.code)]);
    expect(compare("role").rows.map((r) => r.value)).toEqual(["coder", "senior-coder", "supervisor", "manager", "director"]);
    expect(compare("remote").rows.map((r) => r.value)).toEqual(["false", "true"]);
  });

  it("keeps only the values asked for, in the order asked, in any spelling", () => {
    expect(compare("state", {}, { only: ["ca", "Texas", "FL"] }).rows.map((r) => r.value)).toEqual(["CA", "TX", "FL"]);
    expect(compare("specialty", {}, { only: ["surgery", "cardiology"] }).rows.map((r) => r.value)).toEqual(["surgical", "cardiology"]);
    expect(compare("experience", {}, { only: ["0", "2.5", "10"] }).rows.map((r) => r.value)).toEqual(["0", "2.5", "10"]);
    expect(compare("cert", {}, { only: ["none", "cpc"] }).rows.map((r) => r.value)).toEqual(["none", "CPC"]);
  });

  it("sorts by nominal median or by median in national-average dollars", () => {
    const nominal = compare("state", { experienceYears: 4 }, { sort: "nominal" }).rows.map((r) => r.estimate.annual.median);
    expect(nominal).toEqual([...nominal].sort((a, b) => b - a));
    const real = compare("state", { experienceYears: 4 }, { sort: "real" }).rows.map((r) => r.estimate.purchasingPower!.annual.median);
    expect(real).toEqual([...real].sort((a, b) => b - a));
  });

  it("rejects an unknown dimension and unknown values with the core's suggestions", () => {
    expect(() => compare("planet")).toThrow(ArgumentError);
    expect(() => compare("state", {}, { only: ["Texsa"] })).toThrow(expect.objectContaining({ suggestion: "TX (Texas)" }));
    expect(() => compare("experience", {}, { only: ["-1"] })).toThrow(ProfileError);
    expect(() => compare("remote", {}, { only: ["maybe"] })).toThrow(ArgumentError);
  });
});
