import type { SourceRef } from "../../core/estimate.js";
import { cell, type Block } from "./blocks.js";

/** The "Sources" block every report ends with: id, title and year of each source used. */
export function sourcesBlock(sources: readonly SourceRef[]): Block {
  return {
    kind: "lines",
    lines: [cell("Sources", "strong"), ...sources.map((s) => `  ${s.id.padEnd(22)} ${s.title} (${s.year ?? "undated"})`)],
  };
}

export function warningsBlock(warnings: readonly { message: string }[]): Block[] {
  return warnings.length ? [{ kind: "lines", lines: warnings.map((w) => cell(`! ${w.message}`, "warn")) }] : [];
}
