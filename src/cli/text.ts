/**
 * Text from outside (flags, input files, a --data file) on its way to a terminal or a message:
 * control characters are made visible instead of being obeyed, and echoes are kept short.
 */

/** C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a reader sees. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Text safe to print: control characters shown as \u001b and the like; line breaks kept. */
export function printable(text: string): string {
  return text.replace(CONTROL, visible);
}

/** Longest echo of a value in a message: a 20,000-character mistake needs only its start. */
const MAX_ECHO = 60;

/** A value as a message quotes it: one line, controls visible, cut after MAX_ECHO characters. */
export function quote(value: unknown): string {
  const text = typeof value === "string" ? value : value === undefined ? "undefined" : (JSON.stringify(value) ?? String(value));
  const cut = text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}… (${text.length} characters)` : text;
  return `"${cut.replace(CONTROL_OR_NEWLINE, visible)}"`;
}
