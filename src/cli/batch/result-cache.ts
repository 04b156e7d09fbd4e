/**
 * Recent results of pure estimates, keyed by exactly what they were computed from: a JSON Lines
 * record's bytes (read as latin1, one character per byte, so no two byte sequences share a key)
 * or a CSV record's profile cells (length-prefixed). Real files repeat profiles — a roster's
 * staff share states, credentials and whole years — and a repeated one costs a lookup.
 * Bounded: when full it starts afresh, so memory stays flat however long the input.
 */
export class ResultCache {
  private static readonly SIZE = 4096;
  private readonly results = new Map<string, string>();

  get(key: string): string | undefined {
    return this.results.get(key);
  }

  set(key: string, value: string): void {
    if (this.results.size >= ResultCache.SIZE) this.results.clear();
    this.results.set(key, value);
  }
}
