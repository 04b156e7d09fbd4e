import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { CodingSalaryError } from "../../core/errors.js";
import { estimateProfile } from "../../core/estimate.js";
import { normalizeProfile, type ProfileInput } from "../../core/profile.js";
import { UsageError } from "../errors.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import type { Io } from "../io.js";
import { ESTIMATE_CSV_HEADER, errorCsvRow, estimateCsvRow } from "../render/csv.js";
import { estimateDocument } from "../render/json.js";
import { BlockWriter } from "./block-writer.js";
import { readFileChunks } from "./read-file.js";
import { csvReader, jsonLinesReader, type CsvColumns, type RecordError, type RecordReader, type RecordSink } from "./records.js";
import { ResultCache } from "./result-cache.js";

/**
 * What a batch does with each record instead of estimating it (`offer --input` scores an
 * offer): how it reads a CSV header, its CSV header, and each record's output line.
 */
export interface RecordHandler {
  csvColumns: CsvColumns;
  /** The CSV output's header line; asked for once the input's header has been read. */
  csvHeader(): string;
  /**
   * A record (the flags' profile merged under it) as the rest of its output line: the JSON
   * after `{"line":N,` or the CSV row after the line number, newline included. Throws a
   * `CodingSalaryError` when the record cannot be scored.
   */
  line(fields: unknown, json: boolean): string;
  /** A failed record's whole output line (JSON or CSV), newline included. */
  errorLine(line: number, error: RecordError, fields: unknown, json: boolean): string;
}

interface BatchOptions {
  /** Chunks of input; each is read in full before the next is asked for (it may reuse memory). */
  source: AsyncIterable<Buffer> & { destroy?: () => void };
  reader: RecordReader;
  format: "json" | "csv";
  /** Profile flags given with --input: each applies where a record leaves the field out. */
  defaults: ProfileInput;
  dataset: Dataset;
  io: Io;
  /** Scores each record instead of estimating it. */
  handler?: RecordHandler | undefined;
}

const COMMA = 44;

/**
 * Estimates every record of a stream, writing one line per record in input order as it goes:
 * an estimate, or an error record in its place. Returns 0, 3 when some records failed, or
 * 130/143 when SIGINT/SIGTERM stopped it (after the last whole block).
 */
