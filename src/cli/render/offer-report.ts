import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { OfferAssessment } from "../../core/offer.js";
import { cell, type Block } from "./blocks.js";
import { factorBlocks } from "./factor-blocks.js";
import { cents, dollars, signedDollars, signedPercent } from "./format.js";
import { ownPayLine, percentilesLine, percentileStrip, type OwnPay } from "./percentile-strip.js";
import { profileSummary } from "./profile-summary.js";
import { sourcesBlock, warningsBlock } from "./sources-lines.js";

const VERDICT_TEXT = { below: "below the typical range", within: "within the typical range", above: "above the typical range" } as const;
const VERDICT_TONE = { below: "bad", within: "plain", above: "good" } as const;

/** The `offer` report: percentile, verdict, gap, counter-offer, where the offer (and the person's own pay) sits on the distribution, and the factors behind the median. */
export function offerReport(o: OfferAssessment, dataset: Dataset, pay: OwnPay | null = null): Block[] {
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
    percentileStrip("Where the offer sits", e, [{ kind: "offer", label: "offer", value: o.offer.annual, text: dollars(o.offer.annual) }], pay),
    {
      kind: "lines",
      lines: [
        percentilesLine(e),
        ...(pay ? [cell(ownPayLine(pay), "strong")] : []),
      ],
    },
    ...factorBlocks(e, dataset),
    ...warningsBlock(e.warnings, dataset),
    sourcesBlock(e.sources),
  ];
}
