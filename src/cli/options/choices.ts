import { Option } from "commander";
import type { CompareSort, Dimension } from "../../core/compare.js";
import { parseChoice, type ChoiceTable } from "./choice.js";

/** What `compare --by` varies. */
export const DIMENSION_CHOICES: ChoiceTable<Dimension> = {
  flag: "--by",
  noun: "dimension",
  choices: [
    { value: "state", description: "every state and DC", aliases: ["states"] },
    { value: "cert", description: "no credential and each credential alone", aliases: ["certs", "credential", "credentials", "certification", "certifications"] },
    { value: "specialty", description: "each coding specialty", aliases: ["specialties"] },
    { value: "setting", description: "each work setting", aliases: ["settings"] },
    { value: "experience", description: "years of experience", aliases: ["years"] },
    { value: "role", description: "each rung of the career ladder", aliases: ["roles"] },
    { value: "remote", description: "remote and on site" },
  ],
};

/** How `compare` orders its rows. */
export const SORT_CHOICES: ChoiceTable<CompareSort> = {
  flag: "--sort",
  noun: "sort order",
  choices: [
    { value: "none", description: "the dataset's order" },
    { value: "nominal", description: "by median pay" },
    { value: "real", description: "by median pay in national-average dollars (the state's prices)" },
    { value: "take-home", description: "by take-home pay: the median after federal, payroll and state income tax" },
    { value: "real-take-home", description: "by take-home pay in national-average dollars: after tax and after prices" },
  ],
};

/** A flag whose value is one of a table's choices: any case, a suggestion on a near miss; help and completion list the choices. */
export function choiceOption<T extends string>(flags: string, description: string, table: ChoiceTable<T>): Option {
  return new Option(flags, description).choices(table.choices.map((c) => c.value)).argParser((text) => parseChoice(table, text));
}
