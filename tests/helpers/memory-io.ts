import { Readable } from "node:stream";
import type { Io } from "../../src/cli/io.js";

/** An Io that keeps what is written, for running the CLI in-process: no terminal, no colour variables unless given, 80 columns wide. */
export function memoryIo(
  options: { env?: NodeJS.ProcessEnv; stdin?: string | Buffer; tty?: { stdin?: boolean; stdout?: boolean; stderr?: boolean }; columns?: number } = {},
): Io & { stdout: () => string; stderr: () => string } {
  const out: Buffer[] = [];
  let err = "";
  return {
    out: (data) => {
      out.push(typeof data === "string" ? Buffer.from(data) : Buffer.from(data));
      return true;
    },
    err: (text) => void (err += text),
    drained: () => Promise.resolve(),
    stdin: Readable.from([typeof options.stdin === "string" || options.stdin === undefined ? Buffer.from(options.stdin ?? "") : options.stdin]),
    stdoutIsTTY: options.tty?.stdout ?? false,
    stderrIsTTY: options.tty?.stderr ?? false,
    stdinIsTTY: options.tty?.stdin ?? false,
    columns: options.columns ?? 80,
    env: options.env ?? {},
    stdout: () => Buffer.concat(out).toString("utf8"),
    stderr: () => err,
  };
}
