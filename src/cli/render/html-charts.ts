import type { Block, CellChart, LinePoint, StripMark } from "./blocks.js";
import { esc } from "./html-escape.js";

/**
 * The HTML report's charts as inline SVG: no script, no external file; colours from the page's
 * stylesheet (so they follow the light and dark schemes); a title and a description for screen
 * readers. The figures come computed in the block; here they are only placed.
 */

const round = (n: number) => Math.round(n * 10) / 10;

/** `id` is unique within the page: the title and description are named by it. */
function svgOpen(id: string, width: number, height: number, title: string, desc: string): string {
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg"><title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>`;
}

/** A bar or a range inside a table cell: 100 units wide, stretched to the cell. */
export function cellSvg(chart: CellChart, text: string): string {
  const open = `<svg viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${esc(text)}" xmlns="http://www.w3.org/2000/svg"><title>${esc(text)}</title>`;
  if (chart.kind === "bar") {
    const w = chart.max > 0 ? round((Math.max(0, Math.min(chart.value, chart.max)) / chart.max) * 100) : 0;
    return `${open}<rect class="bar" x="0" y="1" width="${w}" height="8"/></svg>`;
  }
  const at = (v: number) => (chart.max > chart.min ? round(((v - chart.min) / (chart.max - chart.min)) * 98 + 1) : 50);
  return `${open}<rect class="band" x="${at(chart.low)}" y="2" width="${round(at(chart.high) - at(chart.low))}" height="6"/><rect class="dot" x="${round(at(chart.median) - 0.8)}" y="0" width="1.6" height="10"/></svg>`;
}

type Strip = Extract<Block, { kind: "strip" }>;

/** The 10th–90th percentile as a line, the typical range as a box, the median as a rule; marks under it with their labels. */
export function stripSvg(b: Strip, id: string): string {
  const W = 640;
  const left = 36;
  const right = 36;
  const p = b.percentiles;
  const min = Math.min(p.p10, ...b.marks.map((m) => m.value));
  const max = Math.max(p.p90, ...b.marks.map((m) => m.value));
  const x = (v: number) => round(max > min ? left + ((v - min) / (max - min)) * (W - left - right) : W / 2);
  const axisY = 88;
  const H = axisY + 30 + b.marks.length * 24;
  const names = { p10: "10th", p25: "25th", p50: "median", p75: "75th", p90: "90th" } as const;
  const keys = ["p10", "p25", "p50", "p75", "p90"] as const;
  const named = (m: StripMark) => `${m.label.charAt(0).toUpperCase()}${m.label.slice(1)}`;
  const desc = `${keys.map((k) => `${k === "p50" ? "median" : `${names[k]} percentile`} ${b.texts[k]}`).join(", ")}.${b.marks.map((m) => ` ${named(m)}: ${m.text}.`).join("")}`;
  const parts: string[] = [];
  parts.push(`<line class="span" x1="${x(p.p10)}" y1="${axisY}" x2="${x(p.p90)}" y2="${axisY}"/>`);
  parts.push(`<line class="span" x1="${x(p.p10)}" y1="${axisY - 8}" x2="${x(p.p10)}" y2="${axisY + 8}"/><line class="span" x1="${x(p.p90)}" y1="${axisY - 8}" x2="${x(p.p90)}" y2="${axisY + 8}"/>`);
  parts.push(`<rect class="band" x="${x(p.p25)}" y="${axisY - 12}" width="${round(x(p.p75) - x(p.p25))}" height="24" rx="3"/>`);
  parts.push(`<line class="median" x1="${x(p.p50)}" y1="${axisY - 16}" x2="${x(p.p50)}" y2="${axisY + 16}"/>`);
  // Each percentile's name and figure above the strip, on the lower row unless that would
  // overlap its neighbour (widths reckoned for the larger text of a phone), then a row higher.
  const rowEnds = [-Infinity, -Infinity];
  let anyRaised = false;
  for (const k of keys) {
    const at = x(p[k]);
    // Labels at the ends run inwards, so they stay inside the picture.
    const anchor = at < left + 40 ? "start" : at > W - right - 40 ? "end" : "middle";
    const tx = anchor === "start" ? at - 4 : anchor === "end" ? at + 4 : at;
    const width = Math.max(b.texts[k].length, names[k].length) * 11;
    const from = anchor === "start" ? tx : anchor === "end" ? tx - width : tx - width / 2;
    const row = from > rowEnds[0]! + 6 ? 0 : 1;
    rowEnds[row] = from + width;
    anyRaised ||= row === 1;
    const base = axisY - 22 - row * 34;
    parts.push(`<line class="grid" x1="${at}" y1="${base + 4}" x2="${at}" y2="${axisY - 12}"/>`);
    parts.push(`<text class="small" x="${tx}" y="${base - 17}" text-anchor="${anchor}">${esc(names[k])}</text>`);
    parts.push(`<text x="${tx}" y="${base}" text-anchor="${anchor}"${k === "p50" ? ` font-weight="600"` : ""}>${esc(b.texts[k])}</text>`);
  }
  // Marks under the strip, each on its own row.
  b.marks.forEach((m, i) => {
    const at = x(m.value);
    const y = axisY + 34 + i * 24;
    const anchor = at < W * 0.2 ? "start" : at > W * 0.8 ? "end" : "middle";
    parts.push(`<line class="mark ${m.kind}" x1="${at}" y1="${axisY - 14}" x2="${at}" y2="${y - 14}"/>`);
    parts.push(
      m.kind === "offer"
        ? `<path class="offer" d="M${at} ${y - 15} l-6 10 h12 z"/>`
        : `<path class="pay" d="M${at} ${y - 17} l6 6 l-6 6 l-6 -6 z"/>`,
    );
    const tx = anchor === "start" ? at + 9 : anchor === "end" ? at - 9 : at;
    parts.push(`<text x="${tx}" y="${y + 8}" text-anchor="${anchor}" font-weight="600">${esc(`${named(m)} ${m.text}`)}</text>`);
  });
  // Without raised labels, the room above them is not drawn.
  const top = anyRaised ? 0 : 28;
  parts.unshift(svgOpen(id, W, H - top, b.title, desc).replace(`viewBox="0 0 `, `viewBox="0 ${top} `));
  parts.push("</svg>");
  return parts.join("");
}

