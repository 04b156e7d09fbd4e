import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { dollars, multiplier, signedDollars } from "../../src/cli/render/format.js";
import { screenWidth, unicodeOk } from "../../src/cli/render/screen.js";
import { displayWidth } from "../../src/cli/render/wrap.js";
import { cliJson } from "../helpers/cli.js";
import { memoryIo } from "../helpers/memory-io.js";

/** A report, in-process, in a terminal `columns` wide (or with COLUMNS set), without colour: what it prints. */
async function shown(args: string[], options: { columns?: number; env?: NodeJS.ProcessEnv; tty?: boolean } = {}) {
  const io = memoryIo({ env: { NO_COLOR: "1", ...options.env }, tty: { stdout: options.tty ?? true }, ...(options.columns ? { columns: options.columns } : {}) });
  const code = await run(args, io);
  expect(code, io.stderr()).toBe(0);
  return io.stdout();
}

const widest = (text: string) => Math.max(...text.replace(/\x1b\[[0-9;]*m/g, "").split("\n").map(displayWidth));

const COMMANDS = [
  ["estimate", "-e", "4", "--cert", "CPC", "--specialty", "cardiology", "--state", "TX", "--setting", "hospital"],
  ["estimate", "-e", "8", "--cert", "CPC,CCS", "--specialty", "risk-adjustment", "--state", "DC", "--setting", "physician-office", "--remote", "--role", "senior-coder", "--pay", "61k"],
  ["offer", "52k", "-e", "4", "--cert", "CPC", "--state", "OH", "--pay", "47,500"],
  ["compare", "--by", "state", "-e", "4"],
  ["compare", "--by", "cert", "-e", "2", "--sort", "real", "--state", "NY"],
  ["career", "--years", "15", "-e", "0"],
  ["careers"],
  ["roi", "--cost", "3000", "--months", "6", "--earn", "CPC", "-e", "1", "--compare-paths"],
  ["accuracy"],
  ["sources"],
  ["wizard", "-e", "4", "--cert", "CPC", "--specialty", "cardiology", "--state", "TX", "--setting", "hospital", "--on-site", "--role", "coder"],
];

describe("every report fits the width it is shown in", () => {
  for (const args of COMMANDS)
    it.each([60, 80, 120])(`${args.slice(0, 3).join(" ")} … in %i columns`, async (columns) => {
      const byTerminal = await shown(args, { columns });
      expect(widest(byTerminal)).toBeLessThanOrEqual(columns);
      // COLUMNS says the same as the terminal's width.
      const byVariable = await shown(args, { columns: 200, env: { COLUMNS: String(columns) } });
      expect(byVariable).toBe(byTerminal);
    });

  it("wraps the help's descriptions to COLUMNS too, down to 60 columns (example command lines stay whole, to be copied)", async () => {
    for (const columns of [60, 80]) {
      const help = await shown(["--help"], { env: { COLUMNS: String(columns) }, tty: false });
      const long = help.split("\n").filter((line) => displayWidth(line) > columns);
      expect(long.every((line) => line.startsWith("  $ coding-salary")), long.join("\n")).toBe(true);
      expect(help).toContain("  --no-color");
    }
    // A command's help lists the values its flags take, wrapped to the width too.
    const estimateHelp = await shown(["estimate", "--help"], { env: { COLUMNS: "60" }, tty: false });
    const states = estimateHelp.slice(estimateHelp.indexOf("\n  --state\n") + 1).split("\n").slice(1, 6).filter((l) => l.startsWith("    "));
    expect(states.join(" ")).toContain("WY");
    expect(Math.max(...states.map(displayWidth))).toBeLessThanOrEqual(60);
  });

  it("never splits a figure: each percentile of the estimate is whole on a line at 60, 80 and 120 columns", async () => {
    const args = COMMANDS[0]!;
    const doc = await cliJson([...args, "--json"]);
    const figures = [doc.percentiles.p10, doc.percentiles.p25, doc.annual.median, doc.percentiles.p75, doc.percentiles.p90, ...doc.factors.map((f: { effect: number }) => Math.abs(f.effect))]
      .filter((n: number) => n > 0)
      .map(dollars);
    for (const columns of [60, 80, 120]) {
      const text = await shown(args, { columns });
      for (const figure of figures) expect(text, `${figure} at ${columns}`).toContain(figure);
    }
  });

  /** The state's row of "why this number", as --json gives it. */
  const stateFactor = async () => {
    const doc = await cliJson([...COMMANDS[0]!, "--json"]);
    const f = doc.factors.find((x: { id: string }) => x.id.startsWith("state:"));
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\$]/g, "\\$&");
    return { multiplier: escape(multiplier(f.multiplier)), effect: escape(signedDollars(f.effect)), source: f.source as string };
  };

  it("the README's first example at 80 columns: no line wider, the factors' sources as numbered notes under the table", async () => {
    const text = await shown(COMMANDS[0]!, { columns: 80 });
    const f = await stateFactor();
    expect(text).not.toContain("┌");
    expect(text).toMatch(/^Source: \[1\] bls-ooh-2024 · \[2\] aapc-2010-survey/m);
    expect(text).toMatch(new RegExp(`^State: Texas \\(BLS state median, May 2024\\) \\[4\\] +${f.multiplier} +${f.effect}$`, "m"));
    expect(text).toContain(`[4] ${f.source}`);
  });

  it("keeps boxed tables from 100 columns when they fit, with the sources in their column", async () => {
    const text = await shown(COMMANDS[0]!, { columns: 160 });
    const f = await stateFactor();
    expect(text).toContain("┌");
    expect(text).toMatch(new RegExp(`│ State: Texas \\(BLS state median, May 2024\\) +│ +${f.multiplier} │ +${f.effect} │ ${f.source} │`));
  });

  it("shows a table row by row when even its figures are wider than the screen", async () => {
    const text = await shown(["roi", "--cost", "3000", "--months", "6", "--earn", "CPC", "-e", "1", "--compare-paths"], { columns: 40 });
    expect(widest(text)).toBeLessThanOrEqual(40);
    expect(text).toMatch(/^ {2}Pays back after: [\d.]+ months$/m);
  });
});

