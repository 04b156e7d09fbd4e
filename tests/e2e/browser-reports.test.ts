/// <reference lib="dom" />
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dollars } from "../../src/cli/render/format.js";
import { cli, cliJson } from "../helpers/cli.js";

/**
 * Each kind of HTML report in a real browser: Debian's chromium, driven by playwright-core
 * (which downloads no browser). One launch for the file. .ci/run installs chromium; without it
 * these tests are skipped, and say so.
 */
const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", spawnSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).stdout.trim()].find(
  (p): p is string => Boolean(p) && existsSync(p as string),
);
if (!CHROMIUM) console.warn("browser tests skipped: no chromium found (Debian's chromium package; .ci/run installs it)");

/** --single-process: no renderer process to start for each page, a third of the browser's CPU time here. */
const FLAGS = ["--single-process", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

interface Kind {
  name: string;
  args: string[];
  /** What the rendered page must show, read from it, against what --json says. */
  check(page: Page, doc: any): Promise<void>;
  /** Most pages a printout may take, on Letter or A4. */
  pages: number;
}

const rowCell = (page: Page, header: string) => page.locator(`tr:has(> th:text-is("${header}")) > td`).first();

const KINDS: Kind[] = [
  {
    name: "estimate",
    args: ["estimate", "-e", "4", "--cert", "CPC", "--specialty", "cardiology", "--state", "TX", "--setting", "hospital", "--pay", "50k"],
    pages: 2,
    async check(page, doc) {
      expect(await rowCell(page, "Median").textContent()).toBe(dollars(doc.annual.median));
      const strip = page.locator("figure svg").first();
      expect(await strip.locator("desc").textContent()).toContain(`90th percentile ${dollars(doc.percentiles.p90)}`);
      expect(await strip.locator("text", { hasText: dollars(doc.percentiles.p50) }).count()).toBe(1);
    },
  },
  {
    name: "offer",
    args: ["offer", "52k", "-e", "4", "--cert", "CPC", "--state", "OH", "--pay", "47k"],
    pages: 1,
    async check(page, doc) {
      expect(await rowCell(page, "Percentile").textContent()).toContain(doc.percentile.toFixed(1));
      expect(await rowCell(page, "Counter-offer").textContent()).toBe(dollars(doc.counter.annual));
      const strip = page.locator("figure svg").first();
      expect(await strip.locator("text", { hasText: `Offer ${dollars(doc.offer.annual)}` }).isVisible()).toBe(true);
      expect(await strip.locator("text", { hasText: dollars(doc.percentiles.p50) }).isVisible()).toBe(true);
      expect(await page.locator("dl.terms dt", { hasText: "bls-ooh-2024" }).isVisible()).toBe(true);
      expect(await page.locator("tfoot td").nth(1).textContent()).toBe(dollars(doc.annual.median));
    },
  },
  {
    name: "compare",
    args: ["compare", "--by", "state", "--sort", "real", "-e", "4"],
    pages: 2,
    async check(page, doc) {
      const first = doc.rows[0];
      expect(await page.locator("tbody tr").first().locator("th").textContent()).toContain(first.label);
      expect(await page.locator("tbody tr").first().locator("td").nth(5).textContent()).toBe(dollars(first.purchasingPower.annual.median));
      // Each bar's length follows the real median (the sort basis): the first row's is the longest.
      const widths = await page.locator("td.chart svg rect").evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
      expect(widths[0]).toBe(100);
      expect(widths).toEqual([...widths].sort((a, b) => b - a));
    },
  },
  {
    name: "career",
    args: ["career", "--years", "15", "-e", "0"],
    pages: 2,
    async check(page, doc) {
      const last = doc.years[doc.years.length - 1];
      expect(await page.locator("tbody tr").last().locator("td").nth(3).textContent()).toBe(dollars(last.annual.median));
      expect(await page.locator("figure svg circle").count()).toBe(doc.years.length);
    },
  },
  {
    name: "careers",
    args: ["careers"],
    pages: 1,
    async check(page, doc) {
      expect(await page.locator("main").textContent()).toContain(dollars(doc.careers[0].annual.median));
      expect(await page.locator("td.chart svg").count()).toBe(doc.careers.length);
    },
  },
  {
    name: "roi",
    args: ["roi", "--cost", "3000", "--months", "6", "--earn", "CPC", "-e", "1", "--compare-paths"],
    pages: 1,
    async check(page, doc) {
      expect(await rowCell(page, "Median pay now").textContent()).toBe(dollars(doc.before.annual.median));
    },
  },
  {
    name: "accuracy",
    args: ["accuracy"],
    pages: 5,
    async check(page, doc) {
      expect(await page.locator("h1").textContent()).toContain(`${doc.summary.rows} published figures`);
    },
  },
  {
    name: "sources",
    args: ["sources"],
    pages: 4,
    async check(page, doc) {
      expect(await page.locator("main").textContent()).toContain(doc.dataset.hash);
    },
  },
];

describe.skipIf(!CHROMIUM)("HTML reports in a real browser", () => {
  let browser: Browser;
  let context: BrowserContext;
  const dir = mkdtempSync(join(tmpdir(), "coding-salary-browser-"));
  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    context = await browser.newContext({ viewport: { width: 1000, height: 900 }, colorScheme: "light" });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let opened = 0;
  let page: Page;
  const seen = { url: "", requests: [] as string[], errors: [] as string[] };
  beforeAll(async () => {
    // One page for every report, one after another: a page costs about as much as a report.
    page = await context.newPage();
    await page.route("**/*", (route) => {
      seen.requests.push(route.request().url());
      return route.request().url() === seen.url ? route.continue() : route.abort();
    });
    page.on("console", (m) => void (m.type() === "error" && seen.errors.push(m.text())));
    page.on("pageerror", (e) => void seen.errors.push(e.message));
  }, 60_000);

  /** A report's page written to a file and opened; every request the page makes and every console error are kept, and requests other than the file refused. */
  async function open(kind: Kind) {
    const r = await cli([...kind.args, "--format", "html"], { env: { SOURCE_DATE_EPOCH: "1767225600" } });
    expect(r.code, r.stderr).toBe(0);
    const file = join(dir, `${kind.name}-${opened++}.html`);
    writeFileSync(file, r.stdout);
    seen.url = pathToFileURL(file).href;
    seen.requests.length = 0;
    seen.errors.length = 0;
    await page.goto(seen.url, { waitUntil: "load" });
    return file;
  }

  for (const kind of KINDS)
    it(`${kind.name}: shows --json's figures, asks the network for nothing, prints on at most ${kind.pages} page(s)`, async () => {
      const file = await open(kind);
      await kind.check(page, await cliJson([...kind.args, "--json"]));
      expect(seen.requests).toEqual([seen.url]);
      expect(seen.errors).toEqual([]);
      // One printout on a page as narrow as A4 and as short as Letter: neither paper takes more pages.
      const pdf = await page.pdf({ width: "210mm", height: "279.4mm", path: `${file}.pdf` });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(kind.pages);
    });

  it("fits a phone's width: the page never scrolls sideways (wide tables scroll in their own box)", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      for (const kind of KINDS.filter((k) => ["offer", "compare", "career"].includes(k.name))) {
        await open(kind);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), kind.name).toBeLessThanOrEqual(375);
        for (const box of await page.locator("figure svg").evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().right))) expect(box, kind.name).toBeLessThanOrEqual(375);
      }
    } finally {
      await page.setViewportSize({ width: 1000, height: 900 });
    }
  });

  it("follows a dark colour scheme on screen and prints light", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    try {
      await open(KINDS[1]!);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await background()).toBe("rgb(13, 17, 23)");
      await page.emulateMedia({ media: "print" });
      expect(await background()).toBe("rgb(255, 255, 255)");
    } finally {
      await page.emulateMedia({ colorScheme: "light", media: "screen" });
    }
  });
});
