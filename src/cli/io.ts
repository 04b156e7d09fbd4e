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
  /** A command that stops on SIGINT/SIGTERM says so here, so the exit status tells of the signal even if the output pipe breaks on the way out. */
  interrupted?(signal: NodeJS.Signals): void;
  /** Standard input, for `--input -`. */
  readonly stdin: NodeJS.ReadableStream;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
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

export function processIo(): Io {
  let signalled: NodeJS.Signals | undefined;
  const broken = { stdout: false, stderr: false };
  const onError = (stream: "stdout" | "stderr") => (error: NodeJS.ErrnoException) => {
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
  process.stdout.on("error", onError("stdout"));
  process.stderr.on("error", onError("stderr"));
  return {
    out: (data) => {
      if (broken.stdout) return true;
      process.stdout.write(data);
      return process.stdout.writableLength === 0;
    },
    err: (text) => void (broken.stderr || process.stderr.write(text)),
    drained: () =>
      new Promise((resolve) => {
        if (broken.stdout || process.stdout.writableLength === 0) return resolve();
        // Whichever comes first; the other listener goes with it, so none pile up over a long batch.
        const done = () => {
          process.stdout.off("drain", done).off("error", done);
          resolve();
        };
        process.stdout.once("drain", done).once("error", done);
      }),
    interrupted: (signal) => {
      signalled ??= signal;
    },
    // Reading process.stdin creates its stream: only when a command asks for it.
    get stdin() {
      return process.stdin;
    },
    // process.stdout exists once anything is written; asking it adds nothing.
    get stdoutIsTTY() {
      return process.stdout.isTTY === true;
    },
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    // Asked only by the wizard: reading process.stdin creates its stream.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    env: process.env,
  };
}
