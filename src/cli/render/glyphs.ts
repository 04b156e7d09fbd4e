/**
 * The characters a terminal report is drawn with: box-drawing and block characters where the
 * terminal shows Unicode, plain ASCII where it may not (TERM=dumb, a locale that is not UTF-8).
 */
export interface Glyphs {
  unicode: boolean;
  /** A full cell of a bar, and its eighths (index 1–7) for the end of a bar. */
  full: string;
  eighths: readonly string[];
  /** A range: its line, its ends, its median. */
  rangeLine: string;
  rangeStart: string;
  rangeEnd: string;
  median: string;
  /** The typical range (25th–75th percentile) on a strip, and the median on it. */
  typical: string;
  stripMedian: string;
  /** Marks under a strip: the offer, the person's own pay. */
  offer: string;
  pay: string;
  /** Axes of a line chart. */
  axisY: string;
  axisX: string;
  corner: string;
  tickX: string;
  tickY: string;
  /** A point and the line between points, where a chart cannot draw dots (ASCII). */
  point: string;
  between: string;
  /** The rule under a table's header in the compact layout. */
  rule: string;
  /** The end of a shortened label. */
  ellipsis: string;
  /** cli-table3's border characters for a boxed table. */
  box: Record<string, string>;
}

export const UNICODE: Glyphs = {
  unicode: true,
  full: "█",
  eighths: ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"],
  rangeLine: "─",
  rangeStart: "├",
  rangeEnd: "┤",
  median: "●",
  typical: "═",
  stripMedian: "╪",
  offer: "▲",
  pay: "◆",
  axisY: "│",
  axisX: "─",
  corner: "└",
  tickX: "┬",
  tickY: "┤",
  point: "●",
  between: "·",
  rule: "─",
  ellipsis: "…",
  box: {},
};

export const ASCII: Glyphs = {
  unicode: false,
  full: "#",
  eighths: ["", "", "", "", "", "", "", ""],
  rangeLine: "-",
  rangeStart: "|",
  rangeEnd: "|",
  median: "o",
  typical: "=",
  stripMedian: "+",
  offer: "^",
  pay: "*",
  axisY: "|",
  axisX: "-",
  corner: "+",
  tickX: "+",
  tickY: "+",
  point: "*",
  between: ".",
  rule: "-",
  ellipsis: "...",
  box: {
    top: "-",
    "top-mid": "+",
    "top-left": "+",
    "top-right": "+",
    bottom: "-",
    "bottom-mid": "+",
    "bottom-left": "+",
    "bottom-right": "+",
    left: "|",
    "left-mid": "+",
    mid: "-",
    "mid-mid": "+",
    right: "|",
    "right-mid": "+",
    middle: "|",
  },
};

/**
 * What the text of a report uses beyond ASCII, in ASCII; other characters are left as they
 * are. (No-break spaces stay until the report is laid out: they keep a figure with its label.)
 */
const TO_ASCII: Record<string, string> = {
  "–": "-",
  "—": "--",
  "−": "-",
  "·": "|",
  "×": "x",
  "…": "...",
  "≠": "!=",
  "→": "->",
  "▲": "^",
  "◆": "*",
  "●": "o",
  "‘": "'",
  "’": "'",
  "“": '"',
  "”": '"',
};
const NOT_ASCII = new RegExp(`[${Object.keys(TO_ASCII).join("")}]`, "g");

export function asciiText(text: string): string {
  return text.replace(NOT_ASCII, (c) => TO_ASCII[c] ?? c);
}
