import type { Command } from "commander";
import type { Context } from "../context.js";
import { registerProfileCommand } from "../profile-command.js";
import type { CommandSummary } from "../program.js";

export interface WizardFlags {
  input: boolean;
}

/** What `coding-salary --help` lists for this command. */
export const wizardCommand: CommandSummary = { name: "wizard", description: "answer questions step by step (flags given skip their questions), then see the estimate", usage: "[options]" };

export function registerWizard(program: Command, ctx: Context): void {
  registerProfileCommand<WizardFlags>(program, ctx, {
    ...wizardCommand,
    configure: (c) => c.option("--no-input", "never ask: fail if a question would be needed"),
    examples: [
      ["coding-salary wizard", "asks experience, certifications, specialty, state, setting, remote, role"],
      ["coding-salary wizard --state TX --cert CPC", "skips the state and certification questions"],
      ["coding-salary wizard --json > me.json", "questions on the terminal, one JSON document in the file"],
    ],
    action: () => import("../actions/wizard.js"),
  });
}
