import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import type { Block } from "../../src/cli/render/blocks.js";
import { dollars } from "../../src/cli/render/format.js";
import { printTerminal } from "../../src/cli/render/terminal.js";
import { displayWidth } from "../../src/cli/render/wrap.js";
import { ANSI, cliJson } from "../helpers/cli.js";
import { memoryIo } from "../helpers/memory-io.js";

async function shown(args: string[], env: NodeJS.ProcessEnv = { NO_COLOR: "1" }, columns = 80) {
  const io = memoryIo({ env, tty: { stdout: true }, columns });
  const code = await run(args, io);
  expect(code, io.stderr()).toBe(0);
  return io.stdout();
}

/** What charts are drawn with (▲ alone also marks a promotion in career's table). */
const BLOCKS = /[█▏▎▍▌▋▊▉├┤═╪◆●\u2800-\u28ff]/u;
const EIGHTHS = " ▏▎▍▌▋▊▉█";

describe("charts on a terminal", () => {
  it("compare's bars follow the sort basis, under a header that says which", async () => {
    // South Carolina earns less than California in dollars, more in what the dollars buy.
    const base = ["compare", "--by", "state", "--only", "CA,SC", "-e", "4"];
    // A bar's length in eighths of a character.
    const barOf = (text: string, state: string) => [...(new RegExp(`^${state}.*?([█▏▎▍▌▋▊▉]+)$`, "m").exec(text)?.[1] ?? "")].reduce((n, c) => n + EIGHTHS.indexOf(c), 0);
    const real = await shown([...base, "--sort", "real"]);
    expect(real).toMatch(/Bar: real\s/);
    expect(barOf(real, "South Carolina")).toBeGreaterThan(barOf(real, "California"));
    const nominal = await shown([...base, "--sort", "nominal"]);
    expect(nominal).toMatch(/Bar: median/);
    expect(barOf(nominal, "California")).toBeGreaterThan(barOf(nominal, "South Carolina"));
  });

  it("the offer strip marks an offer at the median on the median, and the person's own pay", async () => {
    const profile = ["-e", "4", "--cert", "CPC", "--state", "OH"];
    const median = (await cliJson(["estimate", ...profile, "--json"])).annual.median as number;
    const text = await shown(["offer", String(median), ...profile, "--pay", "40k"]);
    const lines = text.split("\n");
    const strip = lines.findIndex((l) => l.includes("╪"));
    expect(lines[strip + 1]!.indexOf("▲")).toBe(lines[strip]!.indexOf("╪"));
    expect(lines[strip + 1]).toContain(`▲ offer ${dollars(median)}`);
    expect(lines[strip + 2]).toContain("◆");
    expect(lines[strip + 2]!.indexOf("◆")).toBeLessThan(lines[strip]!.indexOf("╪"));
  });

  it("--pay places the person's own pay among peers (as an offer of that amount would be), and refuses what is no amount", async () => {
    const profile = ["-e", "6", "--cert", "CCS", "--state", "WA"];
    const placed = await cliJson(["offer", "23.10/h", ...profile, "--json"]);
    const text = await shown(["estimate", ...profile, "--pay", "23.10/h"]);
    expect(text.replace(/\n/g, " ")).toContain(`Your pay: ${dollars(placed.offer.annual)} — higher than ${Math.round(placed.percentile)}% of people with this profile (percentile ${placed.percentile.toFixed(1)})`);
    const io = memoryIo();
    expect(await run(["estimate", "--pay", "lots"], io)).toBe(2);
    expect(io.stdout()).toBe("");
    expect(io.stderr()).toMatch(/^coding-salary: --pay: not an amount of pay: "lots"/);
  });

  it("career's line is labelled with the first and last medians and marks every year in ASCII", async () => {
    const doc = await cliJson(["career", "--years", "15", "-e", "0", "--json"]);
    const medians = doc.years.map((y: { annual: { median: number } }) => y.annual.median);
    const text = await shown(["career", "--years", "15", "-e", "0"], { NO_COLOR: "1", TERM: "dumb" });
    const chart = text.slice(text.indexOf("Median path"));
    expect(chart).toMatch(new RegExp(`^ +\\${dollars(Math.max(...medians))} \\+`, "m"));
    expect(chart).toMatch(new RegExp(`^ +\\${dollars(Math.min(...medians))} \\+`, "m"));
    expect(chart.split("years from now")[0]!.match(/\*/g)).toHaveLength(medians.length);
  });

  it.each<[NodeJS.ProcessEnv, string]>([
    [{ TERM: "dumb" }, "TERM=dumb"],
    [{ LANG: "C" }, "the C locale"],
    [{ LC_ALL: "en_US.ISO-8859-1" }, "a Latin-1 locale"],
  ])("draws in plain ASCII under %j (%s)", async (env) => {
    for (const args of [
      ["estimate", "-e", "4", "--cert", "CPC", "--state", "TX", "--pay", "50k"],
      ["offer", "52k", "-e", "4"],
      ["compare", "--by", "cert", "-e", "2"],
      ["career", "--years", "8"],
      ["careers"],
      ["estimate", "-e", "4", "--state", "TX"],
    ]) {
      for (const columns of [60, 120]) {
        const text = await shown(args, { NO_COLOR: "1", ...env }, columns);
        expect(text, args.join(" ")).toMatch(/^[\x00-\x7f]*$/);
        expect(Math.max(...text.split("\n").map((l) => l.length))).toBeLessThanOrEqual(columns);
      }
    }
  });

  it("draws in Unicode blocks otherwise, in colour only on a terminal without NO_COLOR", async () => {
    const args = ["compare", "--by", "setting", "-e", "3"];
    const unicode = await shown(args, { LANG: "en_US.UTF-8", NO_COLOR: "1" });
    expect(unicode).toMatch(BLOCKS);
    expect(unicode).not.toMatch(ANSI);
    expect(await shown(args, {})).toMatch(ANSI);
  });

  it.each(["json", "csv", "markdown"])("puts no chart in --format %s", async (format) => {
    for (const args of [
      ["compare", "--by", "state", "--only", "CA,TX", "--sort", "real"],
      ["offer", "52k", "-e", "4", "--pay", "50k"],
      ["career", "--years", "10"],
      ["careers"],
      ["estimate", "-e", "4"],
    ]) {
      const text = await shown([...args, "--format", format]);
      expect(text, args.join(" ")).not.toMatch(BLOCKS);
      expect(text).not.toContain("Bar:");
    }
  });
});

