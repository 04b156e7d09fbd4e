import type { Command } from "commander";
import type { Context } from "../context.js";
import { examples } from "../help.js";
import type { CommandSummary } from "../program.js";

/** What `coding-salary --help` lists for this command. */
export const dataCommand: CommandSummary = { name: "data", description: "export the dataset, or check a dataset file of your own before using it with --data", usage: "<export|validate>" };

export function registerData(program: Command, ctx: Context): void {
  const data = program.command(dataCommand.name).description(dataCommand.description);
  data.addHelpText(
    "after",
    examples([
      ["coding-salary data export > my-bands.json", "start your own bands from the bundled data"],
      ["coding-salary data validate my-bands.json", "check your edits"],
      ["coding-salary estimate -e 4 --data my-bands.json", "estimate with them"],
    ]),
  );
  data
    .command("export")
    .description("write the dataset in use (bundled, or --data) as one JSON file in the documented shape")
    .action(() => void ctx.io.out(`${JSON.stringify(ctx.dataset(), null, 2)}\n`));
  data
    .command("validate")
    .description("check a dataset file: shape, sources, ranges, ids; every problem with its path")
    .argument("<file>", "the dataset file")
    .action(async (file: string) => {
      const { readDatasetFile } = await import("../dataset-file.js");
      const d = await readDatasetFile(file);
      ctx.io.out(`valid: ${file} (dataset ${d.version}: ${d.sources.length} sources, ${d.states.list.length} states)\n`);
    });
}
