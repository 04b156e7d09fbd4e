import { estimate } from "../../core/estimate.js";
import { normalizeProfile } from "../../core/profile.js";
import type { WizardFlags } from "../commands/wizard.js";
import { UsageError } from "../errors.js";
import { writeResult } from "../output.js";
import type { ProfileRun } from "../profile-command.js";
import { ESTIMATE_CSV_HEADER, estimateCsvRow } from "../render/csv.js";
import { estimateReport } from "../render/estimate-report.js";
import { estimateDocument } from "../render/json.js";
import { askAll, equivalentCommand, profileFrom, questionsToAsk } from "../wizard/questions.js";

export const run: ProfileRun<WizardFlags> = async ({ flags, profile: given, dataset, format, formatGiven, ctx }) => {
  normalizeProfile(given, dataset); // bad flags fail before any question
  const questions = questionsToAsk(dataset, given);
  let answers = {};
  if (questions.length > 0) {
    const terminal = ctx.io.stdinIsTTY && ctx.io.stderrIsTTY;
    if (!flags.input || !terminal)
      throw new UsageError(
        `the wizard would need to ask ${questions.length === 1 ? "a question" : `${questions.length} questions`}, but ${flags.input ? "there is no terminal to ask on" : "--no-input was given"}`,
        `Answer them with flags instead: ${questions.map((q) => q.flag).join(", ")}\n(or run: coding-salary estimate with the flags you know)`,
      );
    const { terminalPrompter } = await import("../wizard/prompter.js");
    const prompter = await terminalPrompter(dataset.experience.maxYears.value);
    try {
      answers = await askAll(questions, (q) => prompter.ask(q));
    } finally {
      prompter.close();
    }
  }
  const result = estimate(profileFrom(given, answers), dataset);
  await writeResult(ctx, format, flags, {
    json: () => estimateDocument(result),
    blocks: () => estimateReport(result, dataset),
    csv: () => ESTIMATE_CSV_HEADER + estimateCsvRow(null, result),
  });
  const formatFlag = formatGiven ? (format === "json" ? ["--json"] : ["--format", format]) : [];
  ctx.io.err(`\nThe same estimate without questions:\n  ${equivalentCommand(result.input, formatFlag)}\n`);
  return undefined;
};
