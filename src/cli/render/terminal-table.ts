import type TableType from "cli-table3";
import { cellChart, cellText, cellTone, type Block, type CellLike, type Column, type Tone } from "./blocks.js";
import type { Glyphs } from "./glyphs.js";
import { cellChart as drawChart } from "./terminal-charts.js";
import { displayWidth, fitLabel, fitLabelLines, lineCount, longestWord, wrapLine } from "./wrap.js";

type TableBlock = Extract<Block, { kind: "table" }>;

export interface TableStyle {
  glyphs: Glyphs;
  /** cli-table3, loaded where a boxed table may be drawn (`boxes(width)`). */
  Table: typeof TableType | undefined;
  paint: Record<Tone, (s: string) => string>;
  bold: (s: string) => string;
  /** Text as it may reach the terminal: control characters visible, ASCII where Unicode is not shown. */
  text: (s: string) => string;
}

/** Widths at or above this get boxed tables; below it, the compact layout. */
const WIDE = 100;

/** Whether a table at this width may be boxed: only then is cli-table3 needed. */
export const boxes = (width: number): boolean => width >= WIDE;
/** Lines a label may wrap to in a table before it is shortened. */
const LABEL_LINES = 3;
/** A text column narrows to its longest word, but not below this when its words are longer (they are then cut). */
const TEXT_MIN = 12;
/** Text columns keep this much while charts can give way. */
const TEXT_COMFORTABLE = 18;
const CHART_WIDTH = { bar: 20, range: 24 } as const;
const CHART_MIN = 6;

type Layout = "boxed" | "compact";

interface Measured {
  natural: number;
  min: number;
  /** Figures narrow only as far as their title's words allow; charts down to a few characters; text to its longest word (up to 12). */
  kind: "figures" | "chart" | "text";
}

/**
 * Draws a table in at most `width` columns. Wide terminals get a boxed table at its natural
 * width. When that does not fit, or below 100 columns, the compact layout: no box, a rule under
 * the header, note columns (sources) moved under the table as numbered notes, labels wrapped on
 * word boundaries and shortened past three lines, chart columns narrowed, then left out. Figures
 * never wrap: a table whose figures alone are wider than the screen is shown row by row instead.
 */
export function drawTable(block: TableBlock, width: number, s: TableStyle): string {
  const plain = prepare(block, s);
  if (boxes(width)) {
    const natural = plan(plain, "boxed", Infinity);
    if (natural && total(natural, "boxed") <= width) return render(plain, "boxed", natural, s);
  }
  const moved = moveNotes(plain);
  const notes = moved.notes ? `\n${notesText(moved.notes, width, s)}` : "";
  for (const layout of boxes(width) ? (["boxed", "compact"] as const) : (["compact"] as const)) {
    const widths = plan(moved, layout, width);
    if (widths) return render(moved, layout, widths, s) + notes;
  }
  // Charts in cells repeat a figure of their row: the first thing to leave a table too narrow for it.
  const bare = withoutCharts(moved);
  const widths = bare && plan(bare, "compact", width);
  if (bare && widths) return render(bare, "compact", widths, s) + notes;
  return stacked(moved, width, s) + notes;
}

function withoutCharts(t: Prepared): Prepared | undefined {
  const charted = t.columns.map((_, i) => t.rows.some((r) => cellChart(r[i]) !== undefined));
  if (!charted.includes(true)) return undefined;
  const keep = <T>(row: readonly T[]): T[] => row.filter((_, i) => !charted[i]);
  return { ...t, columns: keep(t.columns), rows: t.rows.map(keep), footer: t.footer && keep(t.footer) };
}

interface Prepared {
  columns: Column[];
  rows: CellLike[][];
  footer: CellLike[] | undefined;
  notes?: { title: string; items: string[] } | undefined;
}

/** Cell texts as the terminal will show them. */
function prepare(block: TableBlock, s: TableStyle): Prepared {
  const fix = (c: CellLike): CellLike => (typeof c === "string" ? s.text(c) : { ...c, text: s.text(c.text) });
  return {
    columns: block.columns.map((c) => ({ ...c, title: s.text(c.title) })),
    rows: block.rows.map((r) => r.map(fix)),
    footer: block.footer?.map(fix),
  };
}

/** Note columns out of the table: each distinct value numbered, the number after the row's first cell. */
function moveNotes(t: Prepared): Prepared {
  const noted = t.columns.map((c, i) => (c.note ? i : -1)).filter((i) => i >= 0);
  if (noted.length === 0 || noted.length === t.columns.length) return t;
  const numbers = new Map<string, number>();
  const keep = <T>(row: readonly T[]): T[] => row.filter((_, i) => !noted.includes(i));
  const mark = (row: CellLike[]): CellLike[] => {
    const refs = noted.map((i) => cellText(row[i] ?? "")).filter((v) => v.trim() !== "");
    const tags = refs.map((v) => {
      if (!numbers.has(v)) numbers.set(v, numbers.size + 1);
      return `[${numbers.get(v)}]`;
    });
    const kept = keep(row);
    const first = kept[0] ?? "";
    if (tags.length) kept[0] = { ...(typeof first === "string" ? { text: first } : first), text: `${cellText(first)}\u00a0${tags.join("")}` };
    return kept;
  };
  return {
    columns: keep(t.columns),
    rows: t.rows.map(mark),
    footer: t.footer && mark(t.footer),
    notes: { title: noted.map((i) => t.columns[i]!.title).join(", "), items: [...numbers].map(([v, n]) => `[${n}]\u00a0${v}`) },
  };
}

