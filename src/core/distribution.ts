/**
 * Pay within a group: its median times a shape. The shape is the national distribution's —
 * log pay at the 10th, 25th, 75th and 90th percentiles relative to the median, as BLS
 * publishes them — joined by straight lines in z-score space and continued past the ends with
 * the end slopes. Unlike a log-normal it keeps the published right skew: the 90th percentile
 * sits further above the median than the 10th sits below it.
 *
 * A group's spread scales the shape in two parts: its symmetric part (how wide) by `width`, and
 * its asymmetric part (how skewed) by `skew`; both are 1 for the nation.
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

/** Published percentiles of annual pay. */
interface PercentileTable {
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

/** The shape: knots (z-score, log of pay over the median), rising, through (0, 0). */
export type Shape = readonly (readonly [z: number, logRatio: number])[];

const PERCENTILES = [
  ["p10", 0.1],
  ["p25", 0.25],
  ["p50", 0.5],
  ["p75", 0.75],
  ["p90", 0.9],
] as const;

export function shapeOf(table: PercentileTable): Shape {
  return PERCENTILES.map(([key, p]) => [normalQuantile(p), Math.log(table[key] / table.p50)] as const);
}

/** How a group's distribution differs from the nation's: its width and its skew, each 1 for the nation. */
export interface Spread {
  width: number;
  skew: number;
}

/** A shape at one spread, with what has been worked out on it: log ratios by z-score, and the mean over the median. */
interface Scaled {
  knots: Shape;
  at: Map<number, number>;
  mean?: number;
}

/**
 * Shapes at the spreads asked for, by width and skew. Profiles come in a handful of spreads
 * (which factors are known, the confidence level), so a batch works each one out once; each
 * shape keeps at most 1,024 and then starts afresh.
 */
const scaledByShape = new WeakMap<Shape, { count: number; byWidth: Map<number, Map<number, Scaled>> }>();

/** The shape at a spread: each knot's log ratio split into its symmetric and asymmetric parts, scaled apart. */
function scaled(shape: Shape, spread: Spread): Scaled {
  const { width, skew } = spread;
  let kept = scaledByShape.get(shape);
  if (!kept) scaledByShape.set(shape, (kept = { count: 0, byWidth: new Map() }));
  const known = kept.byWidth.get(width)?.get(skew);
  if (known) return known;
  if (kept.count >= 1024) kept = { count: 0, byWidth: new Map() };
  scaledByShape.set(shape, kept);
  let bySkew = kept.byWidth.get(width);
  if (!bySkew) kept.byWidth.set(width, (bySkew = new Map()));
  const last = shape.length - 1;
  const knots = shape.map(([z, l], i) => {
    const mirror = (shape[last - i] as readonly [number, number])[1];
    return [z, (width * (l - mirror)) / 2 + (skew * (l + mirror)) / 2] as const;
  });
  const made: Scaled = { knots, at: new Map() };
  bySkew.set(skew, made);
  kept.count++;
  return made;
}

/** Log of pay over the median at z-score `z` on a (scaled) shape. */
function logRatioAt(shape: Shape, z: number): number {
  let i = 1;
  while (i < shape.length - 1 && (shape[i] as readonly [number, number])[0] < z) i++;
  const [z0, l0] = shape[i - 1] as readonly [number, number];
  const [z1, l1] = shape[i] as readonly [number, number];
  return l0 + ((l1 - l0) * (z - z0)) / (z1 - z0);
}

/** Pay at percentile `p` (0–100 exclusive) of a group with this median, shape and spread. */
export function percentileValue(median: number, shape: Shape, spread: Spread, p: number): number {
  const s = scaled(shape, spread);
  let ratio = s.at.get(p);
  if (ratio === undefined) {
    ratio = Math.exp(logRatioAt(s.knots, normalQuantile(p / 100)));
    if (s.at.size < 64) s.at.set(p, ratio);
  }
  return median * ratio;
}

/** Where `amount` sits in a group with this median, shape and spread, as a percentile 0–100. */
export function percentileOf(amount: number, median: number, shape: Shape, spread: Spread): number {
  const knots = scaled(shape, spread).knots;
  const target = Math.log(amount / median);
  let i = 1;
  while (i < knots.length - 1 && (knots[i] as readonly [number, number])[1] < target) i++;
  const [z0, l0] = knots[i - 1] as readonly [number, number];
  const [z1, l1] = knots[i] as readonly [number, number];
  return 100 * normalCdf(z0 + ((target - l0) * (z1 - z0)) / (l1 - l0));
}

/**
 * The pieces of a shape on which log pay is a straight line in z, a + b·z: between the inner
 * knots, and from the second and second-last knots out to ±∞ (the end slopes continued).
 */
function* pieces(knots: Shape): Generator<{ from: number; to: number; a: number; b: number }> {
  for (let i = 1; i < knots.length; i++) {
    const [z0, l0] = knots[i - 1] as readonly [number, number];
    const [z1, l1] = knots[i] as readonly [number, number];
    const b = (l1 - l0) / (z1 - z0);
    yield { from: i === 1 ? -Infinity : z0, to: i === knots.length - 1 ? Infinity : z1, a: l0 - b * z0, b };
  }
}

const cdf = (z: number) => (z === -Infinity ? 0 : z === Infinity ? 1 : normalCdf(z));
/** The standard normal density, and z times it (both 0 at ±∞). */
const density = (z: number) => (Number.isFinite(z) ? Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI) : 0);
const zDensity = (z: number) => (Number.isFinite(z) ? z * density(z) : 0);

/**
 * The mean of a group with this median, shape and spread: on each piece, the integral of
 * e^(a + b·z) against the normal density is e^(a + b²/2)·(Φ(to − b) − Φ(from − b)).
 */
export function meanValue(median: number, shape: Shape, spread: Spread): number {
  const s = scaled(shape, spread);
  if (s.mean === undefined) {
    s.mean = 0;
    for (const { from, to, a, b } of pieces(s.knots)) s.mean += Math.exp(a + (b * b) / 2) * (cdf(to - b) - cdf(from - b));
  }
  return median * s.mean;
}

/** Variance of log pay under a shape at the nation's spread: the moments of a + b·z on each piece, summed. */
export function logVariance(shape: Shape): number {
  let mean = 0;
  let square = 0;
  for (const { from, to, a, b } of pieces(shape)) {
    const mass = cdf(to) - cdf(from);
    const first = density(from) - density(to); // ∫ z φ(z) dz over the piece
    const second = mass + zDensity(from) - zDensity(to); // ∫ z² φ(z) dz over the piece
    mean += a * mass + b * first;
    square += a * a * mass + 2 * a * b * first + b * b * second;
  }
  return square - mean * mean;
}

/** The median of a range read as symmetric percentiles: its geometric midpoint. */
export function medianOfRange(low: number, high: number): number {
  return Math.sqrt(low * high);
}
