import { fstatSync, writeSync } from "node:fs";

/**
 * The one place that writes. Data goes to stdout, messages and prompts to stderr. A reader
 * that goes away (`| head -1`) ends the run quietly with status 0.
 */
export interface Io {
  /** Writes data; false when some of it is still queued (wait for `drained()`, and do not reuse a buffer given). */
  out(data: string | Uint8Array): boolean;
  err(text: string): void;
  drained(): Promise<void>;
  /** Standard input, for `--input -`. */
  readonly stdin: NodeJS.ReadableStream;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** The terminal's width in columns when stdout is one; undefined for a pipe or a file. */
  readonly columns: number | undefined;
  readonly env: NodeJS.ProcessEnv;
}

export function processIo(): Io {
  const quietOnClosedPipe = (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  };
  // Each of Node's stdout and stderr streams is made on first use: making one loads Node's
  // stream modules, a good part of a short run. A command that only prints to a file or a
  // terminal-like device writes to it directly, without a stream.
  let stdout: NodeJS.WriteStream | undefined;
  let stderr: NodeJS.WriteStream | undefined;
  const out = () => stdout ?? (stdout = process.stdout.on("error", quietOnClosedPipe));
  const err = () => stderr ?? (stderr = process.stderr.on("error", quietOnClosedPipe));
  let direct: boolean | undefined;
  return {
    out: (data) => {
      direct ??= stdout === undefined && directOutput();
      if (direct) {
        const rest = writeDirect(data);
        if (rest === undefined) return true;
        direct = false; // would block: the stream queues the rest
        data = rest;
      }
      out().write(data);
      return out().writableLength === 0;
    },
    err: (text) => void err().write(text),
    drained: () => new Promise((resolve) => out().once("drain", resolve)),
    // Reading process.stdin creates its stream: only when a command asks for it.
    get stdin() {
      return process.stdin;
    },
    get stdoutIsTTY() {
      return out().isTTY === true;
    },
    get stderrIsTTY() {
      return err().isTTY === true;
    },
    // Asked only by the wizard: reading process.stdin creates its stream.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    get columns() {
      return process.stdout.isTTY ? process.stdout.columns : undefined;
    },
    env: process.env,
  };
}

/** Whether standard output is a file or a device (a terminal, /dev/null), not a pipe or socket. */
function directOutput(): boolean {
  try {
    const stat = fstatSync(1);
    return stat.isFile() || stat.isCharacterDevice();
  } catch {
    return false;
  }
}

/** Writes all of `data` to fd 1; what is left if the write would block. */
function writeDirect(data: string | Uint8Array): Uint8Array | undefined {
  let bytes = typeof data === "string" ? Buffer.from(data) : data;
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
