#!/usr/bin/env node
// Builds dist/: the CLI as one CommonJS file (commands evaluate their work only when run) and
// again with only what an estimate runs (the launcher picks one), its data beside them
// (data/), the heavy third-party code it loads on demand as separate files in dist/vendor/
// (prompts; colour and tables), the library as a dependency-free bundle
// with the dataset inlined, the published JSON Schemas and the library's type declarations.
// Fails if the bundled dataset does not pass its own check.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
rmSync(join(root, "dist"), { recursive: true, force: true });

/** Data files become `JSON.parse("…")`: V8 reads a JSON string faster than the same object literal. */
const jsonAsParse = {
  name: "json-as-parse",
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, "utf8"))))});`,
      loader: "js",
    }));
  },
};

/** Data the CLI reads only when a command asks for it: the tax tables, the accuracy table's figures. */
const LAZY_DATA = ["tax", "reference"];

/** The code that reads and parses dist/data/`file` (ASCII, so read as Latin-1). */
const readData = (file) => `JSON.parse(readFileSync(__dirname + "/data/${file}", "latin1"))`;

/**
 * The CLI reads its data beside it rather than carrying it as a string in its code, so the
 * code V8 compiles, caches and reads back stays small: dist/data/data.json (with the model's
 * figures, worked out below) when the bundled dataset is first asked for, so --help and
 * --version read none; the tax tables and the accuracy figures (tax.json, reference.json)
 * when one of their fields is first read; the sources (sources.json) when they are (an
 * estimate never asks: the model's figures say what it says of a source). The files are
 * ASCII (other characters escaped) and read as Latin-1, a string of one byte a character.
 * (Getters on the objects of a list turn each into a dictionary: one getter on the dataset
 * for the sources, rather than three on each source, which cost more than it saved.)
 */
const dataBeside = {
  name: "data-beside",
  setup(b) {
    // See src/core/dataset/bundled-data.ts.
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]dataset[\\/]bundled-data\.ts$/ }, () => {
      const onDemand = LAZY_DATA.map((name) => {
        const keys = Object.keys(JSON.parse(readFileSync(join(root, "data", `${name}.json`), "utf8")));
        return `${name}: onDemand(() => ${readData(`${name}.json`)}, ${JSON.stringify(keys)})`;
      });
      return {
        contents: `import { readFileSync } from "node:fs";
/** An object whose fields are getters over what read() gives, called when one is first read. */
const onDemand = (read, keys) => { let all; return Object.defineProperties({}, Object.fromEntries(keys.map((k) => [k, { get: () => (all ??= read())[k], enumerable: true }]))); };
export const bundledData = () => ({ ...${readData("data.json")}, ${onDemand.join(", ")} });`,
        loader: "js",
      };
    });
    // See src/core/dataset/bundled-sources.ts.
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]dataset[\\/]bundled-sources\.ts$/ }, () => ({
      contents: `import { readFileSync } from "node:fs"; let sources; export const bundledSources = () => (sources ??= ${readData("sources.json")});`,
      loader: "js",
    }));
  },
};

/** src/cli/vendor/*.ts stay separate files, loaded from dist/cli.cjs as ./vendor/*.cjs. */
const vendorExternal = {
  name: "vendor-external",
  setup(b) {
    b.onResolve({ filter: /\/vendor\/[\w-]+\.js$/ }, (args) => ({ path: `./vendor/${args.path.split("/").pop().replace(/\.js$/, ".cjs")}`, external: true }));
  },
};

/**
 * commander requires node:child_process when it loads, only to run git-style executable
 * subcommands, which this tool does not have; loading it (with net and dgram) is a good part
 * of start-up. The require is deferred to the first use.
 */
const deferChildProcess = {
  name: "defer-child-process",
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error("commander changed: review the deferred child_process require in scripts/build.mjs");
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: source.replace(eager, lazy), loader: "js" };
    });
  },
};

/**
 * chalk detects colour support when it loads (importing node:tty and node:os); this tool
 * decides colour itself and gives chalk the level. chalk's own detection-free variant (the
 * one it ships for browsers) is used instead, which saves loading those modules.
 */
const chalkWithoutDetection = {
  name: "chalk-without-detection",
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) => ({ path: join(args.resolveDir, "vendor", "supports-color", "browser.js") }));
  },
};

/**
 * cli-table3 measures cells with string-width 4, which compiles an emoji expression of several
 * kilobytes on its first call; src/cli/vendor/string-width.ts measures as the tables' own layout
 * does (src/cli/render/wrap.ts), so the two always agree on a cell's width.
 */
const ownStringWidth = {
  name: "own-string-width",
  setup(b) {
    // cli-table3 require()s it: the module's default export is what it gets.
    b.onResolve({ filter: /^string-width$/ }, () => ({ path: "string-width", namespace: "own-string-width" }));
    b.onLoad({ filter: /.*/, namespace: "own-string-width" }, () => ({
      contents: `module.exports = require(${JSON.stringify(join(root, "src", "cli", "vendor", "string-width.ts"))}).default;`,
      resolveDir: root,
      loader: "js",
    }));
  },
};

/**
 * dist/cli-estimate.cjs is the CLI with what `estimate` runs as a table, JSON or CSV, and the
 * top-level help and --version: the launcher runs it for those (src/launcher.cts), dist/cli.cjs
 * for the rest. Each file it leaves out (the other commands, batches, HTML and Markdown, --data
 * files, the wizard) is replaced by one that throws NotInThisBundle when it is loaded: the run
 * then starts again in dist/cli.cjs (src/cli/main.ts), having read and written nothing.
 */
const LEFT_OUT = /^\.{1,2}\/(commands\/[\w-]+|batch\/run-batch|render\/html-report|render\/markdown|dataset-file|wizard\/prompter)\.js$/;
const estimateOnly = {
  name: "estimate-only",
  setup(b) {
    b.onResolve({ filter: LEFT_OUT }, (args) => (args.path === "./commands/estimate.js" ? undefined : { path: args.path, namespace: "estimate-only" }));
    b.onResolve({ filter: /^\.\/cli\.cjs$/ }, () => ({ path: "./cli.cjs", external: true }));
    b.onLoad({ filter: /.*/, namespace: "estimate-only" }, (args) => ({
      contents: `import { NotInThisBundle } from ${JSON.stringify(join(root, "src", "cli", "errors.ts"))};
