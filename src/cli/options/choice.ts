import { closest, matchKey } from "../../core/match.js";
import { UsageError } from "../errors.js";
import { quote } from "../text.js";

/** One value a flag can take, with the other spellings it accepts. */
interface Choice<T extends string = string> {
  value: T;
  description: string;
  aliases?: readonly string[];
}

/** The choices of one flag or argument: the one place its values, help and completion come from. */
export interface ChoiceTable<T extends string = string> {
  /** The flag, for messages: "--by"; none for a command's argument. */
  flag?: string;
  /** What a value is, for messages: "dimension", "shell". */
  noun: string;
  choices: readonly Choice<T>[];
}

/** "state (a state), cert (…)" for help. */
function choiceHelp(table: ChoiceTable): string {
  return table.choices.map((c) => c.value).join(", ");
}

/**
 * A choice as typed: any case, spaces, hyphens or underscores ("State", "real-take-home");
 * a plural or a near miss is refused with the likely value named.
 */
export function parseChoice<T extends string>(table: ChoiceTable<T>, text: string): T {
  const key = matchKey(text);
  for (const c of table.choices) if (matchKey(c.value) === key || c.aliases?.some((a) => matchKey(a) === key)) return c.value;
  const near = closest(text, table.choices.map((c) => ({ names: [c.value, ...(c.aliases ?? [])], value: c.value })));
  const where = table.flag ? ` for ${table.flag}` : "";
  throw new UsageError(`unknown ${table.noun} ${quote(text)}${near ? `. Did you mean ${near}?` : ""}`, `Allowed${where}: ${choiceHelp(table)}`);
}