describe("the table layout, over any table", () => {
  const word = fc.stringMatching(/^[A-Za-z][a-z]{0,13}$/);
  const label = fc.array(word, { minLength: 1, maxLength: 9 }).map((w) => w.join(" "));
  const amount = fc.integer({ min: 0, max: 2_000_000 });
  const table = fc.record({
    labels: fc.array(label, { minLength: 1, maxLength: 8 }),
    figures: fc.integer({ min: 0, max: 4 }),
    note: fc.boolean(),
    bar: fc.boolean(),
    seed: fc.array(amount, { minLength: 40, maxLength: 40 }),
    titles: fc.array(label, { minLength: 7, maxLength: 7 }),
  });

  it("fits every line in the width and keeps every figure whole", async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.integer({ min: 40, max: 170 }), fc.boolean(), async (t, width, unicode) => {
        const figure = (r: number, c: number) => dollars(t.seed[(r * 5 + c) % t.seed.length]!);
        const block: Block = {
          kind: "table",
          columns: [
            { title: t.titles[0]! },
            ...Array.from({ length: t.figures }, (_, c) => ({ title: t.titles[c + 1]!, align: "right" as const })),
            ...(t.note ? [{ title: t.titles[5]!, note: true }] : []),
            ...(t.bar ? [{ title: t.titles[6]! }] : []),
          ],
          rows: t.labels.map((l, r) => [
            l,
            ...Array.from({ length: t.figures }, (_, c) => figure(r, c)),
            ...(t.note ? [`source-${r % 3}`] : []),
            ...(t.bar ? [{ text: figure(r, 0), chart: { kind: "bar" as const, value: t.seed[r]!, max: Math.max(...t.seed) } }] : []),
          ]),
        };
        const text = await printTerminal([block], { color: false, width, unicode });
        for (const line of text.split("\n")) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
        t.labels.forEach((_, r) => {
          for (let c = 0; c < t.figures; c++) expect(text).toContain(figure(r, c));
        });
      }),
      { numRuns: 150 },
    );
  });
});
