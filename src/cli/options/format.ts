import { Option } from "commander";
import { parseChoice, type ChoiceTable } from "./choice.js";

export type Format = "table" | "json" | "markdown" | "csv" | "html";

const FORMATS: ChoiceTable<Format> = {
  flag: "--format",
  noun: "format",
  choices: [
    { value: "table", description: "tables and charts for a terminal (the default)" },
    { value: "json", description: "one JSON document with schemaVersion (see: coding-salary schema)" },
    { value: "markdown", description: "GitHub-flavoured Markdown", aliases: ["md"] },
    { value: "csv", description: "the result's rows as CSV, for spreadsheets" },
    { value: "html", description: "one self-contained HTML page with charts, to open, share or print" },
  ],
};

export interface FormatFlags {
  format?: Format;
  json?: boolean;
  color?: boolean;
}

export function formatOptions(): Option[] {
  return [
    new Option("-f, --format <format>", `output format: ${FORMATS.choices.map((c) => c.value).join(", ")}`).argParser((text) => parseChoice(FORMATS, text)),
    new Option("--json", "same as --format json: one JSON document on stdout"),
  ];
}

/** The format asked for (--json wins), and whether one was asked for at all. */
export function formatOf(flags: FormatFlags): { format: Format; given: boolean } {
  if (flags.json) return { format: "json", given: true };
  return { format: flags.format ?? "table", given: flags.format !== undefined };
}
