import { estimate } from "../../core/estimate.js";
import type { BatchFlags } from "../commands/estimate.js";
import { ExitStatus, UsageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import type { ProfileRun } from "../profile-command.js";
import { ESTIMATE_CSV_HEADER, estimateCsvRow } from "../render/csv.js";
import { estimateReport } from "../render/estimate-report.js";
import { estimateDocument } from "../render/json.js";

export const run: ProfileRun<BatchFlags> = async ({ flags, profile, dataset, format, formatGiven, ctx }) => {
  if (flags.input !== undefined) {
    if (formatGiven && format !== "json" && format !== "csv")
      throw new UsageError(`a batch writes JSON Lines or CSV, not ${format}`, "Use --format json (the default with --input) or --format csv.");
    const { runBatch } = await import("../batch/run-batch.js");
    const { csvReader, jsonLinesReader } = await import("../batch/records.js");
    const { readFileChunks } = await import("../batch/read-file.js");
    const csv = (flags.inputFormat ?? (/\.csv$/i.test(flags.input) ? "csv" : "jsonl")) === "csv";
    const code = await runBatch({
      source: flags.input === "-" ? (ctx.io.stdin as NodeJS.ReadableStream & AsyncIterable<Buffer>) : readFileChunks(await checkedInput(flags.input)),
      reader: csv ? csvReader() : jsonLinesReader(),
      format: format === "csv" ? "csv" : "json",
      defaults: profile,
      dataset,
      io: ctx.io,
    });
    if (code !== ExitCode.ok) throw new ExitStatus(code);
    return undefined;
  }
  const result = estimate(profile, dataset);
  return {
    json: () => estimateDocument(result),
    blocks: () => estimateReport(result, dataset),
    csv: () => ESTIMATE_CSV_HEADER + estimateCsvRow(null, result),
  };
};

/** The batch's input file, checked before anything is written. */
async function checkedInput(path: string): Promise<string> {
  // Imported here, not at the top: an ESM import of node:fs also loads its streams and promises.
  const { statSync } = await import("node:fs");
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`${path} is a directory, not an input file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read the input file ${path}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(error)}`);
  }
  return path;
}