describe("the width is decided in one place", () => {
  it.each<[{ env: NodeJS.ProcessEnv; columns: number | undefined }, number, string]>([
    [{ env: {}, columns: undefined }, 80, "a pipe or a file: 80"],
    [{ env: {}, columns: 132 }, 132, "a terminal: its width"],
    [{ env: { COLUMNS: "100" }, columns: 132 }, 100, "COLUMNS wins over the terminal"],
    [{ env: { COLUMNS: "100" }, columns: undefined }, 100, "COLUMNS on a pipe"],
    [{ env: { COLUMNS: "wide" }, columns: 90 }, 90, "a COLUMNS that is no number is ignored"],
    [{ env: { COLUMNS: "" }, columns: undefined }, 80, "an empty COLUMNS is ignored"],
    [{ env: { COLUMNS: "12" }, columns: undefined }, 40, "narrower than 40 is laid out at 40"],
  ])("%j → %i (%s)", (io, width) => {
    expect(screenWidth(io)).toBe(width);
  });

  it("Unicode unless TERM=dumb or a locale that names another character set", () => {
    expect(unicodeOk({})).toBe(true);
    expect(unicodeOk({ LANG: "en_US.UTF-8" })).toBe(true);
    expect(unicodeOk({ LC_ALL: "de_DE.utf8", LANG: "C" })).toBe(true);
    expect(unicodeOk({ TERM: "dumb", LANG: "en_US.UTF-8" })).toBe(false);
    expect(unicodeOk({ LANG: "C" })).toBe(false);
    expect(unicodeOk({ LC_ALL: "POSIX", LANG: "en_US.UTF-8" })).toBe(false);
    expect(unicodeOk({ LC_CTYPE: "en_US.ISO-8859-1" })).toBe(false);
  });
});
