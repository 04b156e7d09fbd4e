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

export function addFormatOptions(command: Command): Command {
  return command
    .addOption(new Option("-f, --format <format>", `output format: ${FORMATS.join(", ")}`).default("table"))
    .option("--json", "same as --format json: one JSON document on stdout");
}

/** The format asked for; --json wins. */
export function formatOf(flags: FormatFlags): Format {
  if (flags.json) return "json";
  const format = (flags.format ?? "table").toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format ${JSON.stringify(flags.format)}`, `Allowed for --format: ${FORMATS.join(", ")}`);
  return format as Format;
}

export interface Rendering {
  json(): unknown;
  blocks(): Block[];
  csv(): string;
}

/** Writes one result in the chosen format; the terminal printer's libraries load only when needed. */
export async function writeResult(ctx: Context, format: Format, flags: FormatFlags, rendering: Rendering): Promise<void> {
  switch (format) {
    case "json":
      ctx.io.out(`${JSON.stringify(rendering.json(), null, 2)}\n`);
      return;
    case "markdown":
      ctx.io.out(printMarkdown(rendering.blocks()));
      return;
    case "csv":
      ctx.io.out(rendering.csv());
      return;
    case "table":
      ctx.io.out(await printTerminal(rendering.blocks(), { color: useColor(ctx.io, flags.color) }));
      return;
  }
}
