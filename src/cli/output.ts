import type { Block } from "./render/blocks.js";
import { screenWidth, unicodeOk } from "./render/screen.js";
import { useColor } from "./color.js";
import type { Context } from "./context.js";
import type { Format, FormatFlags } from "./options/format.js";

/** One result, ready to print in any format: each is built only when asked for. */
export interface Rendering {
  json(): unknown;
  blocks(): Block[];
  csv(): string;
  /** The command line that gives this result, where it is not the one typed (the wizard's). */
  command?(): string;
}

/** Writes one result in the chosen format; each printer (and its libraries) loads only when needed: JSON, the most scripted, loads none. */
export async function writeResult(ctx: Context, format: Format, flags: FormatFlags, rendering: Rendering): Promise<void> {
  switch (format) {
    case "json":
      ctx.io.out(`${JSON.stringify(rendering.json(), null, 2)}\n`);
      return;
    case "markdown": {
      const { printMarkdown } = await import("./render/markdown.js");
      ctx.io.out(printMarkdown(rendering.blocks()));
      return;
    }
    case "csv":
      ctx.io.out(rendering.csv());
      return;
    case "html": {
      const { htmlReport } = await import("./render/html-report.js");
      ctx.io.out(await htmlReport(ctx, rendering.blocks(), rendering.command?.()));
      return;
    }
    case "table": {
      const { printTerminal } = await import("./render/terminal.js");
      ctx.io.out(await printTerminal(rendering.blocks(), { color: useColor(ctx.io, flags.color), width: screenWidth(ctx.io), unicode: unicodeOk(ctx.io.env) }));
      return;
    }
  }
}