function notesText(notes: NonNullable<Prepared["notes"]>, width: number, s: TableStyle): string {
  const text = `${notes.title ? `${notes.title}: ` : ""}${notes.items.join(" · ")}`;
  return wrapLine(s.text(text), width, 2).map(s.paint.muted).join("\n");
}

function measure(t: Prepared): Measured[] {
  return t.columns.map((col, i) => {
    const cells = [...t.rows, ...(t.footer ? [t.footer] : [])].map((r) => r[i] ?? "");
    const chart = cells.map(cellChart).find((c) => c !== undefined);
    const title = displayWidth(col.title);
    const titleMin = longestWord(col.title);
    if (chart) return { natural: Math.max(title, CHART_WIDTH[chart.kind]), min: Math.max(titleMin, CHART_MIN), kind: "chart" };
    const widest = Math.max(0, ...cells.flatMap((c) => cellText(c).split("\n").map(displayWidth)));
    if (col.align === "right") return { natural: Math.max(widest, title), min: Math.max(widest, titleMin), kind: "figures" };
    const natural = Math.max(widest, title);
    const word = Math.max(0, ...cells.map((c) => longestWord(cellText(c))));
    return { natural, min: Math.min(natural, Math.max(titleMin, Math.min(word, TEXT_MIN), 6)), kind: "text" };
  });
}

const overhead = (layout: Layout, n: number) => (layout === "boxed" ? 3 * n + 1 : 2 * (n - 1));
const total = (widths: number[], layout: Layout) => widths.reduce((a, b) => a + b, 0) + overhead(layout, widths.length);

/**
 * Column widths that fit `width`, or undefined when even the narrowest do not. From the natural
 * widths, columns give way in turn: text down to a comfortable width (wrapping on words),
 * charts, then text down to its minimum, each stage capped at the widest width that fits
 * (found by bisection). Figure columns never narrow below their figures, but their titles may
 * wrap: of the ways to do that, the one that makes the table shortest wins.
 */
function plan(t: Prepared, layout: Layout, width: number): number[] | undefined {
  const m = measure(t);
  const natural = m.map((c) => c.natural);
  if (total(natural, layout) <= width) return natural;
  // The widths at which a figure column's title takes one line fewer: the only caps worth trying.
  const caps = new Set<number>();
  t.columns.forEach((col, i) => {
    const c = m[i]!;
    if (c.kind !== "figures") return;
    let lines = Infinity;
    for (let w = c.min; w <= c.natural; w++) {
      const n = lineCount(col.title, w);
      if (n < lines) caps.add(w);
      lines = n;
    }
  });
  let best: { widths: number[]; lines: number } | undefined;
  for (const cap of [...caps, 0].sort((a, b) => b - a)) {
    const start = m.map((c) => (c.kind === "figures" ? Math.max(c.min, Math.min(c.natural, cap)) : c.natural));
    const widths = giveWay(m, start, layout, width);
    if (!widths) continue;
    const lines = height(t, widths);
    if (!best || lines < best.lines) best = { widths, lines };
  }
  return best?.widths;
}

function giveWay(m: readonly Measured[], start: number[], layout: Layout, width: number): number[] | undefined {
  let widths = start;
  if (total(widths, layout) <= width) return widths;
  const comfortable = (c: Measured) => Math.min(c.natural, Math.max(c.min, TEXT_COMFORTABLE));
  const stages = [
    { kind: "text", min: comfortable },
    { kind: "chart", min: (c: Measured) => c.min },
    { kind: "text", min: (c: Measured) => c.min },
  ] as const;
  for (const { kind, min } of stages) {
    const capped = (cap: number) => widths.map((w, i) => (m[i]!.kind === kind ? Math.max(min(m[i]!), Math.min(w, cap)) : w));
    if (total(capped(0), layout) > width) {
      widths = capped(0);
      continue;
    }
    let lo = 0;
    let hi = Math.max(...widths);
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (total(capped(mid), layout) <= width) lo = mid;
      else hi = mid;
    }
    // What the cap leaves over goes to the first column it cut.
    const out = capped(lo);
    const cut = m.findIndex((c, i) => c.kind === kind && out[i]! < widths[i]!);
    if (cut >= 0) out[cut] = Math.min(widths[cut]!, out[cut]! + width - total(out, layout));
    return out;
  }
  return undefined;
}

