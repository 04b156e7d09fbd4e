import type { Command } from "commander";
import { closest } from "../../core/match.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import { examples } from "../help.js";
import { publishedSchema } from "../schemas/documents.js";
import { SCHEMAS } from "../schemas/registry.js";

export function registerSchema(program: Command, ctx: Context): void {
  program
    .command("schema")
    .description("print the JSON Schema (draft 2020-12) of a command's JSON output, or of a dataset")
    .argument("[name]", `one of: ${Object.keys(SCHEMAS).join(", ")}`)
    .addHelpText("after", examples([["coding-salary schema estimate > estimate.schema.json", "the contract of estimate --json"], ["coding-salary schema", "the list"]]))
    .action((name: string | undefined) => {
      if (name === undefined) {
        ctx.io.out(Object.entries(SCHEMAS).map(([n, s]) => `${n.padEnd(10)} ${s.what}\n`).join(""));
        return;
      }
      const entry = SCHEMAS[name];
      if (!entry) {
        const near = closest(name, Object.keys(SCHEMAS).map((n) => ({ names: [n], value: n })));
        throw new UsageError(`no schema named ${JSON.stringify(name)}${near ? `. Did you mean ${near}?` : ""}`, `Allowed: ${Object.keys(SCHEMAS).join(", ")}`);
      }
      ctx.io.out(`${JSON.stringify(publishedSchema(name, entry.schema), null, 2)}\n`);
    });
}
