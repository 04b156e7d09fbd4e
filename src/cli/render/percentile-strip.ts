import type { Estimate } from "../../core/estimate.js";
import type { Block, StripMark } from "./blocks.js";
import { dollars } from "./format.js";

/** The person's own pay, where they gave it: the amount a year and where it sits among peers (0–100). */
export interface OwnPay {
  annual: number;
  percentile: number;
}

/** A percentile strip of an estimate's distribution, with the marks given and the person's own pay. */
export function percentileStrip(title: string, e: Estimate, marks: StripMark[], pay: OwnPay | null): Block {
  const p = e.percentiles;
  return {
    kind: "strip",
    title,
    percentiles: { ...p },
    texts: { p10: dollars(p.p10), p25: dollars(p.p25), p50: dollars(p.p50), p75: dollars(p.p75), p90: dollars(p.p90) },
    marks: [...marks, ...(pay ? [{ kind: "pay" as const, label: "your pay", value: pay.annual, text: dollars(pay.annual) }] : [])],
  };
}

/** "Your pay: $48,000 — higher than 42% of people with this profile (percentile 42.3)." */
export function ownPayLine(pay: OwnPay): string {
  return `Your pay: ${dollars(pay.annual)} — higher than ${Math.round(pay.percentile)}% of people with this profile (percentile\u00a0${pay.percentile.toFixed(1)})`;
}

/** "Percentiles: p10 $41,372 · p25 … · p90 $81,934", each figure bound to its name. */
export function percentilesLine(e: Estimate): string {
  const p = e.percentiles;
  const pairs: [string, number][] = [["p10", p.p10], ["p25", p.p25], ["median", p.p50], ["p75", p.p75], ["p90", p.p90]];
  return `Percentiles: ${pairs.map(([name, v]) => `${name}\u00a0${dollars(v)}`).join(" · ")}`;
}
