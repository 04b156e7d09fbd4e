import type { Io } from "../../src/cli/io.js";

/** An Io that keeps what is written, for running the CLI in-process: no terminal, no colour variables. */
export function memoryIo(env: NodeJS.ProcessEnv = {}): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    env,
    columns: 100,
    stdout: () => out,
    stderr: () => err,
  };
}
