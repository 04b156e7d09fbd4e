import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { OfferAssessment } from "../../core/offer.js";
import { cell, type Block } from "./blocks.js";
import { position } from "./charts.js";
import { cents, dollars, signedDollars, signedPercent } from "./format.js";
import { profileSummary } from "./profile-summary.js";
import { sourcesBlock, warningsBlock } from "./sources-lines.js";

const VERDICT_TEXT = { below: "below the typical range", within: "within the typical range", above: "above the typical range" } as const;
const VERDICT_TONE = { below: "bad", within: "plain", above: "good" } as const;

/** The `offer` report: percentile, verdict, gap, counter-offer, and where the offer sits on the distribution. */
export function offerReport(o: OfferAssessment, dataset: Dataset): Block[] {
  const e = o.estimate;
  return [
    { kind: "heading", text: `Offer of ${dollars(o.offer.annual)} a year (${cents(o.offer.hourly)} an hour) for: ${profileSummary(e.input, dataset)}` },
    {
      kind: "table",
      columns: [{ title: "" }, { title: "" }],
      rows: [
        ["Percentile", cell(`${o.percentile.toFixed(1)} — higher than ${Math.round(o.percentile)}% of people with this profile`, "strong")],
        ["Verdict", cell(`${VERDICT_TEXT[o.verdict]} (${dollars(e.annual.low)}–${dollars(e.annual.high)})`, VERDICT_TONE[o.verdict])],
        ["Gap to the median", `${signedDollars(o.gap.annual)} (${signedPercent(o.gap.percent / 100)}) against ${dollars(e.annual.median)}`],
        ["Counter-offer", cell(dollars(o.counter.annual), "strong")],
      ],
    },
    { kind: "lines", lines: [o.counter.reason] },
    { kind: "chart", title: "Where the offer sits", lines: offerChart(o) },
    ...warningsBlock(e.warnings, dataset),
    sourcesBlock(e.sources),
  ];
}

/** The p10–p90 span with the typical range in double lines and the offer marked below it. */
function offerChart(o: OfferAssessment): string[] {
  const p = o.estimate.percentiles;
  const width = 60;
  const min = Math.min(p.p10, o.offer.annual);
  const max = Math.max(p.p90, o.offer.annual);
  const at = (v: number) => position(v, min, max, width);
  const line = Array.from({ length: width }, () => " ");
  for (let i = at(p.p10); i <= at(p.p90); i++) line[i] = "─";
  for (let i = at(p.p25); i <= at(p.p75); i++) line[i] = "═";
  line[at(p.p10)] = "├";
  line[at(p.p90)] = "┤";
  line[at(p.p50)] = "╪";
  const marker = " ".repeat(at(o.offer.annual)) + `▲ offer ${dollars(o.offer.annual)}`;
  const labels = `p10 ${dollars(p.p10)} · p25 ${dollars(p.p25)} · median ${dollars(p.p50)} · p75 ${dollars(p.p75)} · p90 ${dollars(p.p90)}`;
  return ["  " + line.join(""), "  " + marker, "  " + labels];
}
