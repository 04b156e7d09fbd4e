/**
 * The executable's start (bin/coding-salary.cjs calls `launch()`): loads the CLI bundle,
 * dist/cli.cjs, with its compiled code cached between runs, and runs it.
 *
 * - Node ≥ 22.1: Node's own compile cache (`module.enableCompileCache`), in the folder below.
 * - Node 20, which has none: V8's code cache through `vm.Script`, kept in the same folder. An
 *   entry is used only by the exact bytes it was compiled from (it holds a copy, compared in
 *   full), on the same Node version, package version and architecture, and V8 checks it again.
 *
 * The folder is `$XDG_CACHE_HOME/coding-salary` (by default `~/.cache/coding-salary`), checked
 * on every run before anything is read from it or written to it: a real folder (not a
 * symlink), owned by the user, mode 0700, in a parent folder that no other user can write to
 * (or a sticky one, like /tmp). Anything else — missing and not creatable, planted by someone
 * else, a corrupt or stale entry — only means compiling as usual: the output is the same.
 * CODING_SALARY_NO_CACHE=1 turns the cache off.
 *
 * CommonJS, like the files it loads, so nothing on the way to the CLI's first line needs
 * Node's ES module loader.
 */
import fs = require("node:fs");
import path = require("node:path");

/** Node's compile cache: Node ≥ 22.1. node:module is not loaded on Node 20, where it has none (loading it costs more than this check). */
const { enableCompileCache } = (Number(process.versions.node.split(".")[0]) >= 22 ? require("node:module") : {}) as { enableCompileCache?: (dir: string) => unknown };

interface Cli {
  main(): Promise<void>;
}

/** Why the cache was not used (for tests and `CODING_SALARY_DEBUG_CACHE=1`), or where it is. */
type CacheState = { dir: string } | { refused: string };

function launch(): void {
  const state: CacheState = process.env.CODING_SALARY_NO_CACHE ? { refused: "CODING_SALARY_NO_CACHE is set" } : cacheFolder();
  if (process.env.CODING_SALARY_DEBUG_CACHE) process.stderr.write(`coding-salary: cache ${"dir" in state ? state.dir : `off: ${state.refused}`}\n`);
  const file = path.join(__dirname, "cli.cjs");
  let cli: Cli;
  let save: (() => void) | undefined;
  try {
    if ("dir" in state && enableCompileCache) {
      enableCompileCache(state.dir);
      cli = require(file) as Cli;
    } else if ("dir" in state) {
      const cached = new CodeCache(state.dir);
      cli = cached.load(file) as Cli;
      save = () => cached.save();
    } else cli = require(file) as Cli;
  } catch (error) {
    internalError(error);
    return;
  }
  cli.main().then(save, internalError);
}

