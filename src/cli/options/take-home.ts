import { Option } from "commander";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { takeHomePay, type TakeHome, type TakeHomeOptions } from "../../core/tax/take-home.js";
import { FILING_STATUSES, type FilingStatus } from "../../core/tax/filing-status.js";
import { UsageError } from "../errors.js";
import type { ChoiceTable } from "./choice.js";
import { choiceOption } from "./choices.js";
import { parseNumber } from "./number.js";

const FILINGS: ChoiceTable<FilingStatus> = {
  flag: "--filing",
  noun: "filing status",
  choices: FILING_STATUSES.map((value) => ({
    value,
    description: value,
    aliases: value === "married-joint" ? ["married", "joint", "mfj"] : value === "head-of-household" ? ["hoh", "head"] : [],
  })),
};

export interface TakeHomeFlags {
  takeHome?: boolean;
  filing?: FilingStatus;
  retirementContribution?: number;
}

/** The flags of take-home pay, on every command that prints pay. */
export function takeHomeOptions(): Option[] {
  return [
    new Option("--take-home", "also show take-home pay: after federal, Social Security, Medicare and state income tax (needs --state)"),
    choiceOption("--filing <status>", "filing status for take-home pay: single (default), married-joint, head-of-household", FILINGS),
    new Option("--retirement-contribution <percent>", "pre-tax 401(k) contribution for take-home pay, percent of pay").argParser((text) =>
      parseNumber(text, { flag: "--retirement-contribution", what: "a percent of pay", min: 0, max: 100, example: "5" }),
    ),
  ];
}

/** What the core's take-home functions need from the flags (a health premium is the offer's own flag). */
export function takeHomeRequest(flags: TakeHomeFlags, healthPremiumMonthly?: number): Omit<TakeHomeOptions, "state"> | undefined {
  if (!flags.takeHome && flags.filing === undefined && flags.retirementContribution === undefined) return undefined;
  return {
    ...(flags.filing ? { filing: flags.filing } : {}),
    ...(flags.retirementContribution !== undefined ? { retirementContributionPercent: flags.retirementContribution } : {}),
    ...(healthPremiumMonthly !== undefined ? { healthPremiumMonthly } : {}),
  };
}

/** Take-home pay of `gross` in the profile's state, when asked for. */
export function takeHomeOf(flags: TakeHomeFlags, gross: number, state: string | null, dataset: Dataset, healthPremiumMonthly?: number): TakeHome | null {
  const request = takeHomeRequest(flags, healthPremiumMonthly);
  if (!request) return null;
  if (state === null) throw new UsageError("take-home pay needs the state whose income tax applies", "Add --state, e.g. --state TX (for remote work: the state you live in).");
  return takeHomePay(gross, { ...request, state }, dataset);
}
