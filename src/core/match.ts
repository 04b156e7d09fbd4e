/** How names are compared: case, spaces, hyphens and underscores do not matter ("Risk Adjustment" = "risk-adjustment"). */
export function matchKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Edit distance with transpositions (optimal string alignment), so "Texsa" is one edit from "Texas". */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}

/** Longest text a suggestion is looked for: no name the dataset holds is longer. */
const MAX_TYPED = 64;

export interface Candidate<T> {
  /** Spellings that name this choice: id, code, label, aliases. */
  names: readonly string[];
  value: T;
}

/**
 * The closest choice to a misspelt name, when one is close enough to be a likely typo:
 * a name that starts with what was typed, or within about a third of its length in edits.
 */
export function closest<T>(typed: string, candidates: readonly Candidate<T>[]): T | undefined {
  // Nothing is a typo of a long text, and comparing one would cost its length times every name's.
  if (typed.length > MAX_TYPED) return undefined;
  const key = matchKey(typed);
  if (key.length === 0) return undefined;
  let best: { value: T; score: number } | undefined;
  for (const candidate of candidates) {
    for (const name of candidate.names) {
      const target = matchKey(name);
      if (target.length === 0) continue;
      const score = key.length >= 3 && target.startsWith(key) ? 0.5 : editDistance(key, target);
      if (!best || score < best.score) best = { value: candidate.value, score };
    }
  }
  if (!best) return undefined;
  const limit = Math.max(1, Math.floor(key.length / 3));
  return best.score <= limit ? best.value : undefined;
}
