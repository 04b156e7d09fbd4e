import { printable } from "../text.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an HTML page, in an element or a quoted attribute: markup characters escaped, control characters shown. */
export function esc(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
