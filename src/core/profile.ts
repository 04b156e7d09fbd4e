import { checkedDataset } from "./dataset/parse-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { ProfileError, shown, type ErrorCode } from "./errors.js";
import { closest, matchKey } from "./match.js";
import { modelOf, type Lookup } from "./model/compile-model.js";

/** What a caller may give: every field optional; names in any case or spelling the dataset knows. */
export interface ProfileInput {
  experienceYears?: number | null;
  /** Credential codes or names; `[]` (or `["none"]`) says "no credential"; leaving it out says nothing. */
  certifications?: readonly string[] | null;
  specialty?: string | null;
  /** Two-letter code or full name. */
  state?: string | null;
  setting?: string | null;
  remote?: boolean;
  role?: string | null;
}

/** A checked profile: ids as the dataset spells them, `null` where not given. */
export interface Profile {
  experienceYears: number | null;
  /** Upper-case codes, each once, in the order given; `[]`: no credential; `null`: not given. */
  certifications: string[] | null;
  specialty: string | null;
  /** Two-letter code. */
  state: string | null;
  setting: string | null;
  remote: boolean;
  role: string | null;
}

export const PROFILE_FIELDS = ["experienceYears", "certifications", "specialty", "state", "setting", "remote", "role"] as const;

/**
 * Checks a profile against the dataset and returns it in canonical form; throws a
 * `ProfileError` naming the field, what is allowed and the nearest match.
 */
export function normalizeProfile(input: unknown, dataset: Dataset): Profile {
  const d = checkedDataset(dataset);
  if (input === null || typeof input !== "object" || Array.isArray(input))
    throw new ProfileError("invalid-profile", "a profile must be an object", "profile", input, `an object with ${PROFILE_FIELDS.join(", ")}`);
  const fields = input as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if ((PROFILE_FIELDS as readonly string[]).includes(key)) continue;
    const near = closest(key, PROFILE_FIELDS.map((f) => ({ names: [f], value: f })));
    throw new ProfileError("invalid-profile", `unknown profile field ${shown(key)}`, key, fields[key], PROFILE_FIELDS.join(", "), near);
  }
  const model = modelOf(d);
  const remote = fields.remote ?? false;
  if (typeof remote !== "boolean")
    throw new ProfileError("invalid-profile", `remote must be true or false, got ${shown(remote)}`, "remote", remote, "true or false");
  return {
    experienceYears: experience(fields.experienceYears, d.experience.maxYears.value),
    certifications: certifications(fields.certifications, model.credentials),
    specialty: choice(fields.specialty, "specialty", "unknown-specialty", model.specialties, (s) => s.id, (s) => s.id),
    state: choice(fields.state, "state", "unknown-state", model.states, (s) => s.code, (s) => `${s.code} (${s.name})`),
    setting: choice(fields.setting, "setting", "unknown-setting", model.settings, (s) => s.id, (s) => s.id),
    remote,
    role: choice(fields.role, "role", "unknown-role", model.roles, (r) => r.id, (r) => r.id),
  };
}

function experience(value: unknown, maxYears: number): number | null {
  if (value === undefined || value === null) return null;
  const allowed = `a number of years from 0 to ${maxYears} (fractions allowed, e.g. 2.5)`;
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new ProfileError("invalid-experience", `experience must be a number of years, got ${shown(value)}`, "experienceYears", value, allowed);
  if (value < 0) throw new ProfileError("invalid-experience", `experience cannot be negative (got ${value})`, "experienceYears", value, allowed);
  if (value > maxYears)
    throw new ProfileError("invalid-experience", `${value} years of experience is more than the ${maxYears} the model allows`, "experienceYears", value, allowed);
  return value;
}

function certifications(value: unknown, credentials: Lookup<{ code: string; name: string }>): string[] | null {
  if (value === undefined || value === null) return null;
  const allowed = () => `${credentials.candidates.map((c) => c.value.code).join(", ")}, or none`;
  if (!Array.isArray(value))
    throw new ProfileError("unknown-certification", "certifications must be a list of credential codes", "certifications", value, allowed());
  const codes: string[] = [];
  const none = value.some((item) => typeof item === "string" && matchKey(item) === "none");
  if (none && value.length > 1)
    throw new ProfileError("unknown-certification", `"none" cannot be given with credentials`, "certifications", value, allowed());
  if (none) return [];
  for (const item of value) {
    const found = typeof item === "string" ? credentials.find(item) : undefined;
    if (!found) {
      const near = typeof item === "string" ? closest(item, credentials.candidates)?.code : undefined;
      throw new ProfileError("unknown-certification", `unknown credential ${shown(item)}`, "certifications", item, allowed(), near);
    }
    if (!codes.includes(found.code)) codes.push(found.code);
  }
  return codes;
}

function choice<T>(
  value: unknown,
  field: string,
  code: ErrorCode,
  options: Lookup<T>,
  idOf: (item: T) => string,
  describe: (item: T) => string,
): string | null {
  if (value === undefined || value === null) return null;
  const found = typeof value === "string" ? options.find(value) : undefined;
  if (found) return idOf(found);
  const allowed = options.candidates.map((c) => idOf(c.value)).join(", ");
  const near = typeof value === "string" ? closest(value, options.candidates) : undefined;
  throw new ProfileError(code, `unknown ${field} ${shown(value)}`, field, value, allowed, near === undefined ? undefined : describe(near));
}
