/**
 * Pay within a group is modelled as log-normal: a median and a spread `sigma` (the standard
 * deviation of log pay). A guide range read as the 25th–75th percentile gives both.
 */

/** Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be between 0 and 1, got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628274631];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const tail = (q: number) => (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) / (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
}

/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 for erfc, absolute error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** The spread of a range read as percentiles `lowP`–`highP` (e.g. 25–75). */
export function sigmaOfRange(low: number, high: number, lowP: number, highP: number): number {
  return Math.log(high / low) / (normalQuantile(highP / 100) - normalQuantile(lowP / 100));
}

/** The median of a range read as symmetric percentiles: its geometric midpoint. */
export function medianOfRange(low: number, high: number): number {
  return Math.sqrt(low * high);
}

/** Pay at percentile `p` (0–100) of a group with this median and spread. */
export function percentileValue(median: number, sigma: number, p: number): number {
  return median * Math.exp(normalQuantile(p / 100) * sigma);
}

/** Where `amount` sits in a group with this median and spread, as a percentile 0–100. */
export function percentileOf(amount: number, median: number, sigma: number): number {
  return 100 * normalCdf(Math.log(amount / median) / sigma);
}
