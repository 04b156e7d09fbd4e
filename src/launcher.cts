/**
 * Starts the CLI bundle (dist/cli.cjs) with V8's code cache: the first run compiles the
 * bundle (and the vendor files it loads) and saves the compiled code; later runs load that
 * instead of compiling again, which is most of what separates this tool's start-up from `node`
 * itself. The cache lives in a folder of the user's own under the system temp folder;
 * anything wrong with it (missing, stale, not ours, unwritable) only means compiling as
 * usual. CODING_SALARY_NO_CACHE=1 turns it off.
 *
 * CommonJS, like the files it loads, so nothing on the way to the CLI's first line needs
 * Node's ES module loader.
 */
import fs = require("node:fs");
import os = require("node:os");
import path = require("node:path");
import vm = require("node:vm");

interface Compiled {
  script: vm.Script;
  cacheFile: string | undefined;
  cached: Buffer | undefined;
}

const dist = __dirname;
const compiled: Compiled[] = [];
const cacheDir = process.env.CODING_SALARY_NO_CACHE ? undefined : ownCacheDir();

/** Runs a CommonJS file of dist/ through vm.Script, with its cached compiled code when there is one. */
function load(file: string): unknown {
  const source = fs.readFileSync(file, "utf8");
  const stat = fs.statSync(file);
  const cacheFile = cacheDir && path.join(cacheDir, `${path.basename(file)}-${__VERSION__}-${process.version}-${stat.size}-${Math.floor(stat.mtimeMs)}.v8cache`);
  const cached = cacheFile ? readIfAny(cacheFile) : undefined;
  // `__load` serves the file's dynamic imports: code compiled by vm.Script cannot run import().
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __load) {${source}\n})`, {
    filename: file,
    ...(cached ? { cachedData: cached } : {}),
  });
  compiled.push({ script, cacheFile, cached });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, file, path.dirname(file), importLike);
  return module.exports;
}

/** What the bundles' `import("./vendor/…")` and `import("node:…")` become. */
async function importLike(specifier: string): Promise<unknown> {
  return specifier.startsWith("./") ? load(path.join(dist, specifier)) : require(specifier);
}

async function launch(): Promise<void> {
  try {
    const cli = load(path.join(dist, "cli.cjs")) as { main(): Promise<void> };
    await cli.main();
  } catch (error) {
    // main() reports every error itself; this is only for a broken installation.
    process.stderr.write(`coding-salary: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
    return;
  }
  // After the run, so the functions compiled on the way are in the cache too.
  for (const c of compiled) if (c.cacheFile && (!c.cached || c.script.cachedDataRejected)) writeAside(c.cacheFile, c.script.createCachedData());
}

/** A folder only this user can write, or none. */
function ownCacheDir(): string | undefined {
  try {
    const uid = process.getuid?.() ?? 0;
    const dir = path.join(os.tmpdir(), `coding-salary-${uid}`);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const folder = fs.statSync(dir);
    return folder.uid === uid && (folder.mode & 0o022) === 0 ? dir : undefined;
  } catch {
    return undefined;
  }
}

function readIfAny(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written aside and renamed, so a concurrent run never reads half a file; older caches of the same file go. */
function writeAside(file: string, data: Buffer): void {
  try {
    const temporary = `${file}.${process.pid}`;
    fs.writeFileSync(temporary, data, { mode: 0o600 });
    fs.renameSync(temporary, file);
    const prefix = `${path.basename(file).split("-")[0]}-`;
    for (const old of fs.readdirSync(path.dirname(file)))
      if (old.startsWith(prefix) && old !== path.basename(file) && old.endsWith(".v8cache")) fs.rmSync(path.join(path.dirname(file), old), { force: true });
  } catch {
    // No cache this time; the next run compiles again.
  }
}

export = { launch };
