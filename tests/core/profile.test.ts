import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { ProfileError } from "../../src/core/errors.js";
import { normalizeProfile } from "../../src/core/profile.js";

const normalize = (input: unknown) => normalizeProfile(input, bundledDataset());

function errorOf(input: unknown): ProfileError {
  try {
    normalize(input);
  } catch (e) {
    if (e instanceof ProfileError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("normalizeProfile", () => {
  it("accepts names in any case and spelling the dataset knows", () => {
    expect(
      normalize({ experienceYears: 2.5, certifications: ["cpc", "Ccs", "CPC"], specialty: "Risk Adjustment", state: "new york", setting: "office", role: "Senior Coder" }),
    ).toEqual({ experienceYears: 2.5, certifications: ["CPC", "CCS"], specialty: "risk-adjustment", state: "NY", setting: "physician-office", remote: false, role: "senior-coder" });
    expect(normalize({ state: "tx" }).state).toBe("TX");
    expect(normalize({ state: "District of Columbia" }).state).toBe("DC");
    expect(normalize({ specialty: "emergency medicine" }).specialty).toBe("emergency");
  });

  it.each([
    [{ state: "Texsa" }, "unknown-state", "state", "TX (Texas)"],
    [{ state: "Calfornia" }, "unknown-state", "state", "CA (California)"],
    [{ specialty: "cardio" }, "unknown-specialty", "specialty", "cardiology"],
    [{ setting: "hospitl" }, "unknown-setting", "setting", "hospital"],
    [{ role: "manger" }, "unknown-role", "role", "manager"],
    [{ certifications: ["CPX"] }, "unknown-certification", "certifications", "CPC"],
    [{ experience: 4 }, "invalid-profile", "experience", "experienceYears"],
  ])("rejects %j with code %s on %s, suggesting %s", (input, code, field, suggestion) => {
    const e = errorOf(input);
    expect([e.code, e.field, e.suggestion]).toEqual([code, field, suggestion]);
    expect(e.allowed.length).toBeGreaterThan(0);
  });

  it("suggests nothing when nothing is close", () => {
    expect(errorOf({ state: "Atlantis" }).suggestion).toBeUndefined();
    expect(errorOf({ specialty: "xyzzy" }).suggestion).toBeUndefined();
  });

  it.each([[-1], [51], [Number.NaN], [Number.POSITIVE_INFINITY], ["4"], [true]])("rejects experience %s", (years) => {
    const e = errorOf({ experienceYears: years });
    expect(e.code).toBe("invalid-experience");
    expect(e.allowed).toMatch(/0 to 50/);
  });

  it("rejects non-objects, a non-list of certifications and a non-boolean remote", () => {
    expect(errorOf(null).code).toBe("invalid-profile");
    expect(errorOf([1]).code).toBe("invalid-profile");
    expect(errorOf({ certifications: "CPC" }).code).toBe("unknown-certification");
    expect(errorOf({ remote: "yes" }).field).toBe("remote");
  });

  it("treats null fields as not given", () => {
    expect(normalize({ experienceYears: null, state: null, specialty: null })).toEqual(normalize({}));
  });
});
