import type { Io } from "../io.js";

const PREFIX = Buffer.from('{"line":');

/**
 * Collects output lines as bytes in one buffer and writes it in blocks of whole lines: a
 * signal between blocks never leaves half a line, and reusing the buffer (when a write goes
 * through at once, as it does for files and pipes) keeps memory flat.
 */
export class BlockWriter {
  private static readonly SIZE = 1 << 17;
  private buffer = Buffer.allocUnsafe(BlockWriter.SIZE);
  private length = 0;
  /** A write is still queued in the stream: wait for `drained()` before the next chunk. */
  behind = false;
  /** Something was written (or is collected to be). */
  started = false;

  constructor(private readonly io: Io) {}

  /** Adds one whole line, given in parts (no need to join them first): text, more text, then text or bytes. It is written in one block. */
  addLine(a: string, b = "", c: string | Uint8Array = ""): void {
    this.started = true;
    // UTF-8 takes at most 3 bytes per UTF-16 unit: room for that needs no count of the real length.
    const most = (a.length + b.length) * 3 + (typeof c === "string" ? c.length * 3 : c.length);
    if (this.length + most > this.buffer.length) {
      this.flush();
      if (most > this.buffer.length) this.buffer = Buffer.allocUnsafe(most);
    }
    this.length += this.buffer.write(a, this.length);
    if (b) this.length += this.buffer.write(b, this.length);
    if (typeof c !== "string") {
      this.buffer.set(c, this.length);
      this.length += c.length;
    } else if (c) this.length += this.buffer.write(c, this.length);
  }

  /** Adds `{"line":N,` and the rest of the line as bytes, with nothing allocated (a batch's usual line). */
  addNumbered(line: number, rest: Uint8Array): void {
    this.started = true;
    const most = PREFIX.length + 16 + rest.length;
    if (this.length + most > this.buffer.length) {
      this.flush();
      if (most > this.buffer.length) this.buffer = Buffer.allocUnsafe(most);
    }
    const b = this.buffer;
    b.set(PREFIX, this.length);
    this.length += PREFIX.length;
    let digits = 1;
    for (let rest = line; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    for (let i = this.length + digits - 1, n = line; i >= this.length; i--, n = Math.floor(n / 10)) b[i] = 48 + (n % 10);
    this.length += digits;
    b[this.length++] = 44; // ,
    b.set(rest, this.length);
    this.length += rest.length;
  }

  /** Writes what is collected, as one block. */
  flush(): void {
    if (this.length === 0) return;
    const block = this.buffer.subarray(0, this.length);
    this.length = 0;
    if (!this.io.out(block)) {
      // Still queued: the buffer is not ours to reuse.
      this.buffer = Buffer.allocUnsafe(BlockWriter.SIZE);
      this.behind = true;
    }
  }
}
