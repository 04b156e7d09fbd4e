import type { Issue } from "./schema/schema.js";

/** Stable codes: the library throws them and the CLI prints and exits by them. */
export type ErrorCode =
  | "invalid-profile"
  | "invalid-experience"
  | "unknown-certification"
  | "unknown-specialty"
  | "unknown-state"
  | "unknown-setting"
  | "unknown-role"
  | "invalid-amount"
  | "invalid-argument"
  | "invalid-dataset"
  | "invalid-filing";

/** Longest part of a given value a message repeats: a 20,000-character mistake needs only its start. */
const MAX_SHOWN = 60;

/** A value as an error message quotes it: JSON, cut after 60 characters, control characters escaped. */
export function shown(value: unknown): string {
  const text = value === undefined ? "undefined" : (JSON.stringify(typeof value === "string" && value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN) : value) ?? String(value));
  const cut = text.length > MAX_SHOWN + 2 ? `${text.slice(0, MAX_SHOWN)}…` : text;
  const long = typeof value === "string" && value.length > MAX_SHOWN ? `${cut.slice(0, -1)}…" (${value.length} characters)` : cut;
  return long.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export class CodingSalaryError extends Error {
  override name = "CodingSalaryError";
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A profile field the dataset does not know, or a value out of range. */
export class ProfileError extends CodingSalaryError {
  override name = "ProfileError";
  constructor(
    code: ErrorCode,
    message: string,
    /** The input field, in the JSON `input` names (`state`, `experienceYears` …). */
    readonly field: string,
    /** What was given. */
    readonly value: unknown,
    /** What is allowed, in words ("0 to 50 years") or as the list of ids. */
    readonly allowed: string,
    /** The nearest allowed value, when one is close: "TX (Texas)". */
    readonly suggestion?: string,
  ) {
    super(code, message);
  }
}

/** A dataset that does not have the documented shape; `issues` lists every problem found. */
export class DatasetError extends CodingSalaryError {
  override name = "DatasetError";
  constructor(readonly issues: Issue[]) {
    super("invalid-dataset", `invalid dataset: ${issues.length} problem${issues.length === 1 ? "" : "s"}`);
  }
}

/** A decision command's own argument (an offer amount, a cost, a number of years) out of range. */
export class ArgumentError extends CodingSalaryError {
  override name = "ArgumentError";
  constructor(
    code: "invalid-amount" | "invalid-argument" | "invalid-filing",
    message: string,
    readonly field: string,
    readonly value: unknown,
  ) {
    super(code, message);
  }
}
