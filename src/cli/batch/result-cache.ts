/**
 * Recent results of pure estimates, keyed by exactly what they were computed from: a JSON Lines
 * record's bytes, or a CSV record's profile cells (length-prefixed). Real files repeat
 * profiles — a roster's staff share states, credentials and whole years — and a repeated one
 * costs a hash and a comparison, with nothing allocated.
 *
 * A result is kept only once its record has come a second time, so a file of all-different
 * records keeps nothing: records are first noted by their hash in a fixed table (no record is
 * held; two records sharing a hash only means one result kept that need not be). Bounded: when
 * full it starts afresh, so memory stays flat however long the input.
 */
export class ResultCache<V> {
  private static readonly SIZE = 4096;
  private readonly byHash = new Map<number, { key: Uint8Array | string; value: V }[]>();
  private size = 0;
  private readonly seen = new Int32Array(1 << 16);

  /** Whether a record with this hash has (probably) come before; notes that it has now. */
  cameBefore(hash: number): boolean {
    const slot = hash & 0xffff;
    const before = this.seen[slot] === hash;
    this.seen[slot] = hash;
    return before;
  }

  /** The result for a record given as the bytes `bytes[start, end)`, or as text. */
  get(hash: number, bytes: Uint8Array | string, start = 0, end = bytes.length): V | undefined {
    const entries = this.byHash.get(hash);
    if (entries)
      for (const e of entries) {
        if (typeof bytes === "string" ? e.key === bytes : typeof e.key !== "string" && sameBytes(e.key, bytes, start, end)) return e.value;
      }
    return undefined;
  }

  /** Keeps a result; `key` must be the record's own (a copy of its bytes, or its text). */
  set(hash: number, key: Uint8Array | string, value: V): void {
    if (++this.size > ResultCache.SIZE) {
      this.byHash.clear();
      this.size = 1;
    }
    const entries = this.byHash.get(hash);
    if (entries) entries.push({ key, value });
    else this.byHash.set(hash, [{ key, value }]);
  }
}

function sameBytes(key: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== bytes[start + i]) return false;
  return true;
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
