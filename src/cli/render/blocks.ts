/**
 * What a command shows, before it is drawn: headings, tables, lines, charts. Reports are built
 * from results by the commands' renderers (all text formatting happens there) and drawn by a
 * printer: the terminal one (colour, boxes) or the Markdown one.
 */
export type Tone = "plain" | "strong" | "muted" | "good" | "bad" | "warn";

interface Cell {
  text: string;
  tone?: Tone;
}

export type CellLike = string | Cell;

interface Column {
  title: string;
  align?: "left" | "right";
}

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "table"; columns: Column[]; rows: CellLike[][]; footer?: CellLike[] }
  | { kind: "lines"; lines: CellLike[] }
  | { kind: "chart"; title: string; lines: string[] };

export const cell = (text: string, tone: Tone = "plain"): Cell => ({ text, tone });

export function cellText(c: CellLike): string {
  return typeof c === "string" ? c : c.text;
}

export function cellTone(c: CellLike): Tone {
  return typeof c === "string" ? "plain" : (c.tone ?? "plain");
}
