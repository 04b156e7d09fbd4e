import { Readable } from "node:stream";
import type { Io } from "../../src/cli/io.js";

/** An Io that keeps what is written, for running the CLI in-process: no terminal, no colour variables. */
export function memoryIo(options: { env?: NodeJS.ProcessEnv; stdin?: string } = {}): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (data) => {
      out += typeof data === "string" ? data : Buffer.from(data).toString("utf8");
      return true;
    },
    err: (text) => void (err += text),
    drained: () => Promise.resolve(),
    stdin: Readable.from([Buffer.from(options.stdin ?? "")]),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env: options.env ?? {},
    stdout: () => out,
    stderr: () => err,
  };
}
