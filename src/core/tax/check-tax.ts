import { FILING_STATUSES } from "./filing-status.js";
import type { Bracket, PhaseOut, TaxTables } from "./tax-schema.js";

/**
 * Highest combined marginal rate the tables may imply for one more dollar of wages: federal,
 * payroll and state top rates plus the phase-outs that add to them. At or above 1 a raise
 * would lower take-home pay everywhere above the point, so such tables are refused.
 */
const MAX_COMBINED_RATE = 0.95;

/**
 * What the tax tables' shape cannot say: brackets that start at 0 and rise, schedules that
 * match the state's kind, exactly one standard deduction, a tax entry for every state the
 * dataset lists and none for a state it does not, and a top combined marginal rate below
 * `MAX_COMBINED_RATE`, so the model can compute with them.
 */
export function checkTaxTables(tax: TaxTables, stateCodes: ReadonlySet<string>, add: (path: string, message: string) => void): void {
  for (const status of FILING_STATUSES) checkBrackets(tax.federal.schedule[status], `tax.federal.schedule.${status}`, add);

  const seen = new Set<string>();
  for (const s of tax.states) {
    const at = `tax.states[${s.code}]`;
    if (seen.has(s.code)) add(at, `${s.code} has two tax entries`);
    seen.add(s.code);
    if (!stateCodes.has(s.code)) add(`${at}.code`, `unknown state "${s.code}" (not in states.list)`);
    if (s.year > tax.year) add(`${at}.year`, `is after the tables' tax year (${tax.year})`);

    if (s.kind === "none") {
      for (const key of ["schedule", "standardDeduction", "federalStandardDeduction", "personalExemption", "exemptionCredit", "federalIncomeTaxDeduction"] as const)
        if (s[key] !== undefined) add(`${at}.${key}`, `a state of kind "none" levies no income tax, so it takes no ${key}`);
      continue;
    }
    if (!s.schedule) {
      add(`${at}.schedule`, `missing (a state of kind "${s.kind}" needs brackets)`);
      continue;
    }
    for (const status of FILING_STATUSES) {
      const rows = s.schedule[status];
      checkBrackets(rows, `${at}.schedule.${status}`, add);
      if (s.kind === "flat" && rows.length !== 1) add(`${at}.schedule.${status}`, `a flat tax has exactly one bracket, from 0 (found ${rows.length})`);
    }
    if (s.standardDeduction && s.federalStandardDeduction)
      add(`${at}.federalStandardDeduction`, "give either the state's own standardDeduction or federalStandardDeduction, not both");
    const phaseOuts: Array<[string, PhaseOut | undefined]> = [
      ["standardDeduction", s.standardDeduction?.phaseOut],
      ["personalExemption", s.personalExemption?.phaseOut],
      ["exemptionCredit", s.exemptionCredit?.phaseOut],
      ["federalIncomeTaxDeduction", s.federalIncomeTaxDeduction?.phaseOut],
    ];
    for (const [key, p] of phaseOuts) {
      if (!p) continue;
      if (key === "federalIncomeTaxDeduction" && !s.federalIncomeTaxDeduction?.cap) add(`${at}.${key}.phaseOut`, "phases out a cap, so it needs cap");
      if (p.floor && key !== "federalIncomeTaxDeduction") {
        const amount = (s[key as "standardDeduction"] as { amount: Record<string, number> } | undefined)?.amount;
        for (const status of FILING_STATUSES)
          if (amount && (p.floor[status] ?? 0) > (amount[status] ?? 0)) add(`${at}.${key}.phaseOut.floor.${status}`, "is above the amount before any phase-out");
      }
    }

    // One more dollar of wages must never cost a dollar or more in tax.
    const fica = tax.fica.socialSecurity.rate + tax.fica.medicare.rate + tax.fica.medicare.additionalRate;
    for (const status of FILING_STATUSES) {
      const fed = topRate(tax.federal.schedule[status]);
      const st = topRate(s.schedule[status]);
      const deductionPhaseOut = (s.standardDeduction?.phaseOut?.rate[status] ?? 0) + (s.personalExemption?.phaseOut?.rate[status] ?? 0);
      const fedDeduction = s.federalIncomeTaxDeduction;
      const combined =
        fed + fica + st * (1 + deductionPhaseOut + (fedDeduction?.phaseOut?.rate[status] ?? 0)) + (s.exemptionCredit?.phaseOut?.rate[status] ?? 0);
      if (combined >= MAX_COMBINED_RATE)
        add(`${at}.schedule.${status}`, `top rates and phase-outs add up to a marginal rate of ${(combined * 100).toFixed(1)}% (must be below ${MAX_COMBINED_RATE * 100}%)`);
    }
  }
  for (const code of stateCodes) if (!seen.has(code)) add("tax.states", `no tax entry for ${code} (every state in states.list needs one; use kind "none" for a state without an income tax)`);
}

function checkBrackets(rows: readonly Bracket[], path: string, add: (path: string, message: string) => void): void {
  const first = rows[0];
  if (first && first.over !== 0) add(`${path}[0].over`, `the first bracket must start at 0 (found ${first.over})`);
  if (first?.base !== undefined && first.base !== 0) add(`${path}[0].base`, "the first bracket starts with no tax");
  let start = 0;
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    if (!prev) return;
    if (row.over <= prev.over) add(`${path}[${i}].over`, `brackets must rise (${row.over} is not above ${prev.over})`);
    const expected = start + prev.rate * Math.max(0, row.over - prev.over);
    if (row.base !== undefined && row.base < expected)
      add(`${path}[${i}].base`, `is below the tax the brackets below reach (${expected.toFixed(2)}), so tax would fall as income rises`);
    start = row.base ?? expected;
  });
}

function topRate(rows: readonly Bracket[]): number {
  return Math.max(0, ...rows.map((r) => r.rate));
}
