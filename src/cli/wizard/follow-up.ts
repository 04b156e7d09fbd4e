import { parseAmount, parseMoney, WEEKS_PER_YEAR } from "../../core/amount.js";
import { careerPath } from "../../core/career.js";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { CodingSalaryError } from "../../core/errors.js";
import { assessOffer } from "../../core/offer.js";
import type { Profile } from "../../core/profile.js";
import { trainingReturn } from "../../core/roi.js";
import type { Rendering } from "../output.js";
import { careerReport } from "../render/career-report.js";
import { careerCsv, offerCsv, roiCsv } from "../render/csv-tables.js";
import { careerDocument, offerDocument, roiDocument } from "../render/json.js";
import { offerReport } from "../render/offer-report.js";
import { roiReport } from "../render/roi-report.js";
import type { Prompter } from "./prompter.js";
import { equivalentCommand } from "./questions.js";

/** The question after the estimate, and what each answer leads to. */
const NEXT_STEPS = [
  { value: "offer", name: "Check an offer — is it fair for me?" },
  { value: "roi", name: "Weigh a credential — does it pay for itself?" },
  { value: "career", name: "See five years ahead" },
  { value: "done", name: "Nothing more — done" },
] as const;

/** A next step, run: what it shows, what it is called, and the command that shows it without questions. */
interface FollowUp {
  what: string;
  rendering: Rendering;
  command: string;
}

/** A problem with a typed answer, or undefined when the text is fine. */
const problem = (read: () => unknown) => {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof CodingSalaryError) return error.message;
    throw error;
  }
};

const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;
const numberProblem = (text: string, min: number, max: number, what: string) =>
  DECIMAL.test(text.trim()) && Number(text) >= min && Number(text) <= max ? undefined : `type ${what} from ${min} to ${max}`;

/**
 * After the estimate, the wizard offers the next question — check an offer, weigh a
 * credential, see five years ahead — and asks only what that command still needs (the
 * profile is already known): an offer's amount and hours; the credential, its cost and the
 * months of study; nothing for the five-year view. Null when the answer is "done".
 */
export async function askFollowUp(prompter: Prompter, profile: Profile, d: Dataset, extra: readonly string[] = []): Promise<FollowUp | null> {
  const next = await prompter.select("What next?", NEXT_STEPS, "done");
  const fullTimeHours = d.model.hoursPerYear.value / WEEKS_PER_YEAR;
  switch (next) {
    case "offer": {
      const amount = (
        await prompter.text("The offer? (52k, $52,000, 4,333/mo, 24.50/hr …)", (t) => problem(() => parseAmount(t, d.model.hoursPerYear.value)))
      ).trim();
      const hoursText = await prompter.text(`Hours a week? (Enter: ${fullTimeHours})`, (t) => numberProblem(t, 1, 100, "a number of hours a week"), String(fullTimeHours));
      const hoursPerWeek = Number(hoursText);
      const result = assessOffer(amount, profile, d, { hoursPerWeek });
      const doc = () => offerDocument(result, d);
      return {
        what: "offer check",
        rendering: { json: doc, blocks: () => offerReport(result, d), csv: () => offerCsv(doc()) },
        command: equivalentCommand(profile, [...(hoursPerWeek === fullTimeHours ? [] : ["--hours", hoursText.trim()]), ...extra], ["offer", amount]),
      };
    }
    case "roi": {
      const held = new Set(profile.certifications ?? []);
      const choices = d.credentials.list.filter((c) => !held.has(c.code)).map((c) => ({ value: c.code, name: `${c.code} — ${c.name}` }));
      if (choices.length === 0) return null;
      const earn = await prompter.select("Which credential would you earn?", choices, (choices.find((c) => c.value === "CPC") ?? choices[0])?.value as string);
      const cost = (await prompter.text("What would the training cost? (3000, 3k, $3,000)", (t) => problem(() => parseMoney(t, "cost")))).trim();
      const months = (await prompter.text("Months of study before the exam?", (t) => numberProblem(t, 0, 120, "a number of months"))).trim();
      const result = trainingReturn({ cost: parseMoney(cost, "cost"), months: Number(months), cert: earn }, profile, d);
      const doc = () => roiDocument(result, null, d);
      return {
        what: "credential check",
        rendering: { json: doc, blocks: () => roiReport(result, null, d), csv: () => roiCsv(doc()) },
        command: equivalentCommand(profile, ["--earn", earn, "--cost", cost, "--months", months, ...extra], ["roi"]),
      };
    }
    case "career": {
      const result = careerPath(5, profile, {}, d);
      return {
        what: "five-year view",
        rendering: { json: () => careerDocument(result), blocks: () => careerReport(result, d), csv: () => careerCsv(careerDocument(result)) },
        command: equivalentCommand(profile, ["--years", "5", ...extra], ["career"]),
      };
    }
    default:
      return null;
  }
}
