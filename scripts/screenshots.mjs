#!/usr/bin/env node
// The README's pictures of the HTML reports: each report kind made by the built CLI, opened in
// Debian's chromium (driven by playwright-core) and photographed into docs/screenshots/.
// Run after `npm run build`: node scripts/screenshots.mjs [path to chromium]
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = join(import.meta.dirname, "..");
const out = join(root, "docs", "screenshots");
const bin = join(root, "bin", "coding-salary.cjs");
const REPORTS = [
  ["offer", ["offer", "52k", "-e", "4", "--cert", "CPC", "--state", "OH", "--pay", "47k"]],
  ["estimate", ["estimate", "-e", "4", "--cert", "CPC", "--specialty", "cardiology", "--state", "TX", "--setting", "hospital"]],
  ["compare", ["compare", "--by", "state", "--only", "CA,TX,FL,OH,NY,WA,SC,GA", "--sort", "real", "-e", "4"]],
  ["career", ["career", "--years", "15", "-e", "1", "--cert", "CPC"]],
  ["careers", ["careers"]],
  ["roi", ["roi", "--cost", "3000", "--months", "6", "--earn", "CPC", "-e", "1", "--compare-paths"]],
  ["accuracy", ["accuracy"]],
  ["sources", ["sources"]],
];
// Pictures, not pages: the top of each report, small enough to keep in the repository.
const SHOTS = [
  ...REPORTS.map(([name]) => ({ name, file: name, width: 720, height: 880, colorScheme: "light" })),
  { name: "offer", file: "offer-phone-dark", width: 390, height: 844, colorScheme: "dark" },
];

const work = mkdtempSync(join(tmpdir(), "coding-salary-shots-"));
const browser = await chromium.launch({
  executablePath: process.argv[2] ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  mkdirSync(out, { recursive: true });
  for (const [name, args] of REPORTS) {
    const html = execFileSync(process.execPath, [bin, ...args, "--format", "html"], { env: { ...process.env, SOURCE_DATE_EPOCH: "1767225600", NO_COLOR: "1" } });
    writeFileSync(join(work, `${name}.html`), html);
  }
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.colorScheme });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(work, `${shot.name}.html`)).href);
    const path = join(out, `${shot.file}.png`);
    await page.screenshot({ path });
    await context.close();
    console.log(`${path.slice(root.length + 1)}: ${Math.round(statSync(path).size / 1024)} KB`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
