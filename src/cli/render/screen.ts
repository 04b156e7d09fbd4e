import type { Io } from "../io.js";

/** Narrowest width a report is laid out for: below it, lines are as long as this. */
const MIN_WIDTH = 40;

/**
 * The width a report is shown in, decided once, here: COLUMNS when it is set to a number (the
 * shell's or the user's word), else the terminal's width when stdout is one, else 80 (a pipe,
 * a file: the width most readers and editors show).
 */
export function screenWidth(io: Pick<Io, "env" | "columns">): number {
  const given = Number(io.env.COLUMNS);
  const width = io.env.COLUMNS?.trim() && Number.isInteger(given) && given > 0 ? given : io.columns && io.columns > 0 ? io.columns : 80;
  return Math.max(MIN_WIDTH, width);
}

/**
 * Whether the terminal shows Unicode: not under TERM=dumb, nor in a locale that names a
 * character set other than UTF-8 (LC_ALL, then LC_CTYPE, then LANG, as the C library reads
 * them). With no locale set at all, Unicode: terminals and pipes today are UTF-8.
 */
export function unicodeOk(env: NodeJS.ProcessEnv): boolean {
  if (env.TERM === "dumb") return false;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  if (!locale) return true;
  return /utf-?8/i.test(locale);
}
