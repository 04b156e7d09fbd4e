/**
 * Recent results of pure estimates, keyed by exactly what they were computed from: a JSON Lines
 * record's bytes (read as latin1, one character per byte, so no two byte sequences share a key)
 * or a CSV record's profile cells (length-prefixed). Real files repeat profiles — a roster's
 * staff share states, credentials and whole years — and a repeated one costs a lookup.
 *
 * A result is kept only once its record has come a second time, so a file of all-different
 * records keeps nothing: records are first noted by a hash in a fixed table (no record is held;
 * two records sharing a hash only means one result kept that need not be). Bounded: when full
 * it starts afresh, so memory stays flat however long the input.
 */
export class ResultCache<V> {
  private static readonly SIZE = 4096;
  private readonly results = new Map<string, V>();
  private readonly seen = new Int32Array(1 << 16);

  /** Whether a record with this hash has (probably) come before; notes that it has now. */
  cameBefore(hash: number): boolean {
    const slot = hash & 0xffff;
    const before = this.seen[slot] === hash;
    this.seen[slot] = hash;
    return before;
  }

  get(key: string): V | undefined {
    return this.results.get(key);
  }

  set(key: string, value: V): void {
    if (this.results.size >= ResultCache.SIZE) this.results.clear();
    this.results.set(key, value);
  }
}

/** FNV-1a of a byte range. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h | 0;
}

/** FNV-1a of a text's UTF-16 units. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
