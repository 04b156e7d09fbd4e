/**
 * The executable's start (bin/coding-salary.cjs calls `launch()`): loads the CLI bundle with its
 * compiled code cached between runs, and runs it. There are two bundles of the same CLI:
 * dist/cli-estimate.cjs carries what `estimate` runs for a table, JSON or CSV, with the
 * top-level help and --version: the runs people make most and time. dist/cli.cjs carries
 * everything. An estimate reads, compiles and keeps about half the code it would otherwise.
 * A run that the small bundle cannot finish (a batch, HTML, another command the choice below
 * missed) is handed to the full one before it reads or writes anything (src/cli/main.ts).
 *
 * The cache is V8's code cache through `vm.Script`, made after the run, so it holds every
 * function the run compiled. Node's own compile cache (`module.enableCompileCache`, Node ≥
 * 22.1) is not used: it saves a file's code when the file is compiled, before it runs, so it
 * holds only what V8 compiles up front, and every function a command runs is compiled again on
 * every run — measured on Node 22 and 24, a run with it costs about a quarter more
 * instructions than with this cache (BENCHMARKS.md). An entry is used only by the exact bytes
 * it was compiled from (it holds a copy, compared in full), on the same Node version, package
 * version and architecture, and V8 checks it again.
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
// Built-ins through process.getBuiltinModule, not require(): it skips the module resolver, about
// 0.04 ms a call on Node 24 here (the bundles' own built-ins too, see CodeCache.load).
const fs = process.getBuiltinModule("node:fs");
const path = process.getBuiltinModule("node:path");

interface Cli {
  /** Resolves to whether all output is written. */
  main(): Promise<boolean>;
}

/** The largest cache entry read: a bundle of 280 KB makes entries of about 600 KB; a larger file is not one of ours. */
const MAX_ENTRY = 32 * 1024 * 1024;

/** How much of a cache entry's copy of the source is read and compared at a time. */
const COMPARE_PIECE = 64 * 1024;

/** Node's CommonJS wrapper, around a bundle's source. */
const WRAPPER_START = Buffer.from("(function (exports, require, module, __filename, __dirname) {");
const WRAPPER_END = Buffer.from("\n})");

/**
 * A file's bytes inside Node's CommonJS wrapper, read straight into place: one buffer, no
 * copy to join them (joining strings would make V8 copy the source again to compile it).
 * `source` is the file's own bytes, a view into it. The buffer holds at least `room` bytes, so
 * that a cache entry's V8 data can be read into it afterwards (see CodeCache.read).
 */
function readWrapped(file: string, room: number): { wrapped: Buffer; source: Buffer; buffer: Buffer } {
  const fd = fs.openSync(file, "r");
  try {
    const size = fs.fstatSync(fd).size;
    const length = WRAPPER_START.length + size + WRAPPER_END.length;
    // Pages of a buffer are mapped when first written: room that is never used costs nothing.
    const buffer = Buffer.allocUnsafe(Math.max(length, room));
    const wrapped = buffer.subarray(0, length);
    WRAPPER_START.copy(wrapped, 0);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, wrapped, WRAPPER_START.length + read, size - read, read);
      if (n === 0) throw new Error(`${file} ended after ${read} of ${size} bytes`);
      read += n;
    }
    WRAPPER_END.copy(wrapped, WRAPPER_START.length + size);
    return { wrapped, source: wrapped.subarray(WRAPPER_START.length, WRAPPER_START.length + size), buffer };
  } finally {
    fs.closeSync(fd);
  }
}

/** Why the cache was not used (for tests and `CODING_SALARY_DEBUG_CACHE=1`), or where it is. */
type CacheState = { dir: string } | { refused: string };

