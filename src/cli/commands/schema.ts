import { Argument } from "commander";
import { defineCommand } from "../command.js";
import { parseChoice, type ChoiceTable } from "../options/choice.js";
import { publishedSchema } from "../schemas/documents.js";
import { SCHEMAS } from "../schemas/registry.js";

const NAMES: ChoiceTable = { noun: "schema", choices: Object.entries(SCHEMAS).map(([value, s]) => ({ value, description: s.what })) };

export default defineCommand({
  formats: false,
  configure: (c, ctx) =>
    c
      .addArgument(
        new Argument("[name]", `${Object.keys(SCHEMAS).join(", ")}; none lists them`).choices(Object.keys(SCHEMAS)).argParser((text) => parseChoice(NAMES, text)),
      )
      .action((name: string | undefined) => {
        if (name === undefined) ctx.io.out(Object.entries(SCHEMAS).map(([n, s]) => `${n.padEnd(10)} ${s.what}\n`).join(""));
        else ctx.io.out(`${JSON.stringify(publishedSchema(name, (SCHEMAS[name] as (typeof SCHEMAS)[string]).schema), null, 2)}\n`);
      }),
  examples: [
    ["coding-salary schema estimate > estimate.schema.json", "the contract of estimate --json"],
    ["coding-salary schema batch", "the contract of each line of estimate --input"],
    ["coding-salary schema", "the list"],
  ],
});
