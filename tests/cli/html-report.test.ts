import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dollars } from "../../src/cli/render/format.js";
import { HTML_STYLE } from "../../src/cli/render/html-style.js";
import { cli, cliJson } from "../helpers/cli.js";
import { copyOfBundled } from "../helpers/datasets.js";

const EPOCH = { SOURCE_DATE_EPOCH: "1767225600" }; // 2026-01-01

async function html(args: string[], env: NodeJS.ProcessEnv = EPOCH): Promise<string> {
  const r = await cli([...args, "--format", "html"], { env });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe("");
  return r.stdout;
}

/** Every command that prints results, with what its page must show. */
const REPORTS: [string[], (doc: any) => string[]][] = [
  [["estimate", "-e", "4", "--cert", "CPC", "--specialty", "cardiology", "--state", "TX", "--setting", "hospital"], (d) => [dollars(d.annual.median), dollars(d.percentiles.p90)]],
  [["offer", "52k", "-e", "4", "--cert", "CPC", "--state", "OH"], (d) => [dollars(d.annual.median), dollars(d.counter.annual), d.percentile.toFixed(1)]],
  [["compare", "--by", "state", "--only", "CA,TX,SC", "--sort", "real", "-e", "4"], (d) => d.rows.map((r: any) => dollars(r.purchasingPower.annual.median))],
  [["career", "--years", "10", "-e", "1"], (d) => d.years.map((y: any) => dollars(y.annual.median))],
  [["careers"], (d) => d.careers.map((c: any) => dollars(c.annual.median))],
  [["roi", "--cost", "3000", "--months", "6", "--earn", "CPC", "-e", "1"], (d) => [dollars(d.after.annual.median)]],
  [["accuracy"], (d) => [String(d.summary.rows)]],
  [["sources"], (d) => [d.dataset.hash, d.sources[0].title]],
];

