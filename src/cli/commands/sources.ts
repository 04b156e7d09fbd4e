import { createHash } from "node:crypto";
import type { Command } from "commander";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { Context } from "../context.js";
import { examples } from "../help.js";
import { addFormatOptions, formatOf, writeResult, type FormatFlags } from "../output.js";
import { sourcesDocument } from "../render/json.js";
import { sourcesReport } from "../render/sources-report.js";

export function registerSources(program: Command, ctx: Context): void {
  const command = program.command("sources").description("every data source with publisher, year and coverage; the dataset's version and hash");
  addFormatOptions(command);
  command.addHelpText("after", examples([["coding-salary sources", "where the figures come from"], ["coding-salary sources --json | jq -r .dataset.hash", "the hash that pins a set of estimates"]]));
  command.action(async (_flags: FormatFlags, cmd: Command) => {
    const flags = cmd.optsWithGlobals() as FormatFlags;
    const dataset = ctx.dataset();
    const hash = datasetHash(dataset);
    await writeResult(ctx, formatOf(flags), flags, { json: () => sourcesDocument(dataset, hash), blocks: () => sourcesReport(dataset, hash) });
  });
}

/** SHA-256 of the dataset as canonical JSON (keys sorted), so the same figures always give the same hash. */
export function datasetHash(d: Dataset): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
        : value;
  return createHash("sha256").update(JSON.stringify(canonical(d))).digest("hex");
}
