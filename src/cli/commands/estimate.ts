import { statSync } from "node:fs";
import { Option, type Command } from "commander";
import { estimate } from "../../core/estimate.js";
import type { Context } from "../context.js";
import { ExitStatus, UsageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { registerProfileCommand } from "../profile-command.js";
import { ESTIMATE_CSV_HEADER, estimateCsvRow } from "../render/csv.js";
import { estimateReport } from "../render/estimate-report.js";
import { estimateDocument } from "../render/json.js";

interface BatchFlags {
  input?: string;
  inputFormat?: string;
}

export function registerEstimate(program: Command, ctx: Context): void {
  registerProfileCommand<BatchFlags>(program, ctx, {
    name: "estimate",
    description: "estimate annual and hourly pay for a profile, with the factors and sources behind it",
    formats: ["table", "json", "markdown", "csv"],
    configure: (c) =>
      c
        .option("-i, --input <file>", "estimate every profile in a JSON Lines or CSV file (- for stdin), one output line each")
        .addOption(new Option("--input-format <format>", "input format (default: from the extension; jsonl for stdin)").choices(["jsonl", "csv"])),
    examples: [
      ["coding-salary estimate --experience 4 --cert CPC --specialty cardiology --state TX --setting hospital", "a mid-career certified cardiology coder in a Texas hospital"],
      ["coding-salary estimate", "the national figure"],
      ["coding-salary estimate -e 2 --cert cpc --remote --json | jq .annual", "a script reading the range"],
      ["coding-salary estimate --input profiles.jsonl > estimates.jsonl", "a batch: one JSON line per profile, in order"],
      ["coding-salary estimate --input staff.csv --format csv --state OH > out.csv", "CSV in and out; --state applies where a row has none"],
    ],
    run: async ({ flags, profile, dataset, format, formatGiven }) => {
      if (flags.input !== undefined) {
        if (formatGiven && format !== "json" && format !== "csv")
          throw new UsageError(`a batch writes JSON Lines or CSV, not ${format}`, "Use --format json (the default with --input) or --format csv.");
        const { runBatch } = await import("../batch/run-batch.js");
        const { csvReader, jsonLinesReader } = await import("../batch/records.js");
        const { readFileChunks } = await import("../batch/read-file.js");
        const csv = (flags.inputFormat ?? (/\.csv$/i.test(flags.input) ? "csv" : "jsonl")) === "csv";
        const code = await runBatch({
          source: flags.input === "-" ? (ctx.io.stdin as NodeJS.ReadableStream & AsyncIterable<Buffer>) : readFileChunks(checkedInput(flags.input)),
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
    },
  });
}

/** The batch's input file, checked before anything is written. */
function checkedInput(path: string): string {
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`${path} is a directory, not an input file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read the input file ${path}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(error)}`);
  }
  return path;
}
