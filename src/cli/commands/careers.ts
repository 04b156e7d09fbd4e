import type { Command } from "commander";
import type { Context } from "../context.js";
import { registerProfileCommand } from "../profile-command.js";
import type { CommandSummary } from "../program.js";

/** What `coding-salary --help` lists for this command. */
export const careersCommand: CommandSummary = { name: "careers", description: "medical coding next to related careers: ranges, entry and outlook", usage: "[options]" };

export function registerCareers(program: Command, ctx: Context): void {
  registerProfileCommand(program, ctx, {
    ...careersCommand,
    examples: [
      ["coding-salary careers", "coding beside billing, health information and records work"],
      ["coding-salary careers -e 3 --cert CPC --state FL", "with the coder row for your profile"],
    ],
    action: () => import("../actions/careers.js"),
  });
}
