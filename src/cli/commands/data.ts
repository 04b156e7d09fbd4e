import { defineCommand } from "../command.js";
import { printable } from "../text.js";

export default defineCommand({
  configure: (c, ctx) => {
    c.command("export")
      .description("write the dataset in use (bundled, or --data) as one JSON file in the documented shape")
      .action(() => void ctx.io.out(`${JSON.stringify(ctx.dataset(), null, 2)}\n`));
    c.command("validate")
      .description("check a dataset file: shape, sources, ranges, ids; every problem with its path")
      .argument("<file>", "the dataset file (- for stdin)")
      .action(async (file: string) => {
        const { readDatasetFile } = await import("../dataset-file.js");
        const d = await readDatasetFile(file, ctx.io.stdin);
        // The name and version are the user's text: shown, not obeyed, on a terminal.
        ctx.io.out(`valid: ${printable(file)} (dataset ${printable(d.version)}: ${d.sources.length} sources, ${d.states.list.length} states, ${d.credentials.list.length} credentials)\n`);
      });
  },
  examples: [
    ["coding-salary data export > my-bands.json", "start your own bands from the bundled data"],
    ["coding-salary data validate my-bands.json", "check your edits"],
    ["coding-salary estimate -e 4 --data my-bands.json", "estimate with them"],
  ],
});
