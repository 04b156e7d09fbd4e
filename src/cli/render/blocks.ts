/**
 * What a command shows, before it is drawn: headings, tables, lines, term lists and charts.
 * Reports are built from results by the commands' renderers (all text formatting and every
 * figure a chart needs are computed there) and drawn by a printer: the terminal one (fitted to
 * the width, Unicode or ASCII, colour or not), the HTML one (tables and SVG) or the Markdown one
 * (which leaves charts out). A printer lays out; it never computes a figure.
 */
export type Tone = "plain" | "strong" | "muted" | "good" | "bad" | "warn";

/** A figure drawn inside a table cell, on a scale shared by its column. */
export type CellChart =
  /** A bar from 0 to `value`, full length at `max`. */
  | { kind: "bar"; value: number; max: number }
  /** A range from `low` to `high` with the median marked, on the scale `min`–`max`. */
  | { kind: "range"; low: number; median: number; high: number; min: number; max: number };

export interface Cell {
  text: string;
  tone?: Tone;
  /** Drawn instead of the text where charts are drawn; `text` says the same in words. */
  chart?: CellChart;
}

export type CellLike = string | Cell;

export interface Column {
  title: string;
  align?: "left" | "right";
  /** In a narrow layout, the column leaves the table: its values become numbered notes under it. */
  note?: boolean;
}

/** A marked amount on a percentile strip: an offer, or the person's own pay. */
export interface StripMark {
  kind: "offer" | "pay";
  label: string;
  value: number;
  /** The amount as shown: "$52,000". */
  text: string;
}

/** One point of a line chart: x is a year, y a dollar amount, with the typical range around it. */
export interface LinePoint {
  x: number;
  y: number;
  low: number;
  high: number;
  /** Text of y: "$35,586". */
  text: string;
  /** A label for a point worth marking (a promotion). */
  mark?: string;
}

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "table"; columns: Column[]; rows: CellLike[][]; footer?: CellLike[] }
  | { kind: "lines"; lines: CellLike[] }
  /** Terms and their descriptions (sources, notes): a term column, descriptions wrapped beside it. */
  | { kind: "terms"; title?: string; items: { term: CellLike; text: CellLike }[] }
  /** The 10th–90th percentile of a distribution with the typical range (25th–75th), the median and marks. */
  | { kind: "strip"; title: string; percentiles: { p10: number; p25: number; p50: number; p75: number; p90: number }; texts: Record<"p10" | "p25" | "p50" | "p75" | "p90", string>; marks: StripMark[] }
  /** A dollar amount over years: the median as a line, the typical range as a band, marked points. */
  | { kind: "line"; title: string; xTitle: string; points: LinePoint[] };

export const cell = (text: string, tone: Tone = "plain"): Cell => ({ text, tone });

export function cellText(c: CellLike): string {
  return typeof c === "string" ? c : c.text;
}

export function cellTone(c: CellLike): Tone {
  return typeof c === "string" ? "plain" : (c.tone ?? "plain");
}

export function cellChart(c: CellLike | undefined): CellChart | undefined {
  return typeof c === "object" ? c.chart : undefined;
}
