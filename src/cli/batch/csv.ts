/**
 * CSV as RFC 4180 has it: comma-separated, fields quoted with double quotes when they hold a
 * comma, a quote or a line break, quotes doubled inside. Rows end with LF, CRLF or a lone CR
 * (spreadsheets on a Mac). The parser is fed chunks and yields whole rows with the line each
 * starts on, so a file of any size streams through; a row longer than MAX_ROW_LENGTH is not
 * kept (it is reported as overlong), so one row can never take memory beyond that.
 */

export interface CsvRow {
  /** 1-based line the row starts on. */
  line: number;
  cells: string[];
  /** The row was longer than MAX_ROW_LENGTH characters (an unclosed quote, usually): its cells are not kept. */
  overlong?: true;
}

/** Longer than any row of profile fields and the columns carried with them: a longer row is refused, not held. */
export const MAX_ROW_LENGTH = 1 << 20;
/** One field can be no longer than its row. */
export const MAX_FIELD_LENGTH = MAX_ROW_LENGTH;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export class CsvParser {
  private cells: string[] = [];
  private cell = "";
  private quoted = false;
  /** Inside a quoted field, and the quote just seen may close it or start a doubled quote. */
  private quoteSeen = false;
  /** The last character was a CR: an LF right after it belongs to the same line break. */
  private afterCR = false;
  private line: number;
  private rowLine: number;
  private cellStarted = false;
  /** Characters of the current row read so far. */
  private rowLength = 0;
  private overlong = false;

  /** `linesBefore`: lines of the input already read by someone else (they count in line numbers). */
  constructor(linesBefore = 0) {
    this.line = this.rowLine = 1 + linesBefore;
  }

  /** Parses a chunk; returns the rows it completes. */
  push(chunk: string): CsvRow[] {
    const rows: CsvRow[] = [];
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (chunk.charCodeAt(i) === QUOTE) {
            this.append('"');
            i++;
            continue;
          }
          this.quoted = false; // the quote closed the field; this character is read below
        } else {
          const close = chunk.indexOf('"', i);
          const end = close === -1 ? n : close;
          this.countLines(chunk, i, end);
          this.append(chunk.slice(i, end));
          if (close !== -1) this.quoteSeen = true;
          i = end + 1;
          continue;
        }
      }
      const c = chunk.charCodeAt(i);
      if (this.afterCR) {
        this.afterCR = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      if (c === QUOTE && !this.cellStarted) {
        this.quoted = true;
        this.cellStarted = true;
        this.grow(1);
        i++;
      } else if (c === COMMA) {
        this.grow(1);
        this.endCell();
        i++;
      } else if (c === LF || c === CR) {
        this.endRow(rows);
        this.line++;
        this.rowLine = this.line;
        this.afterCR = c === CR;
        i++;
      } else {
        let end = i + 1;
        while (end < n) {
          const d = chunk.charCodeAt(end);
          if (d === COMMA || d === LF || d === CR) break;
          end++;
        }
        this.append(chunk.slice(i, end));
        this.cellStarted = true;
        i = end;
      }
    }
    return rows;
  }

  /** The last row, when the input does not end with a line break. */
  end(): CsvRow[] {
    const rows: CsvRow[] = [];
    if (this.quoteSeen) {
      this.quoteSeen = false;
      this.quoted = false;
    }
    this.unterminatedFrom = this.quoted ? this.rowLine : null;
    if (this.cellStarted || this.cells.length > 0) this.endRow(rows);
    return rows;
  }

  /** After `end()`: the line of a row whose quoted field never closed (it swallowed the rest of the file). */
  unterminatedFrom: number | null = null;

  /** Line breaks inside a quoted field still count as lines (CRLF as one). */
  private countLines(chunk: string, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const c = chunk.charCodeAt(i);
      if (c === LF) {
        if (!this.afterCR) this.line++;
        this.afterCR = false;
      } else if (c === CR) {
        this.line++;
        this.afterCR = true;
      } else this.afterCR = false;
    }
  }

  private grow(length: number): void {
    this.rowLength += length;
    if (this.rowLength > MAX_ROW_LENGTH && !this.overlong) {
      this.overlong = true;
      this.cells = [];
      this.cell = "";
    }
  }

  private append(text: string): void {
    this.grow(text.length);
    if (!this.overlong) this.cell += text;
  }

  private endCell(): void {
    if (!this.overlong) this.cells.push(this.cell);
    this.cell = "";
    this.cellStarted = false;
  }

  private endRow(rows: CsvRow[]): void {
    this.endCell();
    if (this.overlong) rows.push({ line: this.rowLine, cells: [], overlong: true });
    // A blank line is no record.
    else if (!(this.cells.length === 1 && this.cells[0] === "")) rows.push({ line: this.rowLine, cells: this.cells });
    this.cells = [];
    this.overlong = false;
    this.rowLength = 0;
  }
}

/** A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or CR before one), unless it is a plain number. */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * One CSV field: quoted only when it must be. Text that a spreadsheet would run as a formula
 * (it can come from an input file or a dataset label) gets a leading apostrophe, so it is
 * shown as text (OWASP's advice for CSV injection).
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}
