import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

/**
 * What `coding-salary estimate --json` loads is dist/cli.js and what it imports statically; the
 * prompt library, the table printer and the batch machinery must be reached only through
 * dynamic import(), i.e. only by the commands that use them.
 */
const MARKERS = {
  prompts: "force closed the prompt", // a message inside @inquirer/prompts
  tables: "wrapOnWordBoundary", // an option of cli-table3
  batch: "records: ", // the batch's summary line
};

function reachable(entry: string, followDynamic: boolean): Map<string, string> {
  const seen = new Map<string, string>();
  const pattern = followDynamic
    ? /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g
    : /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(file, "utf8");
    seen.set(file, code);
    for (const m of code.matchAll(pattern)) visit(join(dirname(file), m[1]!));
  };
  visit(entry);
  return seen;
}

describe("lazy loading in the built CLI", () => {
  const entry = join(ROOT, "dist", "cli.js");
  const eager = [...reachable(entry, false).values()];
  const all = [...reachable(entry, true).values()];

  it.each(Object.entries(MARKERS))("%s: only behind a dynamic import", (_what, marker) => {
    expect(eager.some((code) => code.includes(marker))).toBe(false);
    expect(all.some((code) => code.includes(marker))).toBe(true);
  });
});
