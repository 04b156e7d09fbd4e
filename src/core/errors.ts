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
  | "invalid-filing"
  | "invalid-dataset";

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