/** main() reports every error itself; this is only for a broken installation. */
function internalError(error: unknown): void {
  process.stderr.write(`coding-salary: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

/** The cache folder if it is safe to use (creating it if need be), else why not. */
function cacheFolder(env: NodeJS.ProcessEnv = process.env): CacheState {
  const uid = process.getuid?.();
  if (uid === undefined) return { refused: "no user ids on this platform" };
  const xdg = env.XDG_CACHE_HOME;
  const home = env.HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : home && path.isAbsolute(home) ? path.join(home, ".cache") : undefined;
  if (!base) return { refused: "neither XDG_CACHE_HOME nor HOME is an absolute path" };
  const dir = path.join(base, "coding-salary");
  try {
    // Whoever can write to the parent could swap the folder for another after the checks below.
    if (!lstatIfAny(base)) fs.mkdirSync(base, { recursive: true, mode: 0o700 });
    const parent = fs.statSync(base);
    if (parent.uid !== uid && parent.uid !== 0) return { refused: `${base} belongs to user ${parent.uid}` };
    if ((parent.mode & 0o022) !== 0 && (parent.mode & 0o1000) === 0) return { refused: `${base} is writable by other users` };
    let folder = lstatIfAny(dir);
    if (!folder) {
      fs.mkdirSync(dir, { mode: 0o700 });
      folder = fs.lstatSync(dir);
    }
    if (folder.isSymbolicLink()) return { refused: `${dir} is a symlink` };
    if (!folder.isDirectory()) return { refused: `${dir} is not a folder` };
    if (folder.uid !== uid) return { refused: `${dir} belongs to user ${folder.uid}` };
    if ((folder.mode & 0o777) !== 0o700) return { refused: `${dir} has mode ${(folder.mode & 0o777).toString(8)}, not 700` };
    return { dir };
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error) };
  }
}

function lstatIfAny(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Node 20's cache: V8's compiled code for a file, made after the run (so it holds every function
 * the run compiled), stored as one file per source file:
 *   "coding-salary-v8\n" <key>\n <source length>\n <source bytes> <V8 data>
 * where the key names the Node version, the package version and the architecture. An entry is
 * used only when its key and its copy of the source match exactly.
 */
class CodeCache {
  private readonly entries: { file: string; source: Buffer; script: import("node:vm").Script; used: boolean }[] = [];
  private readonly key = `${process.version} ${process.arch} ${__VERSION__}`;
  private readonly vm = require("node:vm") as typeof import("node:vm");

  constructor(private readonly dir: string) {}

  /** Runs a CommonJS file through vm.Script, with the compiled code of an earlier run when it matches. */
  load(file: string): unknown {
    const source = fs.readFileSync(file);
    const cachedData = this.read(file, source);
    const script = new this.vm.Script(`(function (exports, require, module, __filename, __dirname) {${source.toString("utf8")}\n})`, {
      filename: file,
      ...(cachedData ? { cachedData } : {}),
    });
    this.entries.push({ file, source, script, used: cachedData !== undefined && !script.cachedDataRejected });
    const module = { exports: {} };
    const dirname = path.dirname(file);
    // The bundles require Node built-ins and, on demand, the vendor files beside them.
    const requireHere = (id: string): unknown => (id.startsWith("./") ? this.load(path.join(dirname, id)) : require(id));
    (script.runInThisContext() as Function)(module.exports, requireHere, module, file, dirname);
    return module.exports;
  }

  /** Writes the entries that were missing or stale. */
  save(): void {
    for (const entry of this.entries) {
      if (entry.used) continue;
      try {
        const data = entry.script.createCachedData();
        const header = Buffer.from(`${MAGIC}${this.key}\n${entry.source.length}\n`);
        write(this.entryPath(entry.file), Buffer.concat([header, entry.source, data]));
      } catch {
        // No cache this time; the next run compiles again.
      }
    }
  }

  /** One entry per installed file and Node version: two installs of the package do not share one. */
  private entryPath(file: string): string {
    let hash = 0x811c9dc5; // FNV-1a of the file's path
    for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
    return path.join(this.dir, `${path.basename(file)}-${(hash >>> 0).toString(16)}-${process.version}.v8cache`);
  }

  /** The V8 data of the entry for this source, if there is one and it matches. */
  private read(file: string, source: Buffer): Buffer | undefined {
    let fd: number | undefined;
    try {
      // O_NOFOLLOW: the entry must be a file of the folder itself.
      fd = fs.openSync(this.entryPath(file), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
      const stat = fs.fstatSync(fd);
      if (!stat.isFile() || stat.uid !== process.getuid?.()) return undefined;
      const entry = Buffer.allocUnsafe(stat.size);
      if (fs.readSync(fd, entry, 0, stat.size, 0) !== stat.size) return undefined;
      const header = Buffer.from(`${MAGIC}${this.key}\n${source.length}\n`);
      const start = header.length;
      const end = start + source.length;
      if (entry.length <= end || !header.equals(entry.subarray(0, start)) || !source.equals(entry.subarray(start, end))) return undefined;
      return entry.subarray(end);
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }
}

const MAGIC = "coding-salary-v8\n";

/** Written aside under a fresh name and renamed, so a concurrent run never reads half a file. */
function write(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temporary, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 0o600);
  try {
    fs.writeSync(fd, data);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

export = { launch, cacheFolder };
