import { fstatSync, statSync, writeSync } from "node:fs";
import { UsageError } from "./errors.js";

/**
 * The one place that writes. Data goes to stdout, messages and prompts to stderr. A reader
 * that goes away (`| head -1`) ends the run quietly with status 0 — unless a signal stopped the
 * run, which then ends with 130 or 143 whatever the pipe did. Any other failure to write the
 * output (a full disk, a closed or read-only stdout) ends the run with one line on stderr and
 * status 1.
 */
export interface Io {
  /** Writes data; false when some of it is still queued (wait for `drained()`, and do not reuse a buffer given). */
  out(data: string | Uint8Array): boolean;
  err(text: string): void;
  drained(): Promise<void>;
  /** Whether everything written has gone out (nothing queued, no broken pipe being handled). */
  written?(): boolean;
  /** A command that stops on SIGINT/SIGTERM says so here, so the exit status tells of the signal even if the output pipe breaks on the way out. */
  interrupted?(signal: NodeJS.Signals): void;
  /** Standard input, for `--input -`. */
  readonly stdin: NodeJS.ReadableStream;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** The terminal's width in columns when stdout is one; undefined for a pipe or a file. */
  readonly columns: number | undefined;
  readonly env: NodeJS.ProcessEnv;
}

/** How long a broken pipe waits for the signal that may have broken it (Ctrl+C reaches every process of a pipeline at once). */
const SIGNAL_GRACE_MS = 250;

const signalStatus = (signal: NodeJS.Signals) => (signal === "SIGTERM" ? 143 : 130);

/** Why a write failed, in words. */
function writeFailure(error: NodeJS.ErrnoException): string {
  if (error.code === "ENOSPC") return "no space left on the device";
  if (error.code === "EBADF") return "standard output is closed or not open for writing";
  if (error.code === "EDQUOT") return "disk quota exceeded";
  if (error.code === "EIO") return "input/output error";
  return error.code ?? error.message;
}

type Stream = "stdout" | "stderr";

/** An Io whose standard input `--data -` has read: a second reader (`--input -`, `offers -`) gets a usage error, not an empty input. */
export function stdinTaken(io: Io): Io {
  return Object.create(io, {
    stdin: {
      get() {
        throw new UsageError("standard input is already read: --data - took the dataset from it", "Give the dataset or the input as a file: --data my-bands.json, or --input profiles.jsonl.");
      },
    },
  }) as Io;
}

