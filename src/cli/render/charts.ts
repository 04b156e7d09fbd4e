/** Small terminal charts drawn with block and box characters; they only lay out, the figures come computed. */

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A horizontal bar `width` characters long at `max`, in eighths of a character. */
export function bar(value: number, max: number, width: number): string {
  if (!(max > 0) || !(value > 0)) return "";
  const eighths = Math.round((Math.min(value, max) / max) * width * 8);
  return "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** Where `value` falls on a line of `width` characters spanning `min`–`max`. */
export function position(value: number, min: number, max: number, width: number): number {
  if (max <= min) return 0;
  return Math.max(0, Math.min(width - 1, Math.round(((value - min) / (max - min)) * (width - 1))));
}

/** A range on a shared scale: `├──●──┤` from low to high with the median marked. */
export function rangeBar(low: number, median: number, high: number, min: number, max: number, width: number): string {
  const line = Array.from({ length: width }, () => " ");
  const a = position(low, min, max, width);
  const b = position(high, min, max, width);
  for (let i = a; i <= b; i++) line[i] = "─";
  line[a] = "├";
  line[b] = "┤";
  line[position(median, min, max, width)] = "●";
  return line.join("").trimEnd();
}
