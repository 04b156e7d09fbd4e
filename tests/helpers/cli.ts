import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/coding-salary.cjs", import.meta.url));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user's shell would: no terminal, colour variables cleared unless given. */
export function run(args: string[], options: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, DEBUG: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: env as NodeJS.ProcessEnv, cwd: options.cwd ?? ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    // A command that exits without reading its input closes the pipe; that is not a test failure.
    child.stdin.on("error", () => {});
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** Runs the CLI, expects exit 0, and parses stdout as one JSON document. */
export async function runJson<T = any>(args: string[], options?: Parameters<typeof run>[1]): Promise<T> {
  const result = await run(args, options);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

export const ANSI = /\x1b\[[0-9;]*m/;
/** A stack trace or Node's own crash output. */
export const STACK = /^\s+at .+:\d+:\d+\)?$|node:internal/m;
