/** `n` rounded half up to `digits` decimals; never −0 (a zero gap is printed and serialised as 0). */
export function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f + 0;
}
