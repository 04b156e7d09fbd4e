import type { Dataset } from "../dataset/dataset-schema.js";

/**
 * Pay by years of experience: log pay rises with log(1 + years), so it grows fastest in the
 * first years and ever more slowly after — never flat, never a jump. The slope is fitted to
 * the survey points (least squares within each group, one slope for all), and the curve is
 * centred on the population's experience mix: at its median the factor is 1.
 */
export interface ExperienceCurve {
  /** Log pay per unit of log(1 + years). */
  slope: number;
  /** log(1 + years) of the population's median worker. */
  center: number;
  /** Variance of the experience factor's log over the population. */
  variance: number;
  /** Log gap between the "certified" and "non-certified" groups at equal experience, when both are surveyed. */
  certifiedGap: number | null;
}

const x = (years: number) => Math.log1p(years);

export function fitExperience(d: Dataset): ExperienceCurve {
  const groups = new Map<string, { x: number; y: number }[]>();
  for (const p of d.experience.surveyPoints) {
    const list = groups.get(p.group) ?? [];
    list.push({ x: x(p.years), y: Math.log(p.annual) });
    groups.set(p.group, list);
  }
  let sxy = 0;
  let sxx = 0;
  const means = new Map<string, { x: number; y: number }>();
  for (const [group, points] of groups) {
    const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
    const my = points.reduce((s, p) => s + p.y, 0) / points.length;
    means.set(group, { x: mx, y: my });
    for (const p of points) {
      sxy += (p.x - mx) * (p.y - my);
      sxx += (p.x - mx) ** 2;
    }
  }
  const slope = sxx > 0 ? Math.max(0, sxy / sxx) : 0;
  const intercept = (group: string) => {
    const m = means.get(group);
    return m ? m.y - slope * m.x : undefined;
  };
  const certified = intercept("certified");
  const nonCertified = intercept("non-certified");

  // The population's experience: each bracket's whole years, equally likely within it. The curve
  // is centred on its median worker, whose pay is the national median.
  const years: { x: number; w: number }[] = [];
  for (const b of d.population.experienceMix.brackets) {
    const whole = Array.from({ length: Math.floor(b.toYears) - Math.ceil(b.fromYears) + 1 }, (_, i) => Math.ceil(b.fromYears) + i);
    for (const y of whole) years.push({ x: x(y), w: b.share / whole.length });
  }
  const total = years.reduce((t, y) => t + y.w, 0);
  let cumulative = 0;
  const center = (years.find((y) => (cumulative += y.w) >= total / 2) ?? years[years.length - 1] ?? { x: 0 }).x;
  const mean = years.reduce((t, y) => t + y.w * y.x, 0) / total;
  const variance = slope ** 2 * (years.reduce((t, y) => t + y.w * (y.x - mean) ** 2, 0) / total);
  return { slope, center, variance, certifiedGap: certified !== undefined && nonCertified !== undefined ? Math.max(0, certified - nonCertified) : null };
}

/** Log factor of `years` of experience (0 at the population's average). */
export function experienceLog(curve: ExperienceCurve, years: number): number {
  return curve.slope * (x(years) - curve.center);
}