type Line = Extract<Block, { kind: "line" }>;

/** The median as a line over the years, the typical range as a band, promotions marked with triangles. */
export function lineSvg(b: Line, id: string): string {
  const W = 640;
  const H = 250;
  const left = 74;
  const right = 16;
  const top = 14;
  const bottom = 46;
  const pts = b.points;
  const lo = Math.min(...pts.map((p) => p.low));
  const hi = Math.max(...pts.map((p) => p.high));
  const x0 = pts[0]!.x;
  const x1 = pts[pts.length - 1]!.x;
  const x = (v: number) => round(x1 > x0 ? left + ((v - x0) / (x1 - x0)) * (W - left - right) : (left + W - right) / 2);
  const y = (v: number) => round(hi > lo ? top + (1 - (v - lo) / (hi - lo)) * (H - top - bottom) : H / 2);
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const promotions = pts.filter((p) => p.mark);
  const desc = `Median from ${first.text} in year ${first.x} to ${last.text} in year ${last.x}; the band is the 25th–75th percentile.${promotions.length ? ` Promotions: ${promotions.map((p) => `year ${p.x}, ${p.mark}`).join("; ")}.` : ""}`;
  const parts = [svgOpen(id, W, H, b.title, desc)];
  const band = [...pts.map((p) => `${x(p.x)},${y(p.high)}`), ...[...pts].reverse().map((p) => `${x(p.x)},${y(p.low)}`)].join(" ");
  parts.push(`<polygon class="band" points="${band}"/>`);
  // The lowest and highest medians label the y axis, as on the terminal.
  const top1 = pts.reduce((a, c) => (c.y > a.y ? c : a));
  const low1 = pts.reduce((a, c) => (c.y < a.y ? c : a));
  for (const p of top1 === low1 ? [top1] : [top1, low1]) {
    parts.push(`<line class="grid" x1="${left}" y1="${y(p.y)}" x2="${W - right}" y2="${y(p.y)}"/>`);
    parts.push(`<text x="${left - 6}" y="${y(p.y) + 4}" text-anchor="end">${esc(p.text)}</text>`);
  }
  parts.push(`<path class="axis" d="M${left} ${top} V${H - bottom} H${W - right}"/>`);
  parts.push(`<polyline class="path" points="${pts.map((p) => `${x(p.x)},${y(p.y)}`).join(" ")}"/>`);
  const every = pts.length > 21 ? 5 : pts.length > 11 ? 2 : 1;
  for (const p of pts) {
    parts.push(`<circle class="dot" cx="${x(p.x)}" cy="${y(p.y)}" r="3"><title>${esc(`Year ${p.x}: ${p.text}${p.mark ? `, ${p.mark}` : ""}`)}</title></circle>`);
    if ((p.x - x0) % every === 0 || p === last) parts.push(`<text class="small" x="${x(p.x)}" y="${H - bottom + 16}" text-anchor="middle">${p.x}</text>`);
    if (p.mark) parts.push(`<path class="promo" d="M${x(p.x)} ${H - bottom + 20} l-5 9 h10 z"><title>${esc(`Year ${p.x}: ${p.mark}`)}</title></path>`);
  }
  parts.push(`<text class="small" x="${(left + W - right) / 2}" y="${H - 4}" text-anchor="middle">${esc(b.xTitle)}</text>`);
  parts.push("</svg>");
  return parts.join("");
}

/** The marked points in words, under the chart. */
export function lineLegend(points: readonly LinePoint[]): string {
  const marked = points.filter((p) => p.mark);
  return marked.length ? `<p class="t-muted">▲ ${marked.map((p) => `year ${p.x}: ${esc(p.mark ?? "")} (${esc(p.text)})`).join(" · ")}</p>` : "";
}
