import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { TakeHome } from "../../core/tax/take-home.js";
import { simplificationText } from "../messages.js";
import type { TakeHomeDocument } from "../schemas/documents.js";
import { cell, type Block, type CellLike } from "./blocks.js";
import { cents, dollars } from "./format.js";

/** The `takeHome` object of a JSON document. */
export function takeHomeDocument(t: TakeHome): TakeHomeDocument {
  return {
    taxYear: t.taxYear,
    state: t.state,
    stateTaxYear: t.stateTaxYear,
    filing: t.filing,
    gross: t.gross,
    preTax: t.preTax,
    federalIncomeTax: t.federalIncomeTax,
    socialSecurity: t.socialSecurity,
    medicare: t.medicare,
    stateIncomeTax: t.stateIncomeTax,
    net: t.net,
    netMonthly: t.netMonthly,
    effectiveRate: t.effectiveRate,
    marginalRate: t.marginalRate,
    simplifications: t.simplifications.map((code) => ({ code, message: simplificationText(code) })),
    sources: t.sources,
  };
}

/** Take-home pay as a report block: gross, each tax, net a year and a month, what is left out. */
export function takeHomeBlocks(t: TakeHome, d: Dataset, what: string): Block[] {
  const state = d.states.list.find((s) => s.code === t.state)?.name ?? t.state;
  const pre = t.preTax.retirement + t.preTax.healthPremium;
  return [
    { kind: "heading", text: `Take-home pay: ${what}, ${state}, ${t.filing.replace(/-/g, " ")}, tax year ${t.taxYear}` },
    {
      kind: "table",
      columns: [{ title: "" }, { title: "A year", align: "right" }, { title: "A month", align: "right" }],
      rows: [
        ["Gross pay", dollars(t.gross), dollars(t.gross / 12)],
        ...(pre > 0 ? [["Pre-tax deductions (401(k), health premium)", `−${dollars(pre)}`, `−${dollars(pre / 12)}`]] : []),
        ["Federal income tax", `−${dollars(t.federalIncomeTax)}`, `−${dollars(t.federalIncomeTax / 12)}`],
        ["Social Security", `−${dollars(t.socialSecurity)}`, `−${dollars(t.socialSecurity / 12)}`],
        ["Medicare", `−${dollars(t.medicare)}`, `−${dollars(t.medicare / 12)}`],
        [`${state} income tax${t.stateTaxYear !== t.taxYear ? ` (${t.stateTaxYear} tables)` : ""}`, `−${dollars(t.stateIncomeTax)}`, `−${dollars(t.stateIncomeTax / 12)}`],
      ],
      footer: [cell("Take-home", "strong"), cell(dollars(t.net), "strong"), cell(cents(t.netMonthly), "strong")],
    },
    {
      kind: "lines",
      lines: [
        `Effective rate ${(t.effectiveRate * 100).toFixed(1)}%; of the next $100 of pay, $${Math.round(t.marginalRate * 100)} goes to tax.`,
        cell(`Left out: ${t.simplifications.map(simplificationText).join("; ")}.`, "muted"),
        taxSourcesLine([t]),
      ],
    },
  ];
}

/** The ids of the tax tables' sources behind some take-home figures, each once, and where to read them. */
export function taxSourcesLine(list: readonly (TakeHome | null)[]): CellLike {
  const ids = [...new Set(list.flatMap((t) => t?.sources ?? []))];
  return cell(`Tax sources: ${ids.join(", ")} ('coding-salary sources <id>' shows each).`, "muted");
}
