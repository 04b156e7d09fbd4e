import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
}

describe("architecture", () => {
  const core = sources(join(ROOT, "src/core"));

  it("keeps src/core pure: no Node built-ins, console, process, colour, tables, prompts or CLI code", () => {
    const forbidden = /from ["'](node:[\w/]+|fs|path|os|child_process|readline|tty|chalk|cli-table3|commander|@inquirer\/[\w-]+)["']|\bconsole\.|\bprocess\.|from ["'][./]+cli\//;
    const offenders = core.filter((file) => forbidden.test(readFileSync(file, "utf8")));
    expect(core.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
});
