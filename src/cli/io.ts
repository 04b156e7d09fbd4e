
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
  process.stdout.on("error", quietOnClosedPipe);
  process.stderr.on("error", quietOnClosedPipe);
  return {
    out: (data) => {
      process.stdout.write(data);
      return process.stdout.writableLength === 0;
    },
    err: (text) => void process.stderr.write(text),
    drained: () => new Promise((resolve) => process.stdout.once("drain", resolve)),
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
    get columns() {
      return process.stdout.isTTY ? process.stdout.columns : undefined;
    },
    env: process.env,
  };
}