throw new NotInThisBundle(${JSON.stringify(args.path.replace(/^\.+\//, ""))}, () => require("./cli.cjs"));`,
      loader: "js",
      resolveDir: root,
    }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: process.env.BUILD_READABLE ? false : true,
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "linked",
  logLevel: "warning",
  define: { __VERSION__: JSON.stringify(version) },
  plugins: [jsonAsParse],
};

/**
 * The CLI's files are CommonJS, loaded by require(): no ES module loader on the way, and Node's
 * compile cache (or, on Node 20, the launcher's) applies. A dynamic import() of a vendor file or
 * a built-in becomes a require() when it runs.
 */
const commonjs = { format: "cjs", outdir: "dist", outExtension: { ".js": ".cjs" }, supported: { "dynamic-import": false } };

await Promise.all([
  build({ ...common, ...commonjs, entryPoints: { cli: "src/cli/main.ts" }, plugins: [dataBeside, vendorExternal, deferChildProcess] }),
  build({ ...common, ...commonjs, entryPoints: { "cli-estimate": "src/cli/main.ts" }, plugins: [dataBeside, vendorExternal, deferChildProcess, estimateOnly] }),
  build({ ...common, ...commonjs, entryPoints: { launch: "src/launcher.cts" } }),
  build({
    ...common,
    ...commonjs,
    entryPoints: { "vendor/prompts": "src/cli/vendor/prompts.ts", "vendor/terminal": "src/cli/vendor/terminal.ts", "vendor/color": "src/cli/vendor/color.ts" },
    plugins: [...common.plugins, chalkWithoutDetection, ownStringWidth],
  }),
  build({ ...common, entryPoints: { index: "src/core/index.ts" }, outdir: "dist" }),
]);

for (const file of ["cli.cjs", "cli-estimate.cjs", "launch.cjs", "vendor/prompts.cjs", "vendor/terminal.cjs", "vendor/color.cjs"]) {
  const code = readFileSync(join(root, "dist", file), "utf8");
  if (/\bimport\(/.test(code)) throw new Error(`dist/${file} has a dynamic import(): it would load Node's ES module loader`);
  // esbuild escapes non-ASCII characters except in regular expressions; one of them makes V8 hold the whole source at two bytes a character.
  const wide = code.search(/[^\x00-\x7f]/);
  if (wide >= 0) throw new Error(`dist/${file} has a non-ASCII character (${JSON.stringify(code.slice(wide - 30, wide + 10))}): escape it in the source`);
}

// The CLI's data files (see dataBeside): every data/*.json under its name.
const ascii = (value) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const allData = Object.fromEntries(readdirSync(join(root, "data")).filter((f) => f.endsWith(".json")).map((f) => [basename(f, ".json"), JSON.parse(readFileSync(join(root, "data", f), "utf8"))]));
mkdirSync(join(root, "dist", "data"));
for (const name of [...LAZY_DATA, "sources"]) {
  writeFileSync(join(root, "dist", "data", `${name}.json`), ascii(allData[name]));
  delete allData[name];
}
/** Exports of the project's own source modules, built into a temporary CommonJS file and loaded in this process. */
async function fromSource(name, contents) {
  const file = join(root, "dist", `${name}.tmp.cjs`);
  await build({ ...common, format: "cjs", stdin: { contents, resolveDir: root, loader: "ts" }, outfile: file });
  try {
    return createRequire(import.meta.url)(file);
  } finally {
    rmSync(file);
  }
}

// The model's figures for the bundled data, worked out here with the same code and read by the
// CLI with the data, rather than on every run.
const figures = await fromSource("figures", 'export { modelFigures } from "./src/core/model/compile-model.ts"; export { bundledDataset } from "./src/core/dataset/bundled-dataset.ts";');
writeFileSync(join(root, "dist", "data", "data.json"), ascii({ ...allData, modelFigures: figures.modelFigures(figures.bundledDataset()) }));

// The bundled dataset is trusted at run time because it is checked here.
const lib = await import(pathToFileURL(join(root, "dist", "index.js")).href);
const checked = lib.parseDataset(structuredClone(lib.bundledDataset()));
if (!checked.ok) {
  console.error("The bundled dataset fails its check:");
  for (const issue of checked.issues) console.error(`  ${issue.path}: ${issue.message}`);
  process.exit(1);
}

// The published JSON Schemas, exactly as `coding-salary schema <name>` prints them: built from
// the same modules, in this process (no CLI run).
const { SCHEMAS, publishedSchema } = await fromSource("schemas", 'export { SCHEMAS } from "./src/cli/schemas/registry.ts"; export { publishedSchema } from "./src/cli/schemas/documents.ts";');
mkdirSync(join(root, "dist", "schemas"));
for (const [name, { schema }] of Object.entries(SCHEMAS))
  writeFileSync(join(root, "dist", "schemas", `${name}.schema.json`), `${JSON.stringify(publishedSchema(name, schema), null, 2)}\n`);

execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], { stdio: "inherit", cwd: root });