function launch(): void {
  const state: CacheState = process.env.CODING_SALARY_NO_CACHE ? { refused: "CODING_SALARY_NO_CACHE is set" } : cacheFolder();
  if (process.env.CODING_SALARY_DEBUG_CACHE) process.stderr.write(`coding-salary: cache ${"dir" in state ? state.dir : `off: ${state.refused}`}\n`);
  const args = process.argv.slice(2);
  const file = path.join(__dirname, bundleFor(args));
  let cli: Cli;
  let save: (() => void) | undefined;
  try {
    if ("dir" in state) {
      const cached = new CodeCache(state.dir, runVariant(args));
      cli = cached.load(file) as Cli;
      save = () => cached.save();
    } else cli = require(file) as Cli;
  } catch (error) {
    internalError(error);
    return;
  }
  cli.main().then((written) => {
    save?.();
    // Everything is out: end now, not after the tasks V8 has queued (a garbage collection).
    if (written) process.exit();
  }, internalError);
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

function lstatIfAny(file: string): import("node:fs").Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The cache: V8's compiled code for a file, made after the run (so it holds every function
 * the run compiled), stored as one file per source file and kind of run:
 *   "coding-salary-v8\n" <key>\n <source length>\n <source bytes> <V8 data>
 * where the key names the Node version, the package version and the architecture. An entry is
 * used only when its key and its copy of the source match exactly: a copy compared in full
 * binds it to the bytes more cheaply than a hash (loading node:crypto alone costs more than
 * reading the copy).
 */
class CodeCache {
  /** `code`: the wrapped source V8 compiled, the one true record of the bytes an entry is made from. */
  private readonly entries: { file: string; code: string; script: import("node:vm").Script; used: boolean }[] = [];
  private readonly key = `${process.version} ${process.arch} ${__VERSION__}`;
  private readonly vm = process.getBuiltinModule("node:vm");

  /** `variant` names the kind of run (its command and output format): each has its own entries, holding the functions it runs. */
  constructor(
    private readonly dir: string,
    private readonly variant: string,
  ) {}

  /** Runs a CommonJS file through vm.Script, with the compiled code of an earlier run when it matches. */
  load(file: string): unknown {
    const entry = this.open(file);
    let cachedData: Buffer | undefined;
    let code: string;
    try {
      const { wrapped, source, buffer } = readWrapped(file, entry?.size ?? 0);
      // The bundles are ASCII (the build checks it): read as Latin-1, without UTF-8 decoding.
      // Made first, because the entry's V8 data is then read into the same buffer (see read()).
      code = wrapped.toString("latin1");
      if (entry) cachedData = this.read(entry, source, buffer);
    } finally {
      if (entry) fs.closeSync(entry.fd);
    }
    const script = new this.vm.Script(code, { filename: file, ...(cachedData ? { cachedData } : {}) });
    this.entries.push({ file, code, script, used: cachedData !== undefined && !script.cachedDataRejected });
    const module = { exports: {} };
    const dirname = path.dirname(file);
    // The bundles require Node built-ins and, on demand, the vendor files beside them.
    const requireHere = (id: string): unknown => (id.startsWith("./") ? this.load(path.join(dirname, id)) : (process.getBuiltinModule(id) ?? require(id)));
    (script.runInThisContext() as Function)(module.exports, requireHere, module, file, dirname);
    return module.exports;
  }

  /** Writes the entries that were missing or stale (then keeps only the newest few: each install path, Node version and kind of run has its own). */
  save(): void {
    if (this.entries.every((entry) => entry.used)) return;
    for (const entry of this.entries) {
      if (entry.used) continue;
      try {
        const data = entry.script.createCachedData();
        const source = Buffer.from(entry.code.slice(WRAPPER_START.length, entry.code.length - WRAPPER_END.length), "latin1");
        write(this.entryPath(entry.file), Buffer.concat([this.header(source), source, data]));
      } catch {
        // No cache this time; the next run compiles again.
      }
    }
    prune(this.dir);
  }

  private header(source: Buffer): Buffer {
    return Buffer.from(`${MAGIC}${this.key}\n${source.length}\n`);
  }

  /** One entry per installed file, Node version and kind of run: two installs of the package do not share one. */
  private entryPath(file: string): string {
    let hash = 0x811c9dc5; // FNV-1a of the file's path
    for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
    return path.join(this.dir, `${path.basename(file)}-${(hash >>> 0).toString(16)}-${process.version}-${this.variant}.v8cache`);
  }

