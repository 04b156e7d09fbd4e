import type { CellChart, LinePoint, StripMark } from "./blocks.js";
import type { Glyphs } from "./glyphs.js";
import { displayWidth, wrapLine } from "./wrap.js";

/** Terminal charts drawn with block, box and braille characters (or ASCII); the figures come computed. */

/** A horizontal bar `width` characters long at `max`, in eighths of a character where Unicode allows. */
export function bar(value: number, max: number, width: number, g: Glyphs): string {
  if (!(max > 0) || !(value > 0)) return "";
  const steps = g.unicode ? 8 : 1;
  const n = Math.round((Math.min(value, max) / max) * width * steps);
  return g.full.repeat(Math.floor(n / steps)) + (g.eighths[n % steps] ?? "");
}

/** Where `value` falls on a line of `width` characters spanning `min`–`max`. */
function position(value: number, min: number, max: number, width: number): number {
  if (max <= min) return 0;
  return Math.max(0, Math.min(width - 1, Math.round(((value - min) / (max - min)) * (width - 1))));
}

/** A range on a shared scale: `├──●──┤` from low to high with the median marked. */
function rangeBar(c: Extract<CellChart, { kind: "range" }>, width: number, g: Glyphs): string {
  const line = Array.from({ length: width }, () => " ");
  const a = position(c.low, c.min, c.max, width);
  const b = position(c.high, c.min, c.max, width);
  for (let i = a; i <= b; i++) line[i] = g.rangeLine;
  line[a] = g.rangeStart;
  line[b] = g.rangeEnd;
  line[position(c.median, c.min, c.max, width)] = g.median;
  return line.join("").trimEnd();
}

export function cellChart(c: CellChart, width: number, g: Glyphs): string {
  return c.kind === "bar" ? bar(c.value, c.max, width, g) : rangeBar(c, width, g);
}

/**
 * A percentile strip: the 10th–90th percentile as a line, the typical range doubled, the
 * median crossed; under it one row per mark (▲ offer, ◆ own pay) at its place. (The report
 * gives the percentiles in figures beside it.)
 */
export function strip(
  p: { p10: number; p25: number; p50: number; p75: number; p90: number },
  marks: readonly StripMark[],
  width: number,
  g: Glyphs,
): string[] {
  const indent = 2;
  // Wider than this, a strip reads no better: it stays at a width the eye takes in at once.
  const w = Math.max(20, Math.min(width, 80) - indent);
  const min = Math.min(p.p10, ...marks.map((m) => m.value));
  const max = Math.max(p.p90, ...marks.map((m) => m.value));
  const at = (v: number) => position(v, min, max, w);
  const line = Array.from({ length: w }, () => " ");
  for (let i = at(p.p10); i <= at(p.p90); i++) line[i] = g.rangeLine;
  for (let i = at(p.p25); i <= at(p.p75); i++) line[i] = g.typical;
  line[at(p.p10)] = g.rangeStart;
  line[at(p.p90)] = g.rangeEnd;
  line[at(p.p50)] = g.stripMedian;
  const pad = " ".repeat(indent);
  const rows = [pad + line.join("").trimEnd()];
  for (const m of marks) {
    const x = at(m.value);
    const label = `${m.kind === "offer" ? g.offer : g.pay} ${m.label} ${m.text}`;
    // The label runs right of its mark, or ends at it when it would pass the right edge.
    const right = x + displayWidth(label) <= w;
    const tail = `${m.label} ${m.text} ${m.kind === "offer" ? g.offer : g.pay}`;
    rows.push(pad + (right ? " ".repeat(x) + label : " ".repeat(Math.max(0, x + 1 - displayWidth(tail))) + tail));
  }
  return rows;
}

const BRAILLE_BITS = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
];

/**
 * A line chart of dollar amounts over years: the y axis labelled with the lowest and highest
 * figure, the x axis with years, marked points (▲) under the axis. Unicode draws the line in
 * braille dots (2×4 a character); ASCII in stars and dots.
 */
