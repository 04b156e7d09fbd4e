import { PROFILE_FIELDS } from "../../core/profile.js";
import { UsageError } from "../errors.js";
import { fieldOfColumn, optionOf, type ProfileField } from "../options/profile.js";
import { quote } from "../text.js";
import { CsvParser, MAX_FIELD_LENGTH } from "./csv.js";

export interface RecordError {
  code: string;
  message: string;
}

/** Where a reader sends each record, in input order; `line` is the 1-based line it starts on. */
export interface RecordSink {
  /** A JSON Lines record, as the bytes `chunk[start, end)` — parsed only if its estimate is not known yet. */
  jsonLine(line: number, chunk: Buffer, start: number, end: number): void;
  /** A record already read into profile fields (CSV); equal `key`s are equal records. */
  fields(line: number, key: string, fields: Record<string, unknown>): void;
  failed(line: number, error: RecordError, fields?: unknown): void;
}

/** Reads chunks of input into records; `end` gives what the last chunk left unfinished. */
export interface RecordReader {
  push(chunk: Buffer, sink: RecordSink): void;
  end(sink: RecordSink): void;
}

const EMPTY = Buffer.alloc(0);

/** Longer than any profile: a line past this is refused, not held in memory. */
export const MAX_LINE_LENGTH = 1 << 20;

const isBlank = (bytes: Buffer, start: number, end: number) => {
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b !== 32 && b !== 9 && b !== 13) return false;
  }
  return true;
};

/**
 * JSON Lines: one JSON object per line; blank lines skipped (still counted as lines). Lines are
 * found in the raw bytes and handed on as byte ranges, so a repeated record costs no allocation.
 */
export function jsonLinesReader(): RecordReader {
  let rest = EMPTY;
  let line = 0;
  let overlong = false;
  const record = (sink: RecordSink, bytes: Buffer, start: number, end: number) => {
    line++;
    if (overlong || end - start > MAX_LINE_LENGTH) {
      overlong = false;
      sink.failed(line, { code: "invalid-json", message: `line ${line} is longer than ${MAX_LINE_LENGTH} bytes` });
    } else if (!isBlank(bytes, start, end)) sink.jsonLine(line, bytes, start, end);
  };
  return {
    push(chunk, sink) {
      let start = 0;
      let end = chunk.indexOf(10);
      if (rest.length && end !== -1) {
        // Only the line that crosses from the last chunk is joined; the rest is read in place.
        const joined = Buffer.concat([rest, chunk.subarray(0, end)]);
        record(sink, joined, 0, joined.length);
        rest = EMPTY;
        start = end + 1;
        end = chunk.indexOf(10, start);
      }
      for (; end !== -1; end = chunk.indexOf(10, start)) {
        record(sink, chunk, start, end);
        start = end + 1;
      }
      // A copy: the chunk's memory may be reused for the next read.
      rest = start < chunk.length ? Buffer.concat([rest, chunk.subarray(start)]) : rest;
      if (rest.length > MAX_LINE_LENGTH) {
        overlong = true;
        rest = Buffer.from(" ");
      }
    },
    end(sink) {
      if (rest.length) record(sink, rest, 0, rest.length);
      rest = EMPTY;
    },
  };
}

/** A CSV column as a batch reads it: the record key it sets, and how a cell (trimmed, not empty) becomes its value. */
export interface CsvColumn {
  key: string;
  fromCell(text: string): unknown;
}

/** How a batch reads a CSV header: each name's column, or undefined for a name it refuses; `allowed` lists the names for the error. */
export interface CsvColumns {
  columnOf(name: string): CsvColumn | undefined;
  allowed: string;
}

/** The profile's columns (estimate --input): any other name is refused. */
const PROFILE_COLUMNS: CsvColumns = {
  columnOf(name) {
    const field: ProfileField | undefined = fieldOfColumn(name);
    const option = field && optionOf(field);
    return option ? { key: option.field, fromCell: (text) => option.fromCell(text) } : undefined;
  },
  allowed: PROFILE_FIELDS.join(", "),
};

/**
 * CSV with a header row of profile field names (any case), or the columns `columns` reads. An
 * empty cell is a field not given; `certifications` holds codes separated by `;` or `|`;
 * `remote` is true/false, yes/no or 1/0. A header naming anything else is a usage error
 * before any output.
 */
export function csvReader(columns: CsvColumns = PROFILE_COLUMNS): RecordReader {
  const parser = new CsvParser();
  const decoder = new TextDecoder("utf-8");
  let header: CsvColumn[] | undefined;
  const send = (rows: ReturnType<CsvParser["push"]>, sink: RecordSink, unterminatedFrom: number | null = null) => {
    for (const row of rows) {
      if (!header) {
        header = row.cells.map((name) => {
          const column = columns.columnOf(name.trim());
          if (!column) throw new UsageError(`unknown CSV column ${quote(name)}`, `Allowed columns: ${columns.allowed}`);
          return column;
        });
        continue;
      }
      const fields: Record<string, unknown> = {};
      row.cells.forEach((cell, i) => {
        const value = cell.trim();
        const column = header?.[i];
        if (value !== "" && column) fields[column.key] = column.fromCell(value);
      });
      if (row.overlong)
        sink.failed(row.line, { code: "invalid-csv", message: `line ${row.line} has a field longer than ${MAX_FIELD_LENGTH} characters` });
      else if (row.cells.length > header.length)
        sink.failed(row.line, { code: "invalid-csv", message: `line ${row.line} has ${row.cells.length} fields; the header has ${header.length}` }, fields);
      else if (row.line === unterminatedFrom) sink.failed(row.line, { code: "invalid-csv", message: `line ${row.line} opens a quoted field that never closes` }, fields);
      else sink.fields(row.line, row.cells.join("\u0000"), fields);
    }
  };
  return {
    push: (chunk, sink) => send(parser.push(decoder.decode(chunk, { stream: true })), sink),
    end(sink) {
      send(parser.push(decoder.decode()), sink);
      const last = parser.end();
      send(last, sink, parser.unterminatedFrom);
    },
  };
}