async function runBatch(o: BatchOptions): Promise<ExitCodeValue> {
  const { io, dataset, reader } = o;
  const json = o.format === "json";
  const withDefaults = Object.keys(o.defaults).length > 0;
  const out = new BlockWriter(io);
  const cache = new ResultCache();
  let records = 0;
  let failed = 0;

  const { handler } = o;
  /** The line after `{"line":N,` (JSON) or after the line number (CSV). */
  const estimateOf = (fields: unknown): Buffer => {
    const input = withDefaults ? merged(o.defaults, fields) : fields;
    if (handler) return Buffer.from(handler.line(input, json));
    const estimate = estimateProfile(normalizeProfile(input, dataset), dataset);
    return Buffer.from(json ? `${JSON.stringify(estimateDocument(estimate, dataset)).slice(1)}\n` : estimateCsvRow(null, estimate).slice(1));
  };
  // The CSV header waits for the first output line: a handler's header follows the input's.
  let headerDue = !json;
  const header = () => {
    if (!headerDue) return;
    headerDue = false;
    out.addText(handler ? handler.csvHeader() : ESTIMATE_CSV_HEADER);
  };
  const write = (line: number, rest: Buffer) => {
    header();
    if (json) out.addNumbered('{"line":', line, COMMA, rest);
    else out.addNumbered("", line, COMMA, rest);
  };
  const sink: RecordSink = {
    jsonLine(line, chunk, start, end) {
      records++;
      let rest = cache.getBytes(chunk, start, end);
      if (rest === undefined) {
        let fields: unknown;
        try {
          fields = JSON.parse(chunk.toString("utf8", start, end));
        } catch {
          return fail(line, { code: "invalid-json", message: `line ${line} is not valid JSON` });
        }
        rest = tryEstimate(line, fields);
        if (rest === undefined) return;
        cache.setBytes(chunk, start, end, rest);
      }
      write(line, rest);
    },
    fields(line, key, fields) {
      records++;
      let rest = cache.get(key);
      if (rest === undefined) {
        rest = tryEstimate(line, fields);
        if (rest === undefined) return;
        cache.set(key, rest);
      }
      write(line, rest);
    },
    failed(line, error, fields) {
      records++;
      fail(line, error, fields);
    },
  };
  const tryEstimate = (line: number, fields: unknown): Buffer | undefined => {
    try {
      return estimateOf(fields);
    } catch (error) {
      if (!(error instanceof CodingSalaryError)) throw error;
      fail(line, { code: error.code, message: error.message }, fields);
      return undefined;
    }
  };
  const fail = (line: number, error: RecordError, fields?: unknown) => {
    failed++;
    header();
    out.addText(handler ? handler.errorLine(line, error, fields, json) : json ? `${JSON.stringify({ line, error })}\n` : errorCsvRow(line, fields, error));
  };

  let stoppedBy: NodeJS.Signals | undefined;
  const stop = (signal: NodeJS.Signals) => {
    // A second signal means now, even mid-block.
    if (stoppedBy) process.exit(signal === "SIGINT" ? ExitCode.interrupted : ExitCode.terminated);
    stoppedBy = signal;
    // Unblocks a read that is waiting for input (a terminal, a quiet pipe).
    o.source.destroy?.();
  };
  process.on("SIGINT", stop).on("SIGTERM", stop);
  try {
    for await (const chunk of o.source) {
      reader.push(chunk, sink);
      // Whole lines only, one block at a time: a signal stops between blocks.
      out.flush();
      if (out.behind) {
        out.behind = false;
        await io.drained();
      }
      if (stoppedBy) break;
    }
    if (!stoppedBy) reader.end(sink);
    header();
    out.flush();
  } catch (error) {
    // Destroying the input to stop makes a waiting read fail; that is the stop, not an error.
    if (!stoppedBy) throw error;
    header();
    out.flush();
  } finally {
    process.off("SIGINT", stop).off("SIGTERM", stop);
    o.source.destroy?.();
  }

  io.err(`coding-salary: ${records} records: ${records - failed} ok, ${failed} failed${stoppedBy ? ` (stopped by ${stoppedBy})` : ""}\n`);
  if (stoppedBy) return stoppedBy === "SIGINT" ? ExitCode.interrupted : ExitCode.terminated;
  return failed > 0 ? ExitCode.partial : ExitCode.ok;
}

/** The flags' profile under the record's own fields (a field a record gives, even null, wins). */
function merged(defaults: ProfileInput, fields: unknown): unknown {
  if (!fields || typeof fields !== "object" || Array.isArray(fields)) return fields;
  return { ...defaults, ...fields };
}

/** A batch from a file (`-` for stdin): the input is checked before anything is written. */
export async function runBatchFile(o: {
  input: string;
  inputFormat: "jsonl" | "csv" | undefined;
  format: "json" | "csv";
  defaults: ProfileInput;
  dataset: Dataset;
  io: Io;
  handler?: RecordHandler;
}): Promise<ExitCodeValue> {
  const csv = (o.inputFormat ?? (/\.csv$/i.test(o.input) ? "csv" : "jsonl")) === "csv";
  const source = o.input === "-" ? (o.io.stdin as NodeJS.ReadableStream & AsyncIterable<Buffer>) : readFileChunks(await checkedInput(o.input));
  const reader = csv ? csvReader(o.handler?.csvColumns) : jsonLinesReader();
  return runBatch({ source, reader, format: o.format, defaults: o.defaults, dataset: o.dataset, io: o.io, handler: o.handler });
}

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
