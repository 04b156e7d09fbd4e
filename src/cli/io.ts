/**
 * The one place that writes. Data goes to stdout, messages and prompts to stderr. A reader
 * that goes away (`| head -1`) ends the run quietly with status 0.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly columns: number;
}

export function processIo(): Io {
  const quietOnClosedPipe = (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  };
  process.stdout.on("error", quietOnClosedPipe);
  process.stderr.on("error", quietOnClosedPipe);
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    columns: process.stdout.columns ?? 100,
  };
}