export function processIo(): Io {
  let signalled: NodeJS.Signals | undefined;
  const broken = { stdout: false, stderr: false };
  const onError = (stream: Stream) => (error: NodeJS.ErrnoException) => {
    if (broken[stream]) return;
    broken[stream] = true;
    if (error.code === "EPIPE") {
      // Not process.exit(0) at once: a Ctrl+C that closed the reader is on its way to us too.
      setTimeout(() => {
        if (!signalled) process.exit(0);
        // Stopped by the signal: the command ends by itself (a batch writes its summary); this is only a backstop.
        const status = signalStatus(signalled);
        setTimeout(() => process.exit(status), 2000).unref();
      }, SIGNAL_GRACE_MS);
      return;
    }
    if (stream === "stdout" && !broken.stderr) {
      try {
        process.stderr.write(`coding-salary: cannot write the output: ${writeFailure(error)}\n`);
      } catch {
        // Nowhere left to say it.
      }
    }
    process.exit(signalled ? signalStatus(signalled) : 1);
  };
  // Each of Node's stdout and stderr streams is made on first use: making one loads Node's
  // stream modules, a good part of a short run. Output to a file or a device (a terminal,
  // /dev/null) is written to it directly, without a stream, until a write would block; so are
  // the first PIPE_DIRECT bytes into a pipe or a socket (`| jq`), fewer than an empty pipe
  // holds, so those writes never wait for the reader. Longer output (a batch) goes on through
  // the stream, where waiting for a slow reader leaves signals their say.
  const streams: Partial<Record<Stream, NodeJS.WriteStream>> = {};
  const stream = (name: Stream) => (streams[name] ??= process[name].on("error", onError(name)));
  const stdout = () => stream("stdout");
  let direct: boolean | undefined;
  let budget = 0;
  // Who waits for the queue to empty. Not the 'drain' event: it comes only after a write that
  // filled the buffer past its high-water mark (64 KiB from Node 22), not after every queued one.
  const waiting: (() => void)[] = [];
  const afterWrite = (error?: Error | null) => {
    if (error || streams.stdout?.writableLength === 0) for (const resolve of waiting.splice(0)) resolve();
  };
  return {
    out: (data) => {
      if (broken.stdout) return true;
      if (direct === undefined) {
        const kind = streams.stdout === undefined ? outputKind(1) : "other";
        direct = kind !== "other";
        budget = kind === "pipe" ? PIPE_DIRECT : Infinity;
      }
      if (direct) {
        const bytes = typeof data === "string" ? Buffer.from(data) : data;
        budget -= bytes.length;
        if (budget < 0) {
          direct = false; // more than a pipe surely holds: the stream from here on
          data = bytes;
        } else
          try {
            const rest = writeDirect(bytes);
            if (rest === undefined) return true;
            direct = false; // would block: the stream queues the rest
            data = rest;
          } catch (error) {
            onError("stdout")(error as NodeJS.ErrnoException);
            return true;
          }
      }
      stdout().write(data, afterWrite);
      return stdout().writableLength === 0;
    },
    err: (text) => void (broken.stderr || stream("stderr").write(text)),
    drained: () =>
      new Promise((resolve) => {
        if (broken.stdout || streams.stdout === undefined || streams.stdout.writableLength === 0) return resolve();
        waiting.push(resolve);
      }),
    interrupted: (signal) => {
      signalled ??= signal;
    },
    // A stream's failed write is marked at once (`errored`) but reported on a later tick: not written.
    written: () => !broken.stdout && !broken.stderr && Object.values(streams).every((s) => s.writableLength === 0 && !s.errored),
    // Reading process.stdin creates its stream: only when a command asks for it.
    get stdin() {
      return process.stdin;
    },
    get stdoutIsTTY() {
      return !surelyNotTerminal(1) && stdout().isTTY === true;
    },
    get stderrIsTTY() {
      return !surelyNotTerminal(2) && stream("stderr").isTTY === true;
    },
    // Asked only by the wizard: reading process.stdin creates its stream.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    get columns() {
      return this.stdoutIsTTY ? process.stdout.columns : undefined;
    },
    env: process.env,
  };
}

function fstat(fd: number) {
  try {
    return fstatSync(fd);
  } catch {
    return undefined;
  }
}

/** Bytes written straight into a pipe before the stream takes over: an empty pipe holds at least this much (64 KiB on Linux, 16 KiB on macOS). */
const PIPE_DIRECT = 16 * 1024;

/** What fd 1 is, for writing to it directly: a file or a device, a pipe or a socket, or something else. */
function outputKind(fd: number): "file-or-device" | "pipe" | "other" {
  const stat = fstat(fd);
  if (stat?.isFile() || stat?.isCharacterDevice()) return "file-or-device";
  return stat?.isFIFO() || stat?.isSocket() ? "pipe" : "other";
}

/** Told without making a stream (which loads Node's tty and net modules): a file, a pipe, /dev/null. */
function surelyNotTerminal(fd: number): boolean {
  const stat = fstat(fd);
  if (!stat) return false;
  if (!stat.isCharacterDevice()) return true;
  try {
    return stat.rdev === statSync("/dev/null").rdev;
  } catch {
    return false;
  }
}

/** Writes all of `data` to fd 1; what is left if the write would block. */
function writeDirect(bytes: Uint8Array): Uint8Array | undefined {
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(1, bytes));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") return bytes;
      throw error;
    }
  }
  return undefined;
}