  /** The entry for this file, opened if it is a regular file of the user's own in the folder itself (not through a symlink). */
  private open(file: string): { fd: number; size: number } | undefined {
    let fd: number | undefined;
    try {
      fd = fs.openSync(this.entryPath(file), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
      const stat = fs.fstatSync(fd);
      if (stat.isFile() && stat.uid === process.getuid?.() && stat.size <= MAX_ENTRY) return { fd, size: stat.size };
    } catch {
      // No entry, or not one to use: compile as usual.
    }
    if (fd !== undefined) fs.closeSync(fd);
    return undefined;
  }

  /**
   * The entry's V8 data, if it was made from these exact bytes. It is read into `spare` (the
   * buffer the source was read into, sized for the whole entry, whose first pages are already mapped;
   * `source` is then overwritten): memory touched for the first time costs a page fault, about
   * 10 µs a page on a virtual machine.
   */
  private read(entry: { fd: number; size: number }, source: Buffer, spare: Buffer): Buffer | undefined {
    try {
      const header = this.header(source);
      const end = header.length + source.length;
      if (entry.size <= end) return undefined;
      // The header, then the copy of the source a piece at a time, compared through one small
      // buffer: memory touched for the first time costs a page fault, and the copy is not kept.
      const piece = Buffer.allocUnsafe(Math.min(COMPARE_PIECE, end));
      const same = (at: number, expected: Buffer) => fs.readSync(entry.fd, piece, 0, expected.length, at) === expected.length && piece.subarray(0, expected.length).equals(expected);
      if (!same(0, header)) return undefined;
      for (let at = 0; at < source.length; at += piece.length) if (!same(header.length + at, source.subarray(at, at + piece.length))) return undefined;
      const data = spare.subarray(0, entry.size - end);
      return fs.readSync(entry.fd, data, 0, data.length, end) === data.length ? data : undefined;
    } catch {
      return undefined;
    }
  }
}

/**
 * The command a run names: the first argument that is not an option (nor the value of
 * --data), if it is lower case letters, digits and hyphens; "other" if it is not, "none"
 * without one.
 */
function commandOf(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--data") i++;
    else if (!arg.startsWith("-")) return /^[a-z][a-z0-9-]{0,19}$/.test(arg) ? arg : "other";
  }
  return "none";
}

/**
 * The bundle a run needs: dist/cli-estimate.cjs for `estimate` and for options without a
 * command (--help, --version); dist/cli.cjs for every other command, for what it cannot tell
 * (`help estimate`, a misspelt command) and for a run with no arguments, which may start the
 * wizard. Only a matter of speed: the small bundle hands on whatever it leaves out.
 */
function bundleFor(args: readonly string[]): string {
  const command = commandOf(args);
  return command === "estimate" || (command === "none" && args.length > 0) ? "cli-estimate.cjs" : "cli.cjs";
}

/**
 * The kind of run, for the cache's entries: the command and the format it writes (--json,
 * which wins as it does in the CLI, --format or -f; none for the default table). Runs of one kind compile the same functions; a
 * run of another kind would miss most of them, and the entry is made by the first run of its
 * kind.
 */
function runVariant(args: readonly string[]): string {
  const command = commandOf(args);
  let format: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--json") return `${command}-json`;
    if (arg === "--format" || arg === "-f") format = args[++i];
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
    else if (arg.startsWith("-f") && !arg.startsWith("--")) format = arg.slice(arg[2] === "=" ? 3 : 2);
  }
  if (format === undefined) return command;
  format = format.toLowerCase();
  return `${command}-${/^[a-z]{1,12}$/.test(format) ? format : "other"}`;
}

const MAGIC = "coding-salary-v8\n";

/** Most entries the folder keeps: the kinds of run of a few installs on a few Node versions. */
const MAX_ENTRIES = 48;

/** Removes the least recently written entries past MAX_ENTRIES. */
function prune(dir: string): void {
  try {
    const entries = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(".v8cache"))
      .map((name) => ({ file: path.join(dir, name), time: fs.lstatSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of entries.slice(MAX_ENTRIES)) fs.rmSync(old.file, { force: true });
  } catch {
    // A cache not pruned this time is still correct.
  }
}

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

export = { launch, cacheFolder, bundleFor, runVariant };
