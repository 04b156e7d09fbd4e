import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { run as runInProcess } from "../../src/cli/main.js";
import { memoryIo } from "./memory-io.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/coding-salary.cjs", import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  stdin?: string | Buffer;
  /** Which streams are terminals (default: none, as in a pipe). */
  tty?: { stdin?: boolean; stdout?: boolean; stderr?: boolean };
}

/**
 * The CLI in-process, as a user's shell would run it: the same `run` the executable calls,
 * with an in-memory Io (no terminal, no colour variables unless given). Milliseconds a run.
 */
export async function cli(args: string[], options: CliOptions = {}): Promise<Run> {
  const io = memoryIo(options);
  const code = await runInProcess(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

/** Runs the CLI in-process, expects exit 0, and parses stdout as one JSON document. */
export async function cliJson<T = any>(args: string[], options?: CliOptions): Promise<T> {
  const result = await cli(args, options);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

export interface ProcessRun extends Run {
  signal: NodeJS.Signals | null;
}

/**
 * The built CLI as a real process, for what only a process shows (signals, pipes, the
 * launcher, a packed install): no terminal, colour variables cleared unless given.
 */
export function spawnCli(args: string[], options: { env?: Record<string, string | undefined>; input?: string; cwd?: string; bin?: string } = {}): Promise<ProcessRun> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, DEBUG: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.bin ?? BIN, ...args], { env: env as NodeJS.ProcessEnv, cwd: options.cwd ?? ROOT });
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

export const ANSI = /\x1b\[[0-9;]*m/;
/** A stack trace or Node's own crash output. */
export const STACK = /^\s+at .+:\d+:\d+\)?$|node:internal/m;
