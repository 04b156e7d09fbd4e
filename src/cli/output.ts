import { Option, type Command } from "commander";
import type { Block } from "./render/blocks.js";
import { printMarkdown } from "./render/markdown.js";
import { printTerminal } from "./render/terminal.js";
import { useColor } from "./color.js";
import type { Context } from "./context.js";
import { UsageError } from "./errors.js";

export const FORMATS = ["table", "json", "markdown", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatFlags {
  format?: string;
  json?: boolean;
  color?: boolean;
}

const DEFAULT_FORMATS: readonly Format[] = ["table", "json", "markdown"];

export function addFormatOptions(command: Command, formats: readonly Format[] = DEFAULT_FORMATS): Command {
  return command
    .addOption(new Option("-f, --format <format>", `output format: ${formats.join(", ")}`).default("table"))
    .option("--json", "same as --format json: one JSON document on stdout");
}

/** The format asked for, checked against what this command can write. */
export function formatOf(flags: FormatFlags, allowed: readonly Format[] = DEFAULT_FORMATS): Format {
  if (flags.json) return "json";
  const format = (flags.format ?? "table").toLowerCase();
  if (!(allowed as readonly string[]).includes(format))
    throw new UsageError(`unknown format ${JSON.stringify(flags.format)}`, `Allowed for --format: ${allowed.join(", ")}`);
  return format as Format;
}

export interface Rendering {
  json(): unknown;
  blocks(): Block[];
  csv?(): string;
}

/** Writes one result in the chosen format; the terminal printer (tables, colour) loads only when needed. */
export async function writeResult(ctx: Context, format: Format, flags: FormatFlags, rendering: Rendering): Promise<void> {
  switch (format) {
    case "json":
      ctx.io.out(`${JSON.stringify(rendering.json(), null, 2)}\n`);
      return;
    case "markdown":
      ctx.io.out(printMarkdown(rendering.blocks()));
      return;
    case "csv":
      if (!rendering.csv) throw new UsageError("this command has no CSV output", "Use --format table, json or markdown.");
      ctx.io.out(rendering.csv());
      return;
    case "table":
      ctx.io.out(await printTerminal(rendering.blocks(), { color: useColor(ctx.io, flags.color) }));
      return;
  }
}
