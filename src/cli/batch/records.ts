import { closest } from "../../core/match.js";
import { UsageError } from "../errors.js";
import { fieldOfColumn, optionOf, PROFILE_OPTIONS, type ProfileField } from "../options/profile.js";
import { quote } from "../text.js";
import { CsvParser, MAX_ROW_LENGTH, type CsvRow } from "./csv.js";

export interface RecordError {
  code: string;
  message: string;
}

/** Where a reader sends each record, in input order; `line` is the 1-based line it starts on. */
export interface RecordSink {
  /** A JSON Lines record, as the bytes `chunk[start, end)` — parsed only if its estimate is not known yet. */
  jsonLine(line: number, chunk: Buffer, start: number, end: number): void;
  /**
   * A record already read into profile fields (CSV). `key` is the exact text of its profile
   * cells: equal keys are equal profiles. `extra` holds the cells of the columns carried through.
   */
  fields(line: number, key: string, fields: Record<string, unknown>, extra?: readonly string[]): void;
  failed(line: number, error: RecordError, fields?: unknown, extra?: readonly string[]): void;
  /** Before any record: the names of the input's columns that are not profile fields (CSV), carried through to the output. */
  columns?(extra: readonly string[]): void;
  /** Something the user should know about the input that does not stop it (a column that looks misspelt). */
  warn?(message: string): void;
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

/** The UTF-8 byte order mark some editors put at the start of a file. */
const hasBom = (bytes: Buffer) => bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * JSON Lines: one JSON object per line; blank lines skipped (still counted as lines); a UTF-8
 * byte order mark at the start ignored. Lines are found in the raw bytes and handed on as byte
 * ranges, so a repeated record costs no allocation.
 */
export function jsonLinesReader(linesBefore = 0): RecordReader {
  let rest = EMPTY;
  let line = linesBefore;
  let overlong = false;
  let first = true;
  const record = (sink: RecordSink, bytes: Buffer, start: number, end: number) => {
    line++;
    if (overlong || end - start > MAX_LINE_LENGTH) {
      overlong = false;
      sink.failed(line, { code: "invalid-json", message: `line ${line} is longer than ${MAX_LINE_LENGTH} bytes` });
    } else if (!isBlank(bytes, start, end)) sink.jsonLine(line, bytes, start, end);
  };
  const reader: RecordReader = {
    push(chunk, sink) {
      if (first && rest.length + chunk.length < 3) {
        // Too short to tell whether it starts with a byte order mark: wait for more.
        rest = Buffer.concat([rest, chunk]);
        return;
      }
      if (first) {
        first = false;
        if (rest.length) {
          chunk = Buffer.concat([rest, chunk]);
          rest = EMPTY;
        }
        if (hasBom(chunk)) chunk = chunk.subarray(3);
      }
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
      if (first) {
        // All of it was held back (under three bytes): its lines are read now.
        const held = rest;
        rest = EMPTY;
        first = false;
        reader.push(hasBom(held) ? held.subarray(3) : held, sink);
      }
      if (rest.length) record(sink, rest, 0, rest.length);
      rest = EMPTY;
    },
  };
  return reader;
}

/** A CSV column a batch reads: the record key it sets, and how a cell (trimmed, not empty) becomes its value. */
interface CsvColumn {
  key: string;
  fromCell(text: string): unknown;
}

/** Which CSV columns a batch reads; any other is carried through to the output. */
export interface CsvColumns {
  columnOf(name: string): CsvColumn | undefined;
  /** The likely column a name misspells, to warn of. */
  near(name: string): string | undefined;
  /** What a column read is, for messages: "profile field". */
  noun: string;
  /** The columns read, for a header that names none of them. */
  allowed: string;
}

const CANDIDATES = PROFILE_OPTIONS.map((o) => ({ names: o.columns, value: o.columns[0] as string }));

/** The profile's columns (estimate --input), in any of the option table's spellings. */
export const PROFILE_COLUMNS: CsvColumns = {
  columnOf(name) {
    const field: ProfileField | undefined = fieldOfColumn(name);
    const option = field && optionOf(field);
    return option ? { key: option.field, fromCell: (text) => option.fromCell(text) } : undefined;
  },
  near: (name) => closest(name, CANDIDATES),
  noun: "profile field",
  allowed: `Profile columns: ${PROFILE_OPTIONS.map((o) => o.columns[0]).join(", ")} (any case; experience_years and the like work too). Other columns are carried through to the output.`,
};

/** What each column of a CSV file is: one the batch reads, or one carried through (its index among those). */
type Column = CsvColumn | { extra: number };

/**
 * CSV with a header row. Columns that name a profile field (any case, in any of the option
 * table's spellings: `experience_years`) are read as the profile; every other column is
 * carried through to the output as it is (an employee id, a name). An empty cell is a field not
 * given; `certifications` holds codes separated by `;` or `|`; `remote` is true/false, yes/no
 * or 1/0. A row whose cells are all empty is a blank line. A header that names no profile
 * field, or has a column without a name, is a usage error before any output.
 */
export function csvReader(read: CsvColumns = PROFILE_COLUMNS, linesBefore = 0): RecordReader {
  const parser = new CsvParser(linesBefore);
  const decoder = new TextDecoder("utf-8");
  let columns: Column[] | undefined;
  const send = (rows: CsvRow[], sink: RecordSink, unterminatedFrom: number | null = null) => {
    for (const row of rows) {
      if (!columns) {
        columns = headerOf(row, read, sink);
        continue;
      }
      if (row.overlong) {
        sink.failed(row.line, { code: "invalid-csv", message: `line ${row.line} is longer than ${MAX_ROW_LENGTH} characters` });
        continue;
      }
      if (row.cells.every((c) => c.trim() === "")) continue;
      const fields: Record<string, unknown> = {};
      const extra: string[] = [];
      let key = "";
      columns.forEach((column, i) => {
        const cell = row.cells[i] ?? "";
        if ("extra" in column) {
          extra.push(cell);
          return;
        }
        // Length-prefixed, so no cell's content can run into the next: the key is exactly the cells.
        key += `${cell.length}:${cell}`;
        const value = cell.trim();
        if (value !== "") fields[column.key] = column.fromCell(value);
      });
      if (row.cells.length > columns.length)
        sink.failed(row.line, { code: "invalid-csv", message: `line ${row.line} has ${row.cells.length} fields; the header has ${columns.length}` }, fields, extra);
      else if (row.line === unterminatedFrom)
        sink.failed(row.line, { code: "invalid-csv", message: `line ${row.line} opens a quoted field that never closes` }, fields, extra);
      else sink.fields(row.line, key, fields, extra);
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

/** The header row as columns; tells the sink which are carried through, and warns of names that look like a misspelt column. */
function headerOf(row: CsvRow, read: CsvColumns, sink: RecordSink): Column[] {
  if (row.overlong) throw new UsageError(`the CSV header (line ${row.line}) is longer than ${MAX_ROW_LENGTH} characters`, read.allowed);
  const names = row.cells.map((c) => c.trim());
  const unnamed = names.indexOf("");
  if (unnamed !== -1) throw new UsageError(`the CSV header's column ${unnamed + 1} has no name`, "Name every column, or remove the empty ones.");
  const known = names.map((name) => read.columnOf(name));
  if (!known.some((c) => c !== undefined)) throw new UsageError(`the CSV header names no ${read.noun}: ${quote(row.cells.join(","))}`, headerHint(row.cells.join(","), read.allowed));
  const extra: string[] = [];
  const columns = names.map((name, i): Column => {
    const column = known[i];
    if (column) {
      const twice = known.findIndex((c) => c?.key === column.key);
      if (twice !== i) throw new UsageError(`CSV columns ${quote(names[twice])} and ${quote(name)} both give ${column.key}`, "Keep one of them.");
      return column;
    }
    if (extra.includes(name)) throw new UsageError(`the CSV column ${quote(name)} appears twice`, "Rename one of them.");
    const near = read.near(name);
    if (near && !known.some((c) => c && read.columnOf(near)?.key === c.key))
      sink.warn?.(`CSV column ${quote(name)} is not a ${read.noun}; it is carried through as it is. Did you mean ${near}?`);
    extra.push(name);
    return { extra: extra.length - 1 };
  });
  sink.columns?.(extra);
  return columns;
}

/** Why a first line names no profile field, when it can be told: another separator, or JSON. */
function headerHint(line: string, allowed: string): string {
  if (line.trimStart().startsWith("{")) return "It looks like JSON Lines: use --input-format jsonl (or a .jsonl file name).";
  if (line.includes(";")) return `It looks separated by semicolons; CSV here is separated by commas (save it as "CSV (comma delimited)").\n${allowed}`;
  if (line.includes("\t")) return `It looks separated by tabs; CSV here is separated by commas.\n${allowed}`;
  return `The first line must be a header row naming the columns. ${allowed}`;
}

/**
 * JSON Lines or CSV, told apart by the input's first character that is not blank: `{` or `[`
 * starts JSON Lines, anything else a CSV header (which must name a profile field, or the
 * batch stops with a usage error that says so). For stdin and files named neither .csv nor .jsonl.
 */
export function detectedReader(read: CsvColumns = PROFILE_COLUMNS): RecordReader {
  let chosen: RecordReader | undefined;
  /** Blank lines before the first that is not (only counted: they may be many). */
  let blankLines = 0;
  /** The start of a line not yet known to be blank, kept until it is. */
  let pending = EMPTY;
  let first = true;
  const push = (chunk: Buffer, sink: RecordSink, last = false) => {
    if (chosen) return chosen.push(chunk, sink);
    let bytes = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    if (first) {
      if (bytes.length < 3 && !last) {
        pending = Buffer.from(bytes);
        return;
      }
      first = false;
      if (hasBom(bytes)) bytes = bytes.subarray(3);
    }
    let lineStart = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 10) {
        blankLines++;
        lineStart = i + 1;
      } else if (b !== 32 && b !== 9 && b !== 13) {
        chosen = b === 0x7b || b === 0x5b ? jsonLinesReader(blankLines) : csvReader(read, blankLines);
        pending = EMPTY;
        chosen.push(bytes.subarray(lineStart), sink);
        return;
      }
    }
    // A copy of the blank start of a line, bounded: its blanks are dropped past a limit.
    pending = Buffer.from(bytes.subarray(lineStart, lineStart + Math.min(bytes.length - lineStart, 1024)));
  };
  return {
    push,
    end(sink) {
      if (!chosen && pending.length) push(EMPTY, sink, true);
      chosen ??= jsonLinesReader(blankLines);
      chosen.end(sink);
    },
  };
}
