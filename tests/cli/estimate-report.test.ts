import { describe, expect, it } from "vitest";
import { printMarkdown } from "../../src/cli/render/markdown.js";
import { estimateReport } from "../../src/cli/render/estimate-report.js";
import { printTerminal } from "../../src/cli/render/terminal.js";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { estimate } from "../../src/core/estimate.js";
import { factorLabel } from "../../src/cli/messages.js";
import { ANSI } from "../helpers/cli.js";

const d = bundledDataset();
const e = estimate({ experienceYears: 4, certifications: ["CPC"], specialty: "cardiology", state: "TX", setting: "hospital" }, d);

describe("the estimate report", async () => {
  const text = await printTerminal(estimateReport(e, d), { color: false });

  it("shows the range, hourly figures, percentiles, factors with sources, purchasing power and sources", () => {
    expect(text).toContain("Estimated pay: 4 years · CPC · Cardiology coding · Texas · Hospital");
    for (const v of [e.annual.low, e.annual.median, e.annual.high, e.percentiles.p10, e.percentiles.p90, e.purchasingPower!.annual.median])
      expect(text).toContain(`$${v.toLocaleString("en-US")}`);
    expect(text).toContain(`$${e.hourly.median.toFixed(2)}`);
    for (const f of e.factors) expect(text).toContain(factorLabel(f, d));
    expect(text).toContain(`Confidence: ${e.confidence.level}`);
    for (const s of e.sources) expect(text).toContain(s.title);
    expect(text).toContain("national-average dollars");
  });

  it("has no escape codes without colour, and some with it", async () => {
    expect(text).not.toMatch(ANSI);
    expect(await printTerminal(estimateReport(e, d), { color: true })).toMatch(ANSI);
  });

  it("prints warnings", async () => {
    const warned = estimate({ experienceYears: 1, role: "manager" }, d);
    expect(await printTerminal(estimateReport(warned, d), { color: false })).toContain("! A coding manager usually has at least 10 years");
  });

  it("renders as Markdown tables", () => {
    const md = printMarkdown(estimateReport(e, d));
    expect(md).toContain("## Why this number");
    expect(md).toMatch(/^\| Factor \| Multiplier \| Effect on median \| Source \|$/m);
    expect(md).not.toMatch(ANSI);
  });
});
