import { cellChart, cellText, cellTone, type Block, type CellLike, type Column } from "./blocks.js";
import { cellSvg, lineLegend, lineSvg, stripSvg } from "./html-charts.js";
import { esc } from "./html-escape.js";
import { HTML_STYLE } from "./html-style.js";

/** What a report says about itself: what made it, from which data, when, and how to make it again. */
interface ReportMeta {
  /** "coding-salary 1.0.0" */
  tool: string;
  dataset: { version: string; hash: string };
  /** The day it was made, YYYY-MM-DD. */
  date: string;
  /** The command line that reproduces it. */
  command: string;
}

/**
 * Draws any report as one self-contained HTML page: real tables, SVG charts with titles and
 * descriptions, the stylesheet inline, no script and nothing fetched (the page's content
 * security policy forbids both). Every text from a block is escaped: labels from a --data file
 * are not trusted.
 */
export function printHtml(blocks: readonly Block[], meta: ReportMeta): string {
  const title = blocks.find((b) => b.kind === "heading")?.text ?? "Report";
  let ids = 0;
  const id = (kind: string) => `${kind}-${++ids}`;
  const body: string[] = [];
  let heading: string | undefined;
  let first = true;
  for (const block of blocks) {
    const after = heading;
    heading = undefined;
    switch (block.kind) {
      case "heading":
        if (first) body.push(`<header><p class="kicker">coding-salary report</p><h1>${esc(block.text)}</h1></header>`);
        else {
          heading = id("h");
          body.push(`<h2 id="${heading}">${esc(block.text)}</h2>`);
        }
        break;
      case "table":
        body.push(table(block, after ? `aria-labelledby="${after}"` : `aria-label="${esc(tableLabel(block.columns, title))}"`));
        break;
      case "lines":
        body.push(`<div class="lines">${block.lines.map(line).join("")}</div>`);
        break;
      case "terms":
        body.push(
          `<section class="terms">${block.title ? `<h3>${esc(block.title)}</h3>` : ""}<dl class="terms">${block.items
            .map((i) => `<dt class="${toneClass(i.term)}">${esc(cellText(i.term))}</dt><dd class="${toneClass(i.text)}">${esc(cellText(i.text))}</dd>`)
            .join("")}</dl></section>`,
        );
        break;
      case "strip":
        body.push(`<figure><figcaption>${esc(block.title)}</figcaption>${stripSvg(block, id("strip"))}</figure>`);
        break;
      case "line":
        body.push(`<figure><figcaption>${esc(block.title)}</figcaption>${lineSvg(block, id("line"))}${lineLegend(block.points)}</figure>`);
        break;
    }
    if (block.kind === "heading") first = false;
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="${esc(meta.tool)}">
<title>${esc(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<main>
${body.join("\n")}
${about(meta)}
</main>
</body>
</html>
`;
}

function about(meta: ReportMeta): string {
  return `<footer class="about">
<h2>About this report</h2>
<dl>
<dt>Made</dt><dd><time datetime="${esc(meta.date)}">${esc(meta.date)}</time> with ${esc(meta.tool)}</dd>
<dt>Dataset</dt><dd>version ${esc(meta.dataset.version)}, SHA-256 <code>${esc(meta.dataset.hash)}</code></dd>
<dt>Reproduce</dt><dd><code>${esc(meta.command)}</code></dd>
</dl>
<p>Estimates from published pay data (the sources above); the same dataset version and hash give the same figures.</p>
</footer>`;
}

const toneClass = (c: CellLike) => `t-${cellTone(c)}`;

function line(c: CellLike): string {
  const text = cellText(c);
  const indent = /^\s+/.test(text) ? " indent" : "";
  return `<p class="${toneClass(c)}${indent}">${esc(text.trim())}</p>`;
}

function tableLabel(columns: readonly Column[], title: string): string {
  const titled = columns.filter((c) => c.title !== "");
  return titled.length ? `Table: ${titled.map((c) => c.title).join(", ")}` : title;
}

function table(block: Extract<Block, { kind: "table" }>, label: string): string {
  const titled = block.columns.some((c) => c.title !== "");
  const classes = (c: CellLike, col: Column | undefined) =>
    [toneClass(c), col?.align === "right" ? "num" : "", col?.note ? "note" : "", cellChart(c) ? "chart" : ""].filter(Boolean).join(" ");
  const cellHtml = (c: CellLike, i: number, tag: "td" | "th") => {
    const col = block.columns[i];
    const chart = cellChart(c);
    const content = chart ? cellSvg(chart, cellText(c)) : esc(cellText(c)).replace(/\n/g, "<br>");
    const scope = tag === "th" ? ` scope="row"` : "";
    return `<${tag}${scope} class="${classes(c, col)}">${content}</${tag}>`;
  };
  const row = (cells: readonly CellLike[]) => `<tr>${cells.map((c, i) => cellHtml(c, i, i === 0 ? "th" : "td")).join("")}</tr>`;
  const head = titled
    ? `<thead><tr>${block.columns.map((c) => `<th scope="col" class="${[c.align === "right" ? "num" : "", c.note ? "note" : ""].join(" ").trim()}">${esc(c.title)}</th>`).join("")}</tr></thead>`
    : "";
  const foot = block.footer ? `<tfoot>${row(block.footer)}</tfoot>` : "";
  return `<div class="table-wrap" role="region" tabindex="0" ${label}><table${titled ? "" : ` class="pairs"`}>${head}<tbody>${block.rows.map(row).join("")}</tbody>${foot}</table></div>`;
}
