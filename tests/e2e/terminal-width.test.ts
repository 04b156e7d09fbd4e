import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/cli/render/wrap.js";
import { BIN } from "../helpers/cli.js";
import { hasTmux } from "../helpers/terminal.js";

/**
 * Reports in real terminals of 60, 80 and 120 columns (tmux panes), COLUMNS unset: the width
 * comes from the terminal itself. A line the terminal had to wrap shows up joined (capture-pane
 * -J), so no line may be wider than the pane.
 */
const COMMANDS = [
  ["estimate", "-e", "4", "--cert", "CPC", "--specialty", "cardiology", "--state", "TX", "--setting", "hospital"],
  ["compare", "--by", "state", "-e", "4", "--sort", "real"],
  ["career", "--years", "15", "-e", "0"],
];

const dir = mkdtempSync(join(tmpdir(), "coding-salary-width-"));
const sessions: string[] = [];
afterAll(() => {
  for (const s of sessions) spawnSync("tmux", ["kill-session", "-t", s]);
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the commands one after another in a pane `columns` wide; returns the whole scrollback, wrapped lines joined. */
async function inTerminal(columns: number): Promise<string> {
  const name = `coding-salary-width-${process.pid}-${columns}`;
  const done = join(dir, `done-${columns}`);
  const quoted = (args: string[]) => args.map((a) => `'${a}'`).join(" ");
  const script = [
    "unset COLUMNS LINES",
    ...COMMANDS.map((args) => `node '${BIN}' ${quoted(args)}`),
    `touch '${done}'`,
    "sleep 60",
  ].join("; ");
  sessions.push(name);
  execFileSync("tmux", ["new-session", "-d", "-s", name, "-x", String(columns), "-y", "50", "-e", "TERM=xterm-256color", "-e", "LANG=C.UTF-8", script]);
  const deadline = Date.now() + 30_000;
  while (!existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`the commands did not finish in a ${columns}-column terminal`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return execFileSync("tmux", ["capture-pane", "-p", "-J", "-S", "-", "-t", name], { encoding: "utf8" });
}

describe.skipIf(!hasTmux)("in a real terminal", () => {
  it.concurrent.each([60, 80, 120])("no line is wider than a %i-column terminal, and every report is there", async (columns) => {
    const screen = await inTerminal(columns);
    for (const line of screen.split("\n")) expect(displayWidth(line.trimEnd()), line).toBeLessThanOrEqual(columns);
    expect(screen).toContain("Why this number");
    // compare's bars, unless the table is too narrow for them (they repeat a figure of the row).
    expect(/Bar:/.test(screen)).toBe(columns >= 80);
    expect(screen).toContain("years from now");
    // Boxes only where there is room for them.
    expect(screen.includes("┌")).toBe(columns >= 100);
  });
});
