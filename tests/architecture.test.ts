import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.c?ts$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name));
}

const all = sources(join(ROOT, "src"));
const tests = sources(join(ROOT, "tests"));
const text = new Map([...all, ...tests].map((f) => [f, readFileSync(f, "utf8")]));
/** Relative imports of a file, type imports included, resolved to files. */
function importsOf(file: string): string[] {
  const found = [...(text.get(file) ?? "").matchAll(/(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']|import\(["'](\.[^"']+)["']\)/g)];
  return found.map((m) => resolve(dirname(file), (m[1] ?? m[2]) as string).replace(/\.js$/, ".ts")).filter((f) => text.has(f));
}

describe("architecture", () => {
  it("keeps src/core pure: no Node built-ins, console, process, colour, tables, prompts or CLI code", () => {
    const core = all.filter((f) => f.includes(`${join("src", "core")}`));
    const forbidden = /from ["'](node:[\w/]+|fs|path|os|child_process|readline|tty|chalk|cli-table3|commander|@inquirer\/[\w-]+)["']|\bconsole\.|\bprocess\.|from ["'][./]+cli\//;
    expect(core.length).toBeGreaterThan(5);
    expect(core.filter((file) => forbidden.test(text.get(file) ?? ""))).toEqual([]);
  });

  it("has no import cycles between files, type imports included", () => {
    const graph = new Map(all.map((f) => [f, importsOf(f)]));
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(ROOT, f)).join(" > "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of all) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("exports nothing nobody imports — another module or a test (the library's entry excepted)", () => {
    const entry = join(ROOT, "src", "core", "index.ts");
    const unused: string[] = [];
    for (const file of all) {
      if (file === entry || file.endsWith(".cts")) continue;
      const exported = [...(text.get(file) ?? "").matchAll(/^export (?:async )?(?:function|const|class|interface|type) (\w+)/gm)].map((m) => m[1] as string);
      const importers = [...all, ...tests].filter((f) => importsOf(f).includes(file));
      for (const name of exported) {
        const used = importers.some((f) => new RegExp(`\\b${name}\\b`).test(text.get(f) ?? "")) || new RegExp(`\\b${name}\\b`).test(text.get(entry) ?? "");
        if (!used && !/^default$/.test(name)) unused.push(`${relative(ROOT, file)}: ${name}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it("keeps one file per command, each registered in the command list", () => {
    const commands = readdirSync(join(ROOT, "src", "cli", "commands")).map((f) => f.replace(/\.ts$/, ""));
    const program = text.get(join(ROOT, "src", "cli", "program.ts")) ?? "";
    for (const name of commands) expect(program).toContain(`import("./commands/${name}.js")`);
  });
});