/** Lines the table takes at these widths: its header and each row at its tallest cell. */
function height(t: Prepared, widths: readonly number[]): number {
  const lines = (c: CellLike, i: number) =>
    cellChart(c) || t.columns[i]!.align === "right" ? 1 : fitLabelLines(cellText(c), widths[i]!, LABEL_LINES);
  const head = Math.max(0, ...t.columns.map((c, i) => lineCount(c.title, widths[i]!)));
  return [...t.rows, ...(t.footer ? [t.footer] : [])].reduce((sum, r) => sum + Math.max(1, ...r.map(lines)), head);
}

/** A cell's lines, and the colour they are painted in (padding stays unpainted). */
interface Drawn {
  lines: string[];
  paint: (s: string) => string;
}

function render(t: Prepared, layout: Layout, widths: number[], s: TableStyle): string {
  const g = s.glyphs;
  const fill = (c: CellLike, i: number): Drawn => {
    const chart = cellChart(c);
    const paint = s.paint[cellTone(c)];
    if (chart) return { lines: [drawChart(chart, widths[i]!, g)], paint };
    return { lines: t.columns[i]!.align === "right" ? cellText(c).split("\n") : fitLabel(cellText(c), widths[i]!, LABEL_LINES, g.ellipsis), paint };
  };
  const head = t.columns.some((c) => c.title !== "") ? t.columns.map((c, i): Drawn => ({ lines: wrapLine(c.title, widths[i]!), paint: s.bold })) : undefined;
  const rows = t.rows.map((r) => r.map(fill));
  const footer = t.footer?.map((c, i): Drawn => {
    const drawn = fill(c, i);
    return { lines: drawn.lines, paint: (x) => s.bold(drawn.paint(x)) };
  });
  const aligns = t.columns.map((c) => c.align ?? "left");
  return (layout === "compact" ? drawCompact(head, rows, footer, widths, aligns, s) : drawBoxed(head, rows, footer, aligns, s))
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n");
}

/**
 * The compact layout: columns two spaces apart, a rule under the header and above the footer,
 * no box. The plan's widths fit every line (it wrapped and shortened them); a column is as wide
 * as its widest line, and the rule above a footer spans the plan's width.
 */
function drawCompact(head: Drawn[] | undefined, rows: Drawn[][], footer: Drawn[] | undefined, plan: readonly number[], aligns: readonly string[], s: TableStyle): string {
  const all = [...(head ? [head] : []), ...rows, ...(footer ? [footer] : [])];
  const widths = plan.map((w, i) => Math.max(footer ? w : 0, ...all.map((r) => Math.max(0, ...(r[i]?.lines ?? []).map(displayWidth)))));
  const gap = "  ";
  const out: string[] = [];
  const row = (cells: Drawn[]) => {
    const height = Math.max(1, ...cells.map((c) => c.lines.length));
    for (let n = 0; n < height; n++)
      out.push(
        cells
          .map((c, i) => {
            const text = c.lines[n] ?? "";
            const pad = " ".repeat(Math.max(0, widths[i]! - displayWidth(text)));
            const painted = text === "" ? "" : c.paint(text);
            return aligns[i] === "right" ? pad + painted : painted + pad;
          })
          .join(gap),
      );
  };
  if (head) {
    row(head);
    out.push(widths.map((w) => s.glyphs.rule.repeat(w)).join(gap));
  }
  rows.forEach(row);
  if (footer) {
    out.push(plan.map((w, i) => s.paint.muted(s.glyphs.rule.repeat(w)) + " ".repeat(widths[i]! - w)).join(gap));
    row(footer);
  }
  return out.join("\n");
}

/** A boxed table, drawn by cli-table3. */
function drawBoxed(head: Drawn[] | undefined, rows: Drawn[][], footer: Drawn[] | undefined, aligns: ("left" | "right")[], s: TableStyle): string {
  if (!s.Table) throw new Error("a boxed table needs cli-table3, loaded where boxes(width)");
  const joined = (c: Drawn) => c.lines.map(c.paint).join("\n");
  const table = new s.Table({ head: head?.map(joined) ?? [], colAligns: aligns, style: { head: [], border: [], compact: true }, chars: s.glyphs.box });
  for (const row of [...rows, ...(footer ? [footer] : [])]) table.push(row.map(joined));
  return table.toString();
}

/** Too narrow for columns: each row as its first cell, then `title: value` lines. */
function stacked(t: Prepared, width: number, s: TableStyle): string {
  const out: string[] = [];
  for (const row of [...t.rows, ...(t.footer ? [t.footer] : [])]) {
    const [first, ...rest] = row;
    out.push(...wrapLine(cellText(first ?? ""), width, 2).map((l) => s.paint[cellTone(first ?? "")](s.bold(l))));
    rest.forEach((c, i) => {
      const title = t.columns[i + 1]?.title ?? "";
      if (cellChart(c) || cellText(c).trim() === "") return;
      out.push(...wrapLine(`  ${title ? `${title}: ` : ""}${cellText(c)}`, width, 4).map(s.paint[cellTone(c)]));
    });
  }
  return out.join("\n");
}