describe("--format html", () => {
  it.each(REPORTS)("%j: one self-contained page with the figures --json gives", async (args, figures) => {
    const page = await html(args);
    const doc = await cliJson([...args, "--json"]);
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page.trimEnd()).toMatch(/<\/html>$/);
    for (const figure of figures(doc)) expect(page).toContain(figure);
    // Nothing to run, nothing to fetch: no script, no link, no src, no url(), no @import.
    expect(page).not.toMatch(/<script|<link|\ssrc=|\shref=|url\(|@import/i);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    // Real tables: a header row of column headers, or row headers in a two-column table.
    expect(page).toMatch(/<th scope="(col|row)"/);
  });

  it("carries the sources, the dataset's version and hash, the date, and the command that makes the same page again", async () => {
    const args = ["offer", "52k", "-e", "4", "--cert", "CPC", "--state", "OH"];
    const page = await html(args);
    const { dataset } = await cliJson(["sources", "--json"]);
    expect(page).toContain(`version ${dataset.version}, SHA-256 <code>${dataset.hash}</code>`);
    expect(page).toContain(`<time datetime="2026-01-01">2026-01-01</time>`);
    expect(page).toContain("<h3>Sources</h3>");
    expect(page).toContain("<dt class=\"t-plain\">bls-ooh-2024</dt>");
    const command = /<dt>Reproduce<\/dt><dd><code>(.+?)<\/code><\/dd>/.exec(page)![1]!;
    expect(command).toBe("coding-salary offer 52k -e 4 --cert CPC --state OH --format html");
    expect(await html(command.split(" ").slice(1, -2))).toBe(page);
  });

  it("quotes arguments in the command line so a shell reads them back", async () => {
    const page = await html(["estimate", "--state", "new york", "-e", "2"]);
    expect(page).toContain("<code>coding-salary estimate --state &#39;new york&#39; -e 2 --format html</code>");
  });

  it("has the percentile strip on estimate and offer, with the offer and the person's own pay marked and described", async () => {
    const page = await html(["offer", "52k", "-e", "4", "--cert", "CPC", "--state", "OH", "--pay", "47k"]);
    const doc = await cliJson(["offer", "52k", "-e", "4", "--cert", "CPC", "--state", "OH", "--json"]);
    const desc = /<desc id="strip-\d+-d">(.+?)<\/desc>/.exec(page)![1]!;
    expect(desc).toContain(`median ${dollars(doc.percentiles.p50)}`);
    expect(desc).toContain(`10th percentile ${dollars(doc.percentiles.p10)}`);
    expect(desc).toContain("Offer: $52,000. Your pay: $47,000.");
    expect(page).toMatch(/<path class="offer"/);
    expect(page).toMatch(/<path class="pay"/);
    expect(await html(["estimate", "-e", "4"])).toMatch(/<svg viewBox="0 \d+ 640 \d+" role="img" aria-labelledby="strip-1-t strip-1-d"/);
  });

  it("gives every chart a title (and a figure a description) for screen readers", async () => {
    for (const args of [["career", "--years", "6"], ["compare", "--by", "setting"], ["careers"]]) {
      const page = await html(args);
      const svgs = page.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
      expect(svgs.length, args.join(" ")).toBeGreaterThan(0);
      for (const svg of svgs) {
        expect(svg).toMatch(/^<svg [^>]*role="img"/);
        expect(svg).toMatch(/<title[^>]*>[^<]+<\/title>/);
        if (svg.includes("aria-labelledby")) expect(svg).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
      }
    }
  });

  const dir = mkdtempSync(join(tmpdir(), "coding-salary-html-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("escapes every text from a --data file: labels are not markup", async () => {
    const evil = `<img src=x onerror=alert(1)> & "quoted" 'single'`;
    const d = copyOfBundled();
    d.specialties.find((s) => s.id === "cardiology")!.label = evil;
    d.sources[0]!.title = `</title><script>alert(2)</script>`;
    const file = join(dir, "evil.json");
    writeFileSync(file, JSON.stringify(d));
    for (const args of [
      ["estimate", "-e", "4", "--specialty", "cardiology"],
      ["compare", "--by", "specialty", "--only", "cardiology,general"],
      ["offer", "50k", "--specialty", "cardiology"],
    ]) {
      const page = await html(["--data", file, ...args]);
      expect(page).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;");
      expect(page).not.toMatch(/<img|<script|<\/title><script/i);
    }
  });

  it("shows control characters from a --data file instead of passing them on", async () => {
    const d = copyOfBundled();
    d.specialties.find((s) => s.id === "cardiology")!.label = "Cardio\u001b[31mlogy\u202e";
    const file = join(dir, "control.json");
    writeFileSync(file, JSON.stringify(d));
    const page = await html(["--data", file, "estimate", "--specialty", "cardiology"]);
    expect(page).toContain("Cardio\\u001b[31mlogy\\u202e");
    expect(page).not.toMatch(/[\u001b\u202e]/);
  });

  it("is refused for a batch, which writes records", async () => {
    const r = await cli(["estimate", "--input", "-", "--format", "html"], { stdin: "{}\n" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("a batch writes JSON Lines or CSV, not html");
    expect(r.stdout).toBe("");
  });
});

describe("the report's colours", () => {
  const schemes = (() => {
    const vars = (block: string) => Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
    const light = vars(HTML_STYLE.slice(0, HTML_STYLE.indexOf("@media (prefers-color-scheme: dark)")));
    const dark = vars(HTML_STYLE.slice(HTML_STYLE.indexOf("@media (prefers-color-scheme: dark)"), HTML_STYLE.indexOf("* {")));
    const print = vars(HTML_STYLE.slice(HTML_STYLE.indexOf("@media print")));
    return { light, dark, print };
  })();
  // WCAG 2 relative luminance and contrast ratio.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it.each(["light", "dark", "print"] as const)("every text colour of the %s scheme is at least 4.5:1 against the page", (scheme) => {
    const s = schemes[scheme];
    for (const text of ["fg", "muted", "accent", "good", "bad", "warn", "offer", "pay"]) {
      expect(s[text], `--${text}`).toBeDefined();
      expect(contrast(s[text]!, s.bg!), `--${text} ${s[text]} on ${s.bg}`).toBeGreaterThanOrEqual(4.5);
    }
    // Marks and bars stand out from the typical-range band they sit on (3:1 for graphics).
    expect(contrast(s.accent!, s.band!)).toBeGreaterThanOrEqual(3);
  });
});
