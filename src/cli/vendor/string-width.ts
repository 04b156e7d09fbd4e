// What cli-table3 measures cells with, in place of the string-width package (bundled in by
// scripts/build.mjs): the width our own layout measures with, so the two always agree, and no
// emoji expression of several kilobytes to compile at start-up.
import { displayWidth } from "../render/wrap.js";

/** Colour and hyperlink sequences, which take no columns. */
const ESCAPES = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

export default function stringWidth(text: unknown): number {
  return typeof text === "string" && text !== "" ? displayWidth(text.replace(ESCAPES, "")) : 0;
}
