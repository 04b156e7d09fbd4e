import type { Dataset, Source } from "../../core/dataset/dataset-schema.js";
import { cell, type Block } from "./blocks.js";

const year = (s: Source) => (s.year === null ? "undated" : String(s.year));

function heading(d: Dataset, hash: string): Block {
  return { kind: "heading", text: `Data sources (dataset ${d.version}, sha256 ${hash.slice(0, 16)}…)` };
}

const KINDS: Record<Source["kind"], string> = {
  official: "Official statistics",
  survey: "Surveys and published prices",
  compilation: "Compilations of official figures",
  guide: "The guide",
  model: "Modelling choices",
};

/** `sources`: one row for each source, by kind, and how to see one in full. */
export function sourcesReport(d: Dataset, hash: string): Block[] {
  const byKind = (Object.keys(KINDS) as Source["kind"][]).map((kind) => [kind, d.sources.filter((s) => s.kind === kind)] as const);
  return [
    heading(d, hash),
    ...byKind
      .filter(([, sources]) => sources.length > 0)
      .flatMap(([kind, sources]): Block[] => [
        { kind: "heading", text: `${KINDS[kind]} (${sources.length})` },
        { kind: "table", columns: [{ title: "Id" }, { title: "Year", align: "right" }, { title: "Title" }], rows: sources.map((s) => [cell(s.id, "strong"), year(s), s.title]) },
      ]),
    {
      kind: "lines",
      lines: [
        cell("What each source covers, its notes and address: coding-salary sources <id>... (or --json).", "muted"),
        cell(`Full hash: ${hash}. The same version and hash reproduce the same estimates.`, "muted"),
      ],
    },
  ];
}

/** `sources <id>...`: the named sources in full. */
export function sourceDetails(d: Dataset, hash: string, sources: readonly Source[]): Block[] {
  return [
    heading(d, hash),
    ...sources.map((s): Block => ({
      kind: "terms",
      title: s.title,
      items: [
        { term: "Id", text: cell(s.id, "strong") },
        { term: "Kind", text: s.kind },
        { term: "Publisher", text: s.publisher },
        { term: "Year", text: year(s) },
        { term: "Covers", text: s.covers },
        ...(s.note ? [{ term: "Note", text: cell(s.note, "muted") }] : []),
        ...(s.url ? [{ term: "Address", text: s.url }] : []),
      ],
    })),
  ];
}
