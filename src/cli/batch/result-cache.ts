/**
 * Recent results of pure estimates, keyed by the record as written: by its bytes (JSON Lines,
 * looked up without allocating) or by a string (CSV). Bounded: when full it starts afresh, so
 * memory stays flat however long the input.
 */
export class ResultCache {
  private static readonly SIZE = 4096;
  private readonly byHash = new Map<number, { key: Buffer; value: Buffer }[]>();
  private readonly byText = new Map<string, Buffer>();
  private size = 0;

  getBytes(bytes: Buffer, start: number, end: number): Buffer | undefined {
    const entries = this.byHash.get(hash(bytes, start, end));
    if (!entries) return undefined;
    for (const e of entries) if (e.key.length === end - start && bytes.compare(e.key, 0, e.key.length, start, end) === 0) return e.value;
    return undefined;
  }

  setBytes(bytes: Buffer, start: number, end: number, value: Buffer): void {
    this.makeRoom();
    const h = hash(bytes, start, end);
    const entry = { key: Buffer.from(bytes.subarray(start, end)), value };
    const entries = this.byHash.get(h);
    if (entries) entries.push(entry);
    else this.byHash.set(h, [entry]);
  }

  get(key: string): Buffer | undefined {
    return this.byText.get(key);
  }

  set(key: string, value: Buffer): void {
    this.makeRoom();
    this.byText.set(key, value);
  }

  private makeRoom(): void {
    if (++this.size <= ResultCache.SIZE) return;
    this.byHash.clear();
    this.byText.clear();
    this.size = 1;
  }
}

/** FNV-1a over a byte range. */
function hash(bytes: Buffer, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h >>> 0;
}
