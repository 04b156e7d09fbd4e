#!/usr/bin/env node
// Builds dist/: the CLI as one ESM bundle (commands load their heavy parts as lazy chunks), the
// library as a dependency-free bundle with the dataset inlined, and the library's type declarations.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
rmSync(join(root, "dist"), { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "linked",
  logLevel: "warning",
  define: { __VERSION__: JSON.stringify(version) },
};

await Promise.all([
  build({
    ...common,
    entryPoints: { cli: "src/cli/main.ts" },
    outdir: "dist",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    // commander and cli-table3 are CommonJS: give their require() calls a real require.
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  }),
  build({ ...common, entryPoints: { index: "src/core/index.ts" }, outdir: "dist" }),
]);

// The published JSON Schemas, exactly as `coding-salary schema <name>` prints them.
const cli = (...args) => execFileSync(process.execPath, [join(root, "bin", "coding-salary.js"), ...args], { encoding: "utf8" });
mkdirSync(join(root, "dist", "schemas"));
for (const name of cli("schema").split("\n").filter(Boolean).map((line) => line.split(" ")[0]))
  writeFileSync(join(root, "dist", "schemas", `${name}.schema.json`), cli("schema", name));

execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], { stdio: "inherit", cwd: root });
