import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN } from "./cli.js";

export const hasTmux = spawnSync("sh", ["-c", "command -v tmux"]).status === 0;

let sessions = 0;

/**
 * The built CLI in a real pseudo-terminal (a tmux session): type keys, wait for the screen to
 * show something, read the exit status and what went to stdout.
 */
export class Terminal {
  readonly name = `coding-salary-test-${process.pid}-${++sessions}`;
  private readonly dir = mkdtempSync(join(tmpdir(), "coding-salary-tty-"));
  readonly stdoutFile = join(this.dir, "stdout");

  /** Starts `coding-salary ARGS`; with `captureStdout` stdout goes to a file, the prompts stay on the terminal. */
  constructor(args: string[], options: { captureStdout?: boolean } = {}) {
    const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    const redirect = options.captureStdout ? ` > '${this.stdoutFile}'` : "";
    const script = `node '${BIN}' ${quoted}${redirect}; echo $? > '${join(this.dir, "status")}'; sleep 60`;
    execFileSync("tmux", ["new-session", "-d", "-s", this.name, "-x", "160", "-y", "60", script]);
  }

  screen(): string {
    return execFileSync("tmux", ["capture-pane", "-p", "-S", "-200", "-t", this.name], { encoding: "utf8" });
  }

  keys(...keys: string[]): void {
    execFileSync("tmux", ["send-keys", "-t", this.name, ...keys]);
  }

  /** Types text literally (no key names). */
  type(text: string): void {
    execFileSync("tmux", ["send-keys", "-t", this.name, "-l", text]);
  }

  async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === "string" ? screen.includes(text) : text.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`the terminal never showed ${String(text)}; it shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async exitStatus(timeoutMs = 15_000): Promise<number> {
    const file = join(this.dir, "status");
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(file) || readFileSync(file, "utf8").trim() === "") {
      if (Date.now() > deadline) throw new Error(`no exit; the terminal shows:\n${this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Number(readFileSync(file, "utf8").trim());
  }

  stdout(): string {
    return existsSync(this.stdoutFile) ? readFileSync(this.stdoutFile, "utf8") : "";
  }

  close(): void {
    spawnSync("tmux", ["kill-session", "-t", this.name]);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
