import { Option } from "commander";
import { parseChoice, type ChoiceTable } from "./choice.js";

export type InputFormat = "jsonl" | "csv";

const INPUT_FORMATS: ChoiceTable<InputFormat> = {
  flag: "--input-format",
  noun: "input format",
  choices: [
    { value: "jsonl", description: "JSON: one record per line (offers also reads an array)", aliases: ["json", "ndjson"] },
    { value: "csv", description: "a header row of column names, then one record per row" },
  ],
};

export interface InputFlags {
  input?: string;
  inputFormat?: InputFormat;
}

/** `--input` and `--input-format`, one meaning wherever they are taken: estimate's profiles, offer's roster, offers' offers. */
export function inputOptions(): Option[] {
  return [
    new Option("-i, --input <file>", "read the records of a JSON Lines or CSV file (- for stdin): profiles (estimate), a roster (offer), offers (offers)"),
    new Option("--input-format <format>", "input format (default: from the file's extension; detected on stdin)")
      .choices(INPUT_FORMATS.choices.map((x) => x.value))
      .argParser((text) => parseChoice(INPUT_FORMATS, text)),
  ];
}
