import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { SourceRef } from "../../core/estimate.js";
import type { ComparedOffer, Measure, OfferComparison, ToMatch } from "../../core/offers.js";
import type { TakeHome } from "../../core/tax/take-home.js";
import { amountText } from "../messages.js";
import { cell, type Block, type CellLike } from "./blocks.js";
import { cents, dollars } from "./format.js";
import { offerSources, VERDICT_TONE, weekText } from "./offer-report.js";
import { profileSummary } from "./profile-summary.js";
import { sourcesBlock, warningsBlock } from "./sources-lines.js";
import { taxSourcesLine } from "./take-home.js";

const LEAD = "★";

/** The `offers` report: the offers as columns, a row per measure with the leader starred, what each needs to match the reference, and the notes. */
export function offersReport(c: OfferComparison, dataset: Dataset): Block[] {
  const ref = c.offers[c.reference.index] as ComparedOffer;
  const led = (m: Measure, i: number, text: string): CellLike => (c.leaders[m] === i ? cell(`${LEAD} ${text}`, "good") : text);
  const row = (title: string, f: (o: ComparedOffer, i: number) => CellLike): CellLike[] => [title, ...c.offers.map(f)];
  const where = (o: ComparedOffer) => {
    const p = o.assessment.estimate.input;
    const state = p.state === null ? "no state" : (dataset.states.list.find((s) => s.code === p.state)?.name ?? p.state);
    const setting = p.setting === null ? null : (dataset.settings.find((s) => s.id === p.setting)?.label ?? p.setting);
    return [state, setting, p.remote ? "remote" : null].filter(Boolean).join(" · ");
  };
  const match = (o: ComparedOffer, t: ToMatch | null | undefined) => {
    if (t === null || t === undefined) return "—";
    if (t.extra <= 0) return "already matches";
    if (o.assessment.offer.basis !== "hourly") return `+${dollars(t.extra)} (${dollars(t.base)})`;
    return `+${cents(t.hourly - o.assessment.offer.hourly)}/hr (${cents(t.hourly)})`;
  };
  const pp = c.offers.every((o) => o.purchasingPower);
  /** Take-home pay, when every offer has it (the tax year and filing status are the same for all). */
  const taxed = c.offers.every((o) => o.takeHome) ? (c.offers[0]?.takeHome ?? null) : null;
  const rows: CellLike[][] = [
    row("Offer", (o) => amountText(o.assessment.offer)),
    row("Where", (o) => where(o)),
    row("Hours", (o) => weekText(o.assessment.offer.hoursPerWeek)),
    row("Base, a year", (o, i) => led("base", i, dollars(o.assessment.compensation.base))),
    row("Hourly", (o, i) => led("hourly", i, cents(o.assessment.offer.hourly))),
    row("Percentile", (o, i) => {
      const text = `${o.assessment.percentile.toFixed(1)} (${o.assessment.verdict})`;
      return c.leaders.percentile === i ? cell(`${LEAD} ${text}`, "good") : cell(text, VERDICT_TONE[o.assessment.verdict]);
    }),
    row("Total cash", (o) => dollars(o.assessment.compensation.cash)),
    row("Total compensation", (o, i) => led("total", i, dollars(o.assessment.compensation.total))),
    row("Effective hourly", (o, i) => led("effectiveHourly", i, cents(o.assessment.compensation.effectiveHourly))),
    ...(taxed
      ? [row("Take-home, a year", (o, i) => led("takeHome", i, dollars(o.takeHome?.net ?? 0))), row("…a month", (o) => cents(o.takeHome?.netMonthly ?? 0))]
      : []),
    ...(pp ? [row("Buys (national $)", (o, i) => led("purchasingPower", i, dollars(o.purchasingPower?.total ?? 0)))] : []),
    row(`To match ${ref.label}`, (o) => (o === ref ? "reference" : match(o, o.toMatch?.nominal))),
    ...(pp ? [row("…in what it buys", (o) => (o === ref ? "reference" : match(o, o.toMatch?.real)))] : []),
  ];
  return [
    { kind: "heading", text: `${c.offers.length} offers for: ${profileSummary(c.input, dataset)}` },
    { kind: "table", columns: [{ title: "" }, ...c.offers.map((o) => ({ title: o.label, align: "right" as const }))], rows },
    { kind: "lines", lines: [...notes(c, ref, pp, taxed).map((n) => cell(n, "muted")), ...(taxed ? [taxSourcesLine(c.offers.map((o) => o.takeHome))] : [])] },
    ...c.offers.flatMap((o) => labelled(o, dataset)),
    sourcesBlock(mergedSources(c, dataset)),
  ];
}

/** How to read the table: the star, the percentile, the purchasing power, the reference and what counts in a total. */
function notes(c: OfferComparison, ref: ComparedOffer, pp: boolean, taxed: TakeHome | null): string[] {
  const names = (labels: string[]) => (labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`);
  /** A term some offers give and others do not: the comparison counts nothing for the others. */
  const given = (f: (o: ComparedOffer) => boolean, what: string, counts: string) => {
    const some = c.offers.filter(f).map((o) => o.label);
    const rest = c.offers.filter((o) => !f(o)).map((o) => o.label);
    return some.length === 0 || rest.length === 0 ? [] : [`${what} is given for ${names(some)} only: for ${names(rest)}, ${counts}.`];
  };
  return [
    `${LEAD} leads on the row. Percentile: where the offer's pay rate sits among people with your profile in that offer's state, setting and remote work.`,
    ...(pp ? ["Buys: total compensation in the state's prices (BEA price parities), in national-average dollars; a remote offer's state is where you live."] : []),
    `To match: the raise in base pay (and the pay it makes; hourly for an hourly offer) an offer needs for its total compensation to equal ${ref.label}'s${pp ? ", in dollars and in what they buy in its state" : ""}; ${ref.label} leads on total compensation${c.reference.on === "purchasingPower" ? " in what it buys" : ""}.`,
    ...(taxed
      ? [
          `Take-home: the base after federal, Social Security, Medicare and each offer's state income tax (tax year ${taxed.taxYear}, ${taxed.filing.replace(/-/g, " ")}; pre-tax 401(k) and health premiums taken out first; local taxes and credits left out).`,
        ]
      : []),
    ...given((o) => o.assessment.compensation.health !== null, "A health premium", "the total counts no health benefit"),
    ...given((o) => o.assessment.compensation.retirement !== null, "A retirement match", "the total counts no match"),
    ...given((o) => o.assessment.compensation.hours.ptoDays !== null, "Paid time off", "the effective hourly pay counts no days off"),
  ];
}

/** An offer's warnings, each with the offer's label. */
function labelled(o: ComparedOffer, dataset: Dataset): Block[] {
  return warningsBlock([...o.assessment.warnings, ...o.assessment.estimate.warnings], dataset).map((b) =>
    b.kind === "lines" ? { ...b, lines: b.lines.map((l) => (typeof l === "string" ? `${o.label}: ${l}` : { ...l, text: l.text.replace(/^! /, `! ${o.label}: `) })) } : b,
  );
}

function mergedSources(c: OfferComparison, d: Dataset): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const o of c.offers) for (const s of offerSources(o.assessment, d)) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}
