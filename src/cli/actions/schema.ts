import { closest } from "../../core/match.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors.js";
import { publishedSchema } from "../schemas/documents.js";
import { SCHEMAS } from "../schemas/registry.js";

/** The list of schemas without a name; the named schema as JSON. */
export function printSchema(ctx: Context, name: string | undefined): void {
  if (name === undefined) {
    ctx.io.out(Object.entries(SCHEMAS).map(([n, s]) => `${n.padEnd(10)} ${s.what}\n`).join(""));
    return;
  }
  const entry = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
  if (!entry) {
    const near = closest(name, Object.keys(SCHEMAS).map((n) => ({ names: [n], value: n })));
    throw new UsageError(`no schema named ${JSON.stringify(name)}${near ? `. Did you mean ${near}?` : ""}`, `Allowed: ${Object.keys(SCHEMAS).join(", ")}`);
  }
  ctx.io.out(`${JSON.stringify(publishedSchema(name, entry.schema), null, 2)}\n`);
}
