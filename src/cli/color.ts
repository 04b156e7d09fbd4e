import type { Io } from "./io.js";

/**
 * Colour is decided once, here: never with --no-color or NO_COLOR (any value); always with
 * FORCE_COLOR (unless it is 0 or false); never for TERM=dumb; otherwise only on a terminal.
 */
export function useColor(io: Pick<Io, "env" | "stdoutIsTTY">, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (NO_COLOR !== undefined) return false;
  if (FORCE_COLOR !== undefined) return FORCE_COLOR !== "0" && FORCE_COLOR.toLowerCase() !== "false";
  if (TERM === "dumb") return false;
  return io.stdoutIsTTY;
}
