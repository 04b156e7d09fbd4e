import type { Block } from "./render/blocks.js";
import { printMarkdown } from "./render/markdown.js";
import { printTerminal } from "./render/terminal.js";
import { useColor } from "./color.js";
import type { Context } from "./context.js";
import type { Format, FormatFlags } from "./options/format.js";

/** One result, ready to print in any format: each is built only when asked for. */
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
