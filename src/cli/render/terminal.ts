import type { ChalkInstance } from "chalk";
import { printable } from "../text.js";
import { cellText, cellTone, type Block, type CellLike, type Tone } from "./blocks.js";
import { ASCII, asciiText, UNICODE } from "./glyphs.js";
import { lineChart, strip } from "./terminal-charts.js";
import { boxes, drawTable, type TableStyle } from "./terminal-table.js";
import { displayWidth, wrapLine } from "./wrap.js";

interface TerminalOptions {
  color: boolean;
  /** Columns the report must fit in; without it, as wide as its tables and lines are. */
  width?: number;
  /** Box and block characters; otherwise ASCII only (Unicode unless given). */
  unicode?: boolean;
}

/** Lines that start with a marker (`! `, `▲ `, `≠ `, `* `) wrap under their text, not under the marker. */
// (▲ and ≠ escaped: the bundle stays ASCII, which V8 holds in half the memory.)
const MARKER = /^( *)(!|\u25b2|\^|\u2260|!=|\*|\[\d+\]) /;

/** Draws a report for a terminal `width` columns wide: tables fitted, text wrapped, charts drawn, colour only when `color` is on. */
export async function printTerminal(blocks: Block[], options: TerminalOptions): Promise<string> {
  const width = options.width ?? Number.MAX_SAFE_INTEGER;
  // cli-table3 loads only where tables are boxed (100 columns and more); colour's library only
  // to paint: piped output, NO_COLOR and --no-color never load it.
  const Table = boxes(width) ? (await import("../vendor/terminal.js")).Table : undefined;
  const chalk = options.color ? new (await import("../vendor/color.js")).Chalk({ level: 1 }) : undefined;
  const paint = chalk ? tones(chalk) : PLAIN;
  const unicode = options.unicode ?? true;
  const glyphs = unicode ? UNICODE : ASCII;
  // Text from a --data file or the input reaches the terminal as text, never as control sequences.
  const text = (s: string) => (unicode ? printable(s) : asciiText(printable(s)));
  const bold = chalk ? (s: string) => chalk.bold(s) : (s: string) => s;
  const style: TableStyle = { glyphs, Table, paint, bold, text };
  const wrapped = (c: CellLike) =>
    text(cellText(c))
      .split("\n")
      .flatMap((line) => wrapLine(line, width, hangOf(line)))
      .map(paint[cellTone(c)])
      .join("\n");
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        out.push(wrapLine(text(block.text), width, 2).map(bold).join("\n"));
        break;
      case "lines":
        out.push(block.lines.map(wrapped).join("\n"));
        break;
      case "terms":
        out.push(terms(block, width, style));
        break;
      case "table":
        out.push(drawTable(block, width, style));
        break;
      case "strip":
        out.push([bold(text(block.title)), ...strip(block.percentiles, block.marks.map((m) => ({ ...m, label: text(m.label), text: text(m.text) })), width, glyphs).map(text)].join("\n"));
        break;
      case "line":
        out.push([bold(text(block.title)), ...lineChart(block.points.map((p) => ({ ...p, text: text(p.text), ...(p.mark ? { mark: text(p.mark) } : {}) })), text(block.xTitle), width, glyphs)].join("\n"));
        break;
    }
  }
  // No-break spaces keep a figure with its label while wrapping; the terminal gets plain ones.
  return out.join("\n\n").replace(/\u00a0/g, " ") + "\n";
}

function hangOf(line: string): number {
  const m = MARKER.exec(line);
  return m ? m[0].length : (/^ */.exec(line)?.[0].length ?? 0);
}

/** Terms in a column as wide as the widest (up to a third of the screen), descriptions wrapped beside them. */
function terms(block: Extract<Block, { kind: "terms" }>, width: number, s: TableStyle): string {
  const items = block.items.map((i) => ({ term: s.text(cellText(i.term)), tone: cellTone(i.term), text: s.text(cellText(i.text)), textTone: cellTone(i.text) }));
  const column = Math.min(Math.max(0, ...items.map((i) => displayWidth(i.term))), Math.floor(width / 3));
  const indent = 2 + column + 2;
  const out = block.title ? [s.bold(s.text(block.title))] : [];
  for (const i of items) {
    const termWidth = displayWidth(i.term);
    if (termWidth > column) {
      out.push(`  ${s.paint[i.tone](i.term)}`);
      out.push(...wrapLine(" ".repeat(indent) + i.text, width, indent).map(s.paint[i.textTone]));
      continue;
    }
    const lines = wrapLine(" ".repeat(indent) + i.text, width, indent);
    lines[0] = `  ${s.paint[i.tone](i.term)}${" ".repeat(column - termWidth + 2)}${s.paint[i.textTone](lines[0]!.slice(indent))}`;
    out.push(lines[0], ...lines.slice(1).map(s.paint[i.textTone]));
  }
  return out.join("\n");
}

const same = (s: string) => s;
/** Every tone unpainted. */
const PLAIN: Record<Tone, (s: string) => string> = { plain: same, strong: same, muted: same, good: same, bad: same, warn: same };

function tones(chalk: ChalkInstance): Record<Tone, (s: string) => string> {
  return {
    plain: (s) => s,
    strong: (s) => chalk.bold(s),
    muted: (s) => chalk.dim(s),
    good: (s) => chalk.green(s),
    bad: (s) => chalk.red(s),
    warn: (s) => chalk.yellow(s),
  };
}
