import { Option } from "commander";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { estimate, type Estimate } from "../../core/estimate.js";
import { normalizeProfile } from "../../core/profile.js";
import { defineCommand } from "../command.js";
import { UsageError } from "../errors.js";
import { writeResult } from "../output.js";
import { estimateCsvHeader, estimateCsvRow } from "../render/csv.js";
import { estimateReport } from "../render/estimate-report.js";
import { estimateDocument } from "../render/json.js";
import { askAll, equivalentCommand, profileFrom, questionsToAsk } from "../wizard/questions.js";

interface Flags {
  prompt: boolean;
  /** The 1.x name of --no-prompt (it shared a name with estimate's --input). */
  input?: boolean;
}

const estimateRendering = (result: Estimate, dataset: Dataset, formatFlag: string[]) => ({
  json: () => estimateDocument(result, dataset),
  blocks: () => estimateReport(result, dataset),
  csv: () => estimateCsvHeader() + estimateCsvRow(null, result),
  // A page made through the wizard says the command that makes it without questions.
  command: () => equivalentCommand(result.input, formatFlag),
});

export default defineCommand<Flags>({
  profile: true,
  configure: (c) =>
    c
      .option("--no-prompt", "never ask: fail if a question would be needed")
      .addOption(new Option("--no-input", "the former name of --no-prompt").hideHelp()),
  examples: [
    ["coding-salary wizard", "asks experience, credentials, specialty, state, setting, remote, role"],
    ["coding-salary wizard --state TX --cert CPC", "skips the state and credential questions"],
    ["coding-salary wizard --json > me.json", "questions on the terminal, one JSON document in the file"],
    ["coding-salary wizard -e 3 --cert CPC", "after the estimate: check an offer, weigh a credential or see five years ahead"],
  ],
  async run({ flags, profile: given, dataset, format, formatGiven, ctx }) {
    if (flags.input === false) ctx.io.err(`coding-salary: warning: "wizard --no-input" is deprecated: use "wizard --no-prompt".\n`);
    const prompt = flags.prompt !== false && flags.input !== false;
    normalizeProfile(given, dataset); // bad flags fail before any question
    const questions = questionsToAsk(dataset, given);
    const formatFlag = formatGiven ? (format === "json" ? ["--json"] : ["--format", format]) : [];
    if (questions.length === 0) {
      const result = estimate(profileFrom(given, {}), dataset);
      await writeResult(ctx, format, flags, estimateRendering(result, dataset, formatFlag));
      ctx.io.err(`\nThe same estimate without questions:\n  ${equivalentCommand(result.input, formatFlag)}\n`);
      return undefined;
    }
    const terminal = ctx.io.stdinIsTTY && ctx.io.stderrIsTTY;
    if (!prompt || !terminal)
      throw new UsageError(
        `the wizard would need to ask ${questions.length === 1 ? "a question" : `${questions.length} questions`}, but ${prompt ? "there is no terminal to ask on" : "--no-prompt was given"}`,
        `Answer them with flags instead: ${questions.map((q) => q.flag).join(", ")}\n(or run: coding-salary estimate with the flags you know)`,
      );
    const { terminalPrompter } = await import("../wizard/prompter.js");
    const prompter = await terminalPrompter();
    try {
      const answers = await askAll(questions, (q) => prompter.ask(q));
      const result = estimate(profileFrom(given, answers), dataset);
      await writeResult(ctx, format, flags, estimateRendering(result, dataset, formatFlag));
      ctx.io.err(`\nThe same estimate without questions:\n  ${equivalentCommand(result.input, formatFlag)}\n`);
      // The next question, for a reader at the terminal: JSON and CSV stay one document.
      if (format === "table" || format === "markdown") {
        const { askFollowUp } = await import("../wizard/follow-up.js");
        const next = await askFollowUp(prompter, result.input, dataset, formatFlag);
        if (next) {
          await writeResult(ctx, format, flags, { ...next.rendering, command: () => next.command });
          ctx.io.err(`\nThe same ${next.what} without questions:\n  ${next.command}\n`);
        }
      }
    } finally {
      prompter.close();
    }
    return undefined;
  },
});
