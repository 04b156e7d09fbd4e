import { spawn, spawnSync } from "node:child_process";
import { closeSync, createWriteStream, existsSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, STACK } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

/**
 * What only a real process shows: memory for a huge row, output that cannot be written,
 * signals through a pipeline and in the wizard's terminal. Eight process launches in all.
 */
const dir = tempDir("faults-process");
const hasTime = existsSync("/usr/bin/time");
const hasScript = spawnSync("sh", ["-c", "command -v script"]).status === 0;
const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };

function finished(child: ReturnType<typeof spawn>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  let stderr = "";
  let stdout = "";
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr, stdout })));
}

/** A CSV file whose third line is one row of 24 MB, written in pieces. */
async function hugeRow(name: string, piece: string, around: [string, string]): Promise<string> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  out.write(`state\nCA\n${around[0]}`);
  const chunk = piece.repeat((1 << 20) / piece.length);
  for (let i = 0; i < 24; i++) if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  out.end(`${around[1]}\nTX\n`);
  await new Promise<void>((resolve) => out.once("finish", () => resolve()));
  return path;
}

describe.skipIf(!hasTime)("a 24 MB CSV row", { concurrent: true }, () => {
  it.each([
    ["commas", ",", ["", ""]],
    ["doubled quotes", '""', ['"', '"']],
  ] as const)("of %s: one error record, the next row estimated, peak memory under 200 MB (kept whole, it would take over 500)", async (name, piece, around) => {
    const path = await hugeRow(`${name}.csv`, piece, [...around]);
    const r = await finished(spawn("/usr/bin/time", ["-f", "%M", process.execPath, BIN, "estimate", "--input", path, "--json"], { stdio: ["ignore", "pipe", "pipe"], env }));
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(r.code).toBe(3);
    expect(lines.map((l) => l.error?.code ?? l.input.state)).toEqual(["CA", "invalid-csv", "TX"]);
    const peakKiB = Number(r.stderr.trim().split("\n").pop());
    expect(peakKiB / 1024).toBeLessThan(200);
  });
});

describe("output that cannot be written", { concurrent: true }, () => {
  it.each([
    ["a full disk (/dev/full)", () => openSync("/dev/full", "w"), "no space left on the device"],
    ["stdout open only for reading (EBADF)", () => openSync(join(dir, "readonly"), "r"), "standard output is closed or not open for writing"],
  ])("%s: one line on stderr, exit 1, no stack", async (_, stdout, message) => {
    writeFileSync(join(dir, "readonly"), "");
    const fd = stdout();
    try {
      const r = await finished(spawn(process.execPath, [BIN, "estimate", "-e", "4"], { stdio: ["ignore", fd, "pipe"], env }));
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`coding-salary: cannot write the output: ${message}\n`);
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      closeSync(fd);
    }
  });
});

describe("signals", () => {
  it("Ctrl+C on `estimate --input big | consumer` (SIGINT to the whole pipeline) exits 130 with a summary, whatever the pipe does", async () => {
    const input = join(dir, "big.jsonl");
    const states = ["CA", "TX", "OH"];
    writeFileSync(input, Array.from({ length: 200_000 }, (_, i) => JSON.stringify({ experienceYears: (i % 40_000) / 1000, state: states[i % 3] })).join("\n"));
    const rc = join(dir, "rc");
    const err = join(dir, "err");
    const out = join(dir, "out");
    // The shell survives the signal (trap) to report the CLI's own status, as in a terminal.
    const shell = spawn("bash", ["-c", `trap : INT; "${process.execPath}" "${BIN}" estimate --input "${input}" 2>"${err}" | cat >"${out}"; echo "\${PIPESTATUS[0]}" >"${rc}"`], { detached: true, stdio: "ignore", env });
    const exited = new Promise((resolve) => shell.on("close", resolve));
    await until(() => existsSync(out) && statSync(out).size > 0); // output is flowing: the signal lands mid-batch
    expect(existsSync(rc)).toBe(false);
    process.kill(-shell.pid!, "SIGINT");
    await exited;
    expect(readFileSync(rc, "utf8").trim()).toBe("130");
    expect(readFileSync(err, "utf8")).toMatch(/^coding-salary: \d+ records: \d+ ok, 0 failed \(stopped by SIGINT\)\n$/);
  });
});

