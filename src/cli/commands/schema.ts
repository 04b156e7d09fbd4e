import type { Command } from "commander";
import type { Context } from "../context.js";
import { examples } from "../help.js";
import type { CommandSummary } from "../program.js";

/** What `coding-salary --help` lists for this command. */
export const schemaCommand: CommandSummary = { name: "schema", description: "print the JSON Schema (draft 2020-12) of a command's JSON output, or of a dataset", usage: "[name]" };

export function registerSchema(program: Command, ctx: Context): void {
  program
    .command(schemaCommand.name)
    .description(schemaCommand.description)
    .argument("[name]", "estimate, offer, compare, career, roi, careers, sources or dataset; none lists them")
    .addHelpText("after", examples([["coding-salary schema estimate > estimate.schema.json", "the contract of estimate --json"], ["coding-salary schema", "the list"]]))
    .action(async (name: string | undefined) => {
      const { printSchema } = await import("../actions/schema.js");
      printSchema(ctx, name);
    });
}
