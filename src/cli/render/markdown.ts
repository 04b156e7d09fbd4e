import { printable } from "../text.js";
import { cellText, type Block } from "./blocks.js";

/** Draws a report as GitHub-flavoured Markdown: headings, pipe tables, code blocks for charts. */
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
      case "chart":
        out.push(`**${printable(block.title)}**\n\n\`\`\`\n${block.lines.map(printable).join("\n")}\n\`\`\``);
        break;
      case "table": {
        const row = (cells: string[]) => `| ${cells.map(escape).join(" | ")} |`;
        const rule = `| ${block.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`;
        const rows = [...block.rows, ...(block.footer ? [block.footer] : [])].map((r) => row(r.map(cellText)));
        out.push([row(block.columns.map((c) => c.title)), rule, ...rows].join("\n"));
        break;
      }
    }
  }
  return out.join("\n\n") + "\n";
}

function escape(text: string): string {
  return printable(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
}
