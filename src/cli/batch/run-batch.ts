import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { CodingSalaryError } from "../../core/errors.js";
import { estimateProfile } from "../../core/estimate.js";
import { normalizeProfile, type ProfileInput } from "../../core/profile.js";
import { UsageError } from "../errors.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import type { Io } from "../io.js";
import { csvLine } from "./csv.js";
import { errorCsvRow, estimateCsvHeader, estimateCsvRow } from "../render/csv.js";
import { BlockWriter } from "./block-writer.js";
import { JsonBytes, writeEstimateJson } from "./estimate-json.js";
import { openFileChunks } from "./read-file.js";
import { csvReader, detectedReader, jsonLinesReader, type CsvColumns, type RecordError, type RecordReader, type RecordSink } from "./records.js";
import { hashBytes, hashText, ResultCache } from "./result-cache.js";

/**
 * What a batch does with each record instead of estimating it (`offer --input` scores an
 * offer): which CSV columns it reads, its CSV header, and each record's output.
 */
export interface RecordHandler {
  /** The CSV columns it reads (any other column is carried through). */
  csvColumns: CsvColumns;
  /** The CSV output's header line, the carried columns' names at its end. */
  csvHeader(carried: readonly string[]): string;
  /**
   * A record (the flags' profile merged under it) as what follows its line number: the JSON
   * after `{"line":N,` (newline included), or the CSV row from its first comma (no newline).
   * Throws a `CodingSalaryError` when the record cannot be scored.
   */
  line(fields: unknown, json: boolean): string;
  /** A record's own keys it does not read (JSON Lines), shown under `fields` with its error. */
  unread(fields: unknown): Record<string, unknown> | undefined;
  /** A failed record's CSV row, newline included, the carried cells at its end. */
  errorCsvRow(line: number, error: RecordError, fields: unknown, carried: readonly string[] | undefined): string;
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

/** What a JSON line that does not parse reads as. */
const INVALID_JSON = Symbol("invalid JSON");

/** Longest error message a record carries: what went wrong fits, a huge echo does not. */
const MAX_MESSAGE = 1000;

/**
 * Estimates every record of a stream, writing one line per record in input order as it goes:
 * an estimate, or an error record in its place — whatever goes wrong with one record (even a
 * bug) is that record's error, and the batch goes on. Nothing is written before the first
 * record, so a usage error (a bad CSV header) leaves stdout empty. Returns 0, 3 when some
 * records failed, or 130/143 when SIGINT/SIGTERM stopped it (after the last whole block).
 */
async function runBatch(o: BatchOptions): Promise<ExitCodeValue> {
  const { io, dataset, reader, handler } = o;
  const json = o.format === "json";
  const withDefaults = Object.keys(o.defaults).length > 0;
  const out = new BlockWriter(io);
  /** Results by record: JSON as the bytes after `{"line":N,`, CSV as the row after the line number. */
  const cache = new ResultCache<Uint8Array | string>();
  /** Where a JSON result is written before it is copied into the output (and, for a record that came before, kept). */
  const scratch = new JsonBytes();
  let extraNames: readonly string[] = [];
  let records = 0;
  let failed = 0;
  let internal = 0;

  /** What follows the line number: the rest of the JSON document (bytes valid until the next record), or of the CSV row (from its first comma, without the line break). */
  const estimateOf = (fields: unknown): Uint8Array | string => {
    const input = withDefaults ? merged(o.defaults, fields) : fields;
    if (handler) {
      const rest = handler.line(input, json);
      return json ? Buffer.from(rest) : rest;
    }
    const estimate = estimateProfile(normalizeProfile(input, dataset), dataset);
    if (!json) return estimateCsvRow(null, estimate).slice(0, -1);
    scratch.length = 0;
    writeEstimateJson(estimate, dataset, scratch);
    return scratch.buffer.subarray(0, scratch.length);
  };
  const header = () => {
    if (!json && !out.started) out.addLine(handler ? handler.csvHeader(extraNames) : estimateCsvHeader(extraNames));
  };
  const write = (line: number, rest: Uint8Array | string, extra: readonly string[] | undefined) => {
    header();
    if (json && !extra?.length && typeof rest !== "string") out.addNumbered(line, rest);
    else if (json) out.addLine(`{"line":${line},`, extra?.length ? `"fields":${fieldsJson(extra)},` : "", rest);
    else out.addLine(String(line), rest as string, extra?.length ? `,${csvLine(extra)}` : "\n");
  };
  /**
   * A result from the cache, or worked out now (and kept when its record has come before);
   * undefined for a failed record. The record is `bytes[start, end)` (JSON Lines) or its key text (CSV).
   */
  const resultOf = (record: Uint8Array | string, start: number, end: number, line: number, fields: () => unknown, extra?: readonly string[]): Uint8Array | string | undefined => {
    const hash = typeof record === "string" ? hashText(record) : hashBytes(record, start, end);
    const keep = cache.cameBefore(hash);
    if (keep) {
      const known = cache.get(hash, record, start, end);
      if (known !== undefined) return known;
    }
    const given = fields();
    if (given === INVALID_JSON) return void fail(line, { code: "invalid-json", message: `line ${line} is not valid JSON` });
    const rest = tryEstimate(line, given, extra);
    // Copies: the input chunk and the scratch buffer are reused.
    if (rest !== undefined && keep) cache.set(hash, typeof record === "string" ? record : Buffer.from(record.subarray(start, end)), typeof rest === "string" ? rest : Buffer.from(rest));
    return rest;
  };
  const fieldsJson = (extra: readonly string[]) => JSON.stringify(fieldsOf(extra));
  /** The columns carried through, by name (JSON output). */
  const fieldsOf = (extra: readonly string[]) => Object.fromEntries(extraNames.map((name, i) => [name, extra[i] ?? ""]));
  const sink: RecordSink = {
    jsonLine(line, chunk, start, end) {
      records++;
      const rest = resultOf(chunk, start, end, line, () => {
        try {
          return JSON.parse(chunk.toString("utf8", start, end)) as unknown;
        } catch {
          return INVALID_JSON;
        }
      });
      if (rest !== undefined) write(line, rest, undefined);
    },
    fields(line, key, fields, extra) {
      records++;
      const rest = resultOf(key, 0, key.length, line, () => fields, extra);
      if (rest !== undefined) write(line, rest, extra);
    },
    failed(line, error, fields, extra) {
      records++;
      fail(line, error, fields, extra);
    },
    columns(extra) {
      extraNames = extra;
    },
    warn(message) {
      io.err(`coding-salary: warning: ${message}\n`);
    },
  };
  const tryEstimate = (line: number, fields: unknown, extra?: readonly string[]): Uint8Array | string | undefined => {
    try {
      return estimateOf(fields);
    } catch (error) {
      if (error instanceof CodingSalaryError) fail(line, { code: error.code, message: error.message }, fields, extra);
      else {
        // A bug, or input past what the model was built for: this record's error, not the batch's end.
        if (internal++ === 0) io.err(`coding-salary: line ${line}: internal error: ${messageOf(error)} (please report it; the batch goes on)\n`);
        fail(line, { code: "internal-error", message: `internal error: ${messageOf(error)}` }, fields, extra);
      }
      return undefined;
    }
  };
  const fail = (line: number, error: RecordError, fields?: unknown, extra?: readonly string[]) => {
    failed++;
    const short = { code: error.code, message: error.message.length > MAX_MESSAGE ? `${error.message.slice(0, MAX_MESSAGE)}…` : error.message };
    header();
    if (json) {
      const shown = { ...handler?.unread(fields), ...(extra?.length ? fieldsOf(extra) : {}) };
      out.addLine(JSON.stringify({ line, error: short, ...(Object.keys(shown).length ? { fields: shown } : {}) }), "\n");
    }
    else out.addLine(handler ? handler.errorCsvRow(line, short, fields, extra) : errorCsvRow(line, fields, short, extra));
  };

  let stoppedBy: NodeJS.Signals | undefined;
  const stop = (signal: NodeJS.Signals) => {
    io.interrupted?.(signal);
    // A second signal means now, even mid-block.
    if (stoppedBy) process.exit(signal === "SIGINT" ? ExitCode.interrupted : ExitCode.terminated);
    stoppedBy = signal;
    // Unblocks a read that is waiting for input (a terminal, a quiet pipe).
    o.source.destroy?.();
  };
  process.on("SIGINT", stop).on("SIGTERM", stop);
  try {
    let first = true;
    for await (const chunk of o.source) {
      if (first && chunk.length > 0) {
        first = false;
        refuseUtf16(chunk);
      }
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
    out.flush();
  } finally {
    process.off("SIGINT", stop).off("SIGTERM", stop);
    o.source.destroy?.();
  }

  io.err(`coding-salary: ${records} records: ${records - failed} ok, ${failed} failed${stoppedBy ? ` (stopped by ${stoppedBy})` : ""}\n`);
  if (stoppedBy) return stoppedBy === "SIGINT" ? ExitCode.interrupted : ExitCode.terminated;
  return failed > 0 ? ExitCode.partial : ExitCode.ok;
}

/** A UTF-16 file (Excel's "Unicode text") read as UTF-8 is noise that can look like records: refused at its byte order mark. */
function refuseUtf16(start: Buffer): void {
  if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff))
    throw new UsageError("the input is UTF-16 text; batch input is UTF-8", 'Save it as UTF-8 ("CSV UTF-8" in a spreadsheet), or convert it: iconv -f UTF-16 -t UTF-8');
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The flags' profile under the record's own fields (a field a record gives, even null, wins). */
function merged(defaults: ProfileInput, fields: unknown): unknown {
  if (!fields || typeof fields !== "object" || Array.isArray(fields)) return fields;
  return { ...defaults, ...fields };
}

/**
 * A batch from a file (`-` for stdin), checked before anything is written. The format is
 * --input-format's, else the file's extension's (.csv; .jsonl, .ndjson, .json), else (stdin,
 * any other name) told from the input's first character.
 */
export async function runBatchFile(o: {
  input: string;
  inputFormat: "jsonl" | "csv" | undefined;
  format: "json" | "csv";
  defaults: ProfileInput;
  dataset: Dataset;
  io: Io;
  handler?: RecordHandler;
}): Promise<ExitCodeValue> {
  const format = o.inputFormat ?? (/\.csv$/i.test(o.input) ? "csv" : /\.(jsonl|ndjson|json)$/i.test(o.input) ? "jsonl" : undefined);
  const columns = o.handler?.csvColumns;
  const reader = format === "csv" ? csvReader(columns) : format === "jsonl" ? jsonLinesReader() : detectedReader(columns);
  const source = o.input === "-" ? (o.io.stdin as NodeJS.ReadableStream & AsyncIterable<Buffer>) : await openFileChunks(o.input);
  return runBatch({ source, reader, format: o.format, defaults: o.defaults, dataset: o.dataset, io: o.io, handler: o.handler });
}