export function lineChart(points: readonly LinePoint[], xTitle: string, width: number, g: Glyphs): string[] {
  const ys = points.map((p) => p.y);
  const top = points.reduce((a, b) => (b.y > a.y ? b : a));
  const bottom = points.reduce((a, b) => (b.y < a.y ? b : a));
  const label = Math.max(displayWidth(top.text), displayWidth(bottom.text));
  const height = 8;
  // Wider than this, a line over years reads no better.
  const plotWidth = Math.max(10, Math.min(width, 120) - 2 - label - 2);
  const [dx, dy] = g.unicode ? [2, 4] : [1, 1];
  const cols = plotWidth * dx;
  const rows = height * dy;
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const minX = points[0]!.x;
  const maxX = points[points.length - 1]!.x;
  const px = (x: number) => (maxX === minX ? 0 : Math.round(((x - minX) / (maxX - minX)) * (cols - 1)));
  const py = (y: number) => (maxY === minY ? rows - 1 : rows - 1 - Math.round(((y - minY) / (maxY - minY)) * (rows - 1)));
  const dots = Array.from({ length: rows }, () => new Uint8Array(cols));
  const plot = (x: number, y: number, v: number) => {
    if (dots[y]![x]! < v) dots[y]![x] = v;
  };
  for (let i = 1; i < points.length; i++) segment(px(points[i - 1]!.x), py(points[i - 1]!.y), px(points[i]!.x), py(points[i]!.y), (x, y) => plot(x, y, 1));
  for (const p of points) plot(px(p.x), py(p.y), 2);
  const grid: string[] = [];
  for (let r = 0; r < height; r++) {
    let text = "";
    for (let c = 0; c < plotWidth; c++) {
      if (g.unicode) {
        let bits = 0;
        for (let yy = 0; yy < 4; yy++) for (let xx = 0; xx < 2; xx++) if (dots[r * 4 + yy]![c * 2 + xx]) bits |= BRAILLE_BITS[yy]![xx]!;
        text += bits ? String.fromCharCode(0x2800 + bits) : " ";
      } else {
        const v = dots[r]![c]!;
        text += v === 2 ? g.point : v === 1 ? g.between : " ";
      }
    }
    const axisLabel = r === 0 ? top.text : r === height - 1 ? bottom.text : "";
    grid.push(`  ${axisLabel.padStart(label)} ${axisLabel ? g.tickY : g.axisY}${text}`.trimEnd());
  }
  // The x axis: a tick and a year every `step` years, the step the smallest of 1, 2, 5, 10… whose labels do not touch.
  const axis = Array.from({ length: plotWidth }, () => g.axisX);
  const years = Array.from({ length: plotWidth }, () => " ");
  const marks = Array.from({ length: plotWidth }, () => " ");
  const span = Math.max(1, maxX - minX);
  const perYear = plotWidth / span;
  const longest = Math.max(...points.map((p) => String(p.x).length));
  const step = [1, 2, 5, 10, 20, 50].find((s) => s * perYear >= longest + 1) ?? span;
  for (const p of points) {
    const c = Math.floor(px(p.x) / dx);
    if (p.mark) marks[c] = g.offer;
    const text = String(p.x);
    if ((p.x - minX) % step !== 0) continue;
    const start = Math.min(c, plotWidth - text.length);
    axis[c] = g.tickX;
    for (let i = 0; i < text.length; i++) years[start + i] = text[i]!;
  }
  const margin = " ".repeat(2 + label + 1);
  grid.push(`${margin}${g.corner}${axis.join("")}`, `${margin} ${years.join("")}`.trimEnd());
  grid.push(`${margin} ${xTitle}`);
  const marked = points.filter((p) => p.mark);
  if (marked.length) {
    grid.splice(grid.length - 1, 0, `${margin} ${marks.join("")}`.trimEnd());
    grid.push(...wrapLine(`${margin} ${g.offer} ${marked.map((p) => `${p.x}: ${p.mark}`).join(" · ")}`, width, margin.length + 3));
  }
  return grid;
}

/** The points of a straight line between two dots, ends included (Bresenham). */
function segment(x0: number, y0: number, x1: number, y1: number, plot: (x: number, y: number) => void): void {
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  for (;;) {
    plot(x0, y0);
    if (x0 === x1 && y0 === y1) return;
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x0 += sx;
    }
    if (e2 <= dx) {
      err += dx;
      y0 += sy;
    }
  }
}
