import { printable } from "../text.js";
import { cellChart, cellText, type Block, type CellLike } from "./blocks.js";

/** Draws a report as GitHub-flavoured Markdown: headings, pipe tables, lists. Charts are left out: their figures are in the text. */
export function printMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        out.push(`## ${printable(block.text)}`);
        break;
      case "lines":
        out.push(block.lines.map((l) => printable(cellText(l))).join("  \n"));
        break;
      case "terms":
        out.push(
          [...(block.title ? [`**${printable(block.title)}**`, ""] : []), ...block.items.map((i) => `- \`${printable(cellText(i.term))}\` ${printable(cellText(i.text))}`)].join("\n"),
        );
        break;
      case "table": {
        // Columns of charts (bars, ranges) say nothing a pipe table can show.
        const all = [...block.rows, ...(block.footer ? [block.footer] : [])];
        const shown = block.columns.map((_, i) => !all.some((r) => cellChart(r[i]) !== undefined));
        const keep = <T>(cells: readonly T[]) => cells.filter((_, i) => shown[i]);
        const row = (cells: readonly CellLike[]) => `| ${cells.map((c) => escape(cellText(c))).join(" | ")} |`;
        const rule = `| ${keep(block.columns).map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`;
        out.push([row(keep(block.columns.map((c) => c.title))), rule, ...all.map((r) => row(keep(r)))].join("\n"));
        break;
      }
      case "strip":
      case "line":
        break;
    }
  }
  return out.join("\n\n") + "\n";
}

function escape(text: string): string {
  return printable(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
}
