/**
 * CSV as RFC 4180 has it: comma-separated, fields quoted with double quotes when they hold a
 * comma, a quote or a line break, quotes doubled inside. The parser is fed chunks and yields
 * whole rows with the line each starts on, so a file of any size streams through.
 */

interface CsvRow {
  /** 1-based line the row starts on. */
  line: number;
  cells: string[];
  /** A field was longer than MAX_FIELD_LENGTH (an unclosed quote, usually). */
  overlong?: true;
}

/** Longer than any profile field: a field past this is cut and its row refused, so memory stays bounded. */
export const MAX_FIELD_LENGTH = 1 << 20;

export class CsvParser {
  private cells: string[] = [];
  private cell = "";
  private quoted = false;
  /** Inside a quoted field, and the quote just seen may close it or start a doubled quote. */
  private quoteSeen = false;
  private line = 1;
  private rowLine = 1;
  private cellStarted = false;
  private overlong = false;

  /** Parses a chunk; returns the rows it completes. */
  push(chunk: string): CsvRow[] {
    const rows: CsvRow[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string;
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === '"') {
            this.cell += '"';
            continue;
          }
          this.quoted = false; // the quote closed the field; c is read below
        } else if (c === '"') {
          this.quoteSeen = true;
          continue;
        } else {
          if (c === "\n") this.line++;
          this.append(c);
          continue;
        }
      }
      if (c === '"' && !this.cellStarted) {
        this.quoted = true;
        this.cellStarted = true;
      } else if (c === ",") {
        this.endCell();
      } else if (c === "\n") {
        this.endRow(rows);
        this.line++;
        this.rowLine = this.line;
      } else if (c !== "\r") {
        this.append(c);
        this.cellStarted = true;
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

  private append(c: string): void {
    if (this.cell.length < MAX_FIELD_LENGTH) this.cell += c;
    else this.overlong = true;
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = "";
    this.cellStarted = false;
  }

  private endRow(rows: CsvRow[]): void {
    this.endCell();
    // A blank line is no record.
    if (!(this.cells.length === 1 && this.cells[0] === "")) rows.push({ line: this.rowLine, cells: this.cells, ...(this.overlong ? { overlong: true as const } : {}) });
    this.cells = [];
    this.overlong = false;
  }
}

/** One CSV field: quoted only when it must be. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}
