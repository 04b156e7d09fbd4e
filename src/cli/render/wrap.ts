/**
 * Text fitted to a width in terminal columns: measured as a terminal shows it, wrapped on word
 * boundaries, shortened with an ellipsis only when a label would run on too long.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\p{M}\u200b-\u200f\u2060\ufe0f]/u;

/** Characters one column wide each: ASCII, Latin, punctuation, arrows, box drawing, blocks, braille. */
const NARROW_ONLY = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2bff]*$/;

/** Columns a text takes on a terminal: wide East Asian characters and emoji count two, marks none. */
export function displayWidth(text: string): number {
  if (NARROW_ONLY.test(text)) return text.length;
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 32 || (c >= 0x7f && c < 0xa0) || ZERO.test(ch)) continue;
    n += WIDE.test(ch) ? 2 : 1;
  }
  return n;
}

/** The longest run without a space: the narrowest a text can wrap to without breaking a word. */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map(displayWidth));
}

/** The first characters of `text` that fit in `width` columns, with … when cut. */
function shorten(text: string, width: number, ellipsis = "…"): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) + displayWidth(ellipsis) > width) break;
    out += ch;
  }
  return out.trimEnd() + ellipsis;
}

/**
 * Wraps one line of text to `width` columns on spaces. Continuation lines start with `hang`
 * spaces. A word longer than a whole line is cut into pieces (only prose has such words: a
 * link; figures are short and go in columns that never wrap).
 */
export function wrapLine(text: string, width: number, hang = 0): string[] {
  if (displayWidth(text) <= width) return [text];
  const lead = /^ */.exec(text)![0];
  const words = text.slice(lead.length).split(/ +/).filter(Boolean);
  const indent = " ".repeat(Math.min(hang, Math.max(0, width - 10)));
  const lines: string[] = [];
  let line = lead;
  let used = lead.length;
  let empty = true;
  for (let word of words) {
    let size = displayWidth(word);
    if (used + (empty ? 0 : 1) + size <= width) {
      line += (empty ? "" : " ") + word;
      used += (empty ? 0 : 1) + size;
      empty = false;
      continue;
    }
    if (!empty) {
      lines.push(line);
      line = indent;
      used = indent.length;
    }
    // A word longer than a line is cut into pieces that fit.
    while (used + size > width) {
      // A character wider than the whole line (a wide one in a column of one) goes on a line of its own.
      const piece = shorten(word, width - used, "") || (used === 0 ? String.fromCodePoint(word.codePointAt(0)!) : "");
      if (piece === "") {
        if (line.trim() !== "") lines.push(line);
        line = "";
        used = 0;
        if (size <= width) break;
        continue;
      }
      lines.push(line + piece);
      word = word.slice(piece.length);
      size = displayWidth(word);
      line = indent;
      used = indent.length;
    }
    line += word;
    used += size;
    empty = word === "";
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines.map((l) => l.trimEnd());
}

/**
 * How many lines `wrapLine(text, width)` makes, without making them: a table's layout weighs
 * several widths before it draws one. Words are measured in place where the whole text is
 * narrow (most labels); a word longer than a line is left to `wrapLine` itself.
 */
export function lineCount(text: string, width: number): number {
  if (displayWidth(text) <= width) return 1;
  const narrow = NARROW_ONLY.test(text);
  let at = /^ */.exec(text)![0].length;
  let used = at;
  let empty = true;
  let count = 0;
  while (at < text.length) {
    const space = text.indexOf(" ", at);
    const end = space === -1 ? text.length : space;
    if (end > at) {
      const size = narrow ? end - at : displayWidth(text.slice(at, end));
      if (used + (empty ? 0 : 1) + size <= width) used += (empty ? 0 : 1) + size;
      else {
        if (!empty) {
          count++;
          used = 0;
        }
        if (used + size > width) return wrapLine(text, width).length;
        used = size;
      }
      empty = false;
    }
    at = end + 1;
  }
  return !empty || count === 0 ? count + 1 : count;
}

/** How many lines `fitLabel(text, width, maxLines)` gives, without making them. */
export function fitLabelLines(text: string, width: number, maxLines: number): number {
  if (text.includes("\n")) return text.split("\n").reduce((n, l) => n + fitLabelLines(l, width, maxLines), 0);
  const lines = lineCount(text, width);
  if (lines <= maxLines) return lines;
  const plain = withoutAside(text);
  return plain !== text ? fitLabelLines(plain, width, maxLines) : maxLines;
}

/** A label without its closing aside in brackets (the last one, with nothing bracketed after it). */
const withoutAside = (text: string) => text.replace(/\s*\([^()]*\)(?=[^()]*$)/, "");

/**
 * A label in a column `width` wide, each of its paragraphs on at most `maxLines` lines: wrapped
 * on spaces; when that is not enough, without its closing aside in brackets, and only then cut
 * with an ellipsis.
 */
export function fitLabel(text: string, width: number, maxLines: number, ellipsis = "…"): string[] {
  if (text.includes("\n")) return text.split("\n").flatMap((l) => fitLabel(l, width, maxLines, ellipsis));
  const lines = wrapLine(text, width);
  if (lines.length <= maxLines) return lines;
  const plain = withoutAside(text);
  if (plain !== text) return fitLabel(plain, width, maxLines, ellipsis);
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = shorten(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, ellipsis);
  return kept;
}
