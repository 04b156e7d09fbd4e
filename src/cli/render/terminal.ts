import type { ChalkInstance } from "chalk";
import { printable } from "../text.js";
import { cellText, cellTone, type Block, type CellLike, type Tone } from "./blocks.js";

/** Draws a report for a terminal: boxed tables, colour only when `color` is on. */
export async function printTerminal(blocks: Block[], options: { color: boolean }): Promise<string> {
  const { Chalk, Table } = await import("../vendor/terminal.js");
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint = tones(chalk);
  const out: string[] = [];
  // Text from a --data file or the input reaches the terminal as text, never as control sequences.
  const show = (c: CellLike) => paint[cellTone(c)](printable(cellText(c)));
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        out.push(chalk.bold(printable(block.text)));
        break;
      case "lines":
        out.push(block.lines.map(show).join("\n"));
        break;
      case "chart":
        out.push([chalk.bold(printable(block.title)), ...block.lines.map(printable)].join("\n"));
        break;
      case "table": {
        const titled = block.columns.some((c) => c.title !== "");
        const table = new Table({
          head: titled ? block.columns.map((c) => chalk.bold(printable(c.title))) : [],
          colAligns: block.columns.map((c) => c.align ?? "left"),
          style: { head: [], border: [], compact: true },
        });
        for (const row of block.rows) table.push(row.map(show));
        if (block.footer) table.push(block.footer.map((c) => chalk.bold(show(c))));
        out.push(table.toString());
        break;
      }
    }
  }
  return out.join("\n\n") + "\n";
}

function tones(chalk: ChalkInstance): Record<Tone, (s: string) => string> {
  return {
    plain: (s) => s,
    strong: chalk.bold,
    muted: chalk.dim,
    good: chalk.green,
    bad: chalk.red,
    warn: chalk.yellow,
  };
}
