import { UsageError } from "../errors.js";
import { quote } from "../text.js";

interface NumberRule {
  /** The flag, for messages: "--experience". */
  flag: string;
  /** What the number counts, for messages: "a number of years". */
  what: string;
  min: number;
  max: number;
  integer?: boolean;
  /** An example for the hint: "4 or 2.5". */
  example: string;
}

/** Plain decimals only: "4", "2.5", ".5"; not "4y", "1e3", "0x10", "Infinity" or "". */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The one number parser of the command line: a plain decimal within the rule's bounds. */
export function parseNumber(text: string, rule: NumberRule): number {
  const allowed = `Allowed for ${rule.flag}: ${rule.integer ? "a whole number" : "a number"} from ${rule.min} to ${rule.max}, e.g. ${rule.example}`;
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) throw new UsageError(`${rule.flag} must be ${rule.what}, got ${quote(text)}`, allowed);
  const value = Number(trimmed);
  if (rule.integer && !Number.isInteger(value)) throw new UsageError(`${rule.flag} must be a whole number, got ${quote(text)}`, allowed);
  if (value < rule.min || value > rule.max) throw new UsageError(`${rule.flag} is out of range: ${quote(text)}`, allowed);
  return value;
}

/** The shape of a number without bounds, for values the dataset bounds later (experience). */
export function isDecimal(text: string): boolean {
  return DECIMAL.test(text.trim());
}
