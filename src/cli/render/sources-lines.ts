import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { Estimate, SourceRef } from "../../core/estimate.js";
import type { Warning } from "../../core/warning.js";
import { warningMessage } from "../messages.js";
import { cell, type Block } from "./blocks.js";

/** The "Sources" block every report ends with: id, title and year of each source used. */
export function sourcesBlock(sources: readonly SourceRef[]): Block {
  return { kind: "terms", title: "Sources", items: sources.map((s) => ({ term: s.id, text: `${s.title} (${s.year ?? "undated"})` })) };
}

/** Each warning once, in words. */
export function warningsBlock(warnings: readonly Warning[], d: Dataset): Block[] {
  const messages = [...new Set(warnings.map((w) => warningMessage(w, d)))];
  return messages.length ? [{ kind: "lines", lines: messages.map((m) => cell(`! ${m}`, "warn")) }] : [];
}

/** The sources of several estimates, each once, in order of first use. */
export function mergeSources(estimates: readonly Estimate[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const e of estimates) for (const s of e.sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}
