import type { Io } from "../io.js";

/**
 * Collects output lines as bytes in one buffer and writes it in blocks of whole lines: a
 * signal between blocks never leaves half a line, and reusing the buffer (when a write goes
 * through at once, as it does for files and pipes) keeps memory flat and spares re-encoding
 * the same estimate text a million times.
 */
export class BlockWriter {
  private static readonly SIZE = 1 << 17;
  private buffer = Buffer.allocUnsafe(BlockWriter.SIZE);
  private length = 0;
  /** A write is still queued in the stream: wait for `drained()` before the next chunk. */
  behind = false;

  constructor(private readonly io: Io) {}

  /** `{"line":N,` then a pre-encoded rest of the line, without building a string. */
  addNumbered(prefix: string, line: number, separator: number, rest: Buffer): void {
    this.room(prefix.length + 16 + rest.length);
    this.length += this.buffer.write(prefix, this.length, "latin1");
    this.length = writeDigits(this.buffer, this.length, line);
    this.buffer[this.length++] = separator;
    this.length += rest.copy(this.buffer, this.length);
  }

  addText(text: string): void {
    const bytes = Buffer.byteLength(text);
    this.room(bytes);
    this.length += this.buffer.write(text, this.length, "utf8");
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

  private room(bytes: number): void {
    if (this.length + bytes > this.buffer.length) this.flush();
    if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(bytes);
  }
}

/** Writes a non-negative integer's decimal digits at `at`; returns the new end. */
function writeDigits(buffer: Buffer, at: number, n: number): number {
  let end = at + 1;
  for (let rest = Math.floor(n / 10); rest > 0; rest = Math.floor(rest / 10)) end++;
  for (let i = end - 1; i >= at; i--) {
    buffer[i] = 48 + (n % 10);
    n = Math.floor(n / 10);
  }
  return end;
}
