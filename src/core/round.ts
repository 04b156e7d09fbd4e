/** Powers of ten by digits, looked up: `10 ** digits` calls Math.pow, for every figure of every estimate of a batch. */
const POWERS = [1, 10, 100, 1000, 10000];

/** `n` rounded half up to `digits` decimals; never −0 (a zero gap is printed and serialised as 0). */
export function round(n: number, digits = 0): number {
  const f = POWERS[digits] ?? 10 ** digits;
  return Math.round(n * f) / f + 0;
}
