import type { Dataset } from "../core/dataset/dataset-schema.js";

/** The "Examples:" section of a command's help. */
export function examples(lines: readonly [command: string, what: string][]): string {
  return `\nExamples:\n${lines.map(([command, what]) => `  # ${what}\n  $ ${command}\n`).join("")}`;
}

/** Allowed values of the profile flags, read from the dataset in use. */
export function allowedValues(d: Dataset): string {
  const wrap = (items: string[]) => wrapList(items, 72, "    ");
  return [
    "",
    "Allowed values (from the dataset):",
    "  --cert",
    wrap(d.certifications.credentials.map((c) => `${c.code} (${c.name})`)),
    "  --specialty",
    wrap(d.specialties.map((s) => s.id)),
    "  --setting",
    wrap(d.settings.map((s) => s.id)),
    "  --role",
    wrap(d.roles.ladder.map((r) => r.id)),
    "  --state",
    wrap(d.states.list.map((s) => s.code)),
    "    (or the full name, any case: texas, \"new york\")",
    "",
  ].join("\n");
}

function wrapList(items: string[], width: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    const next = line ? `${line}, ${item}` : item;
    if (indent.length + next.length > width && line) {
      lines.push(`${indent}${line},`);
      line = item;
    } else line = next;
  }
  if (line) lines.push(`${indent}${line}`);
  return lines.join("\n");
}