/** Waits until `ready()` holds (checked every 25 ms; at most 10 s). */
async function until(ready: () => boolean): Promise<void> {
  for (const start = Date.now(); !ready(); ) {
    if (Date.now() - start > 10_000) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The wizard in a pseudo-terminal (script): keys written to its input, everything it drew captured raw. */
interface Terminal {
  send(keys: string): void;
  /** Waits until the capture holds `text` `times` times. */
  shows(text: string, times?: number): Promise<void>;
  child: ReturnType<typeof spawn>;
}
async function inTerminal(command: string, steps: (t: Terminal) => Promise<void>): Promise<string> {
  const capture = join(dir, `tty-${Math.random().toString(36).slice(2)}`);
  const child = spawn("script", ["-qfec", command, capture], { stdio: ["pipe", "ignore", "ignore"], env: { ...env, TERM: "xterm-256color" } });
  const done = new Promise((resolve) => child.on("close", resolve));
  const captured = () => (existsSync(capture) ? readFileSync(capture, "latin1") : "");
  await steps({
    send: (keys) => child.stdin!.write(keys),
    shows: (text, times = 1) => until(() => captured().split(text).length > times),
    child,
  });
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  child.stdin!.destroy();
  child.kill("SIGKILL");
  return captured();
}
/** A process's descendants, from /proc. */
function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "latin1");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone already
    }
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const [child, parent] of parents) if (parent === pid) found.push(child), visit(child);
  };
  visit(root);
  return found;
}
const status = (capture: string) => capture.match(/EXIT=(\d+)/)?.[1];

describe.skipIf(!hasScript)("the wizard in a terminal", { concurrent: true }, () => {
  it("under TERM=dumb draws no cursor movement, hiding or erasing, and Enter through it gives the estimate", async () => {
    const capture = await inTerminal(`TERM=dumb '${process.execPath}' '${BIN}' wizard --no-color; echo EXIT=$?`, async (t) => {
      // Seven questions, then "What next?": each ends its line with "> ".
      for (let i = 1; i <= 8; i++) {
        await t.shows("> ", i);
        t.send("\r");
      }
    });
    expect(status(capture)).toBe("0");
    expect(capture.match(/\u001b\[[0-9;?]*[ABCDEFGHJKSTfhl]/g) ?? []).toEqual([]);
    expect(capture).toContain("Estimated pay");
  });

  it.each([
    ["SIGTERM", "143"],
    ["SIGINT", "130"],
  ] as const)("kill -%s during a question shows the cursor again and exits %s", async (signal, code) => {
    const capture = await inTerminal(`'${process.execPath}' '${BIN}' wizard; echo EXIT=$?`, async (t) => {
      await t.shows("Years of experience");
      t.send("\r"); // past the first question, to the list of credentials (the cursor hidden)
      await t.shows("Credentials held");
      // The node process itself, not the shell that started it (its name is no help: Node 24 calls its main thread "MainThread").
      const wizard = descendants(t.child.pid!).find((pid) => {
        const argv = readFileSync(`/proc/${pid}/cmdline`, "latin1").split("\0");
        return argv[0] === process.execPath && argv.includes("wizard");
      });
      expect(wizard).toBeDefined();
      process.kill(wizard!, signal);
    });
    const cursor = capture.match(/\u001b\[\?25[lh]/g) ?? [];
    expect(cursor).toContain("\u001b[?25l"); // a question hid it
    expect(cursor.at(-1)).toBe("\u001b[?25h");
    expect(status(capture)).toBe(code);
  });
});
