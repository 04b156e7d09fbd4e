import type { ExperienceBand } from "../dataset/dataset-schema.js";
import type { CurvePoint, Model } from "./compile-model.js";

/**
 * Pay of a coder with `years` of experience: each band's median sits at its anchor year;
 * between anchors pay grows at a steady rate (log-linear), before the first and after the
 * last it stays flat. Medians rise band to band (the dataset check ensures it), so the
 * curve never falls.
 */
export function curveAt(model: Model, years: number): { median: number; sigma: number } {
  const curve = model.curve;
  const first = curve[0] as CurvePoint;
  const last = curve[curve.length - 1] as CurvePoint;
  if (years <= first.years) return first;
  if (years >= last.years) return last;
  let i = 1;
  while ((curve[i] as CurvePoint).years < years) i++;
  const a = curve[i - 1] as CurvePoint;
  const b = curve[i] as CurvePoint;
  const t = (years - a.years) / (b.years - a.years);
  return {
    median: a.median * Math.pow(b.median / a.median, t),
    sigma: a.sigma + (b.sigma - a.sigma) * t,
  };
}

/** The guide's band that names this much experience (0–2 entry, 3–5 mid, 6+ senior). */
export function bandOf(model: Model, years: number): ExperienceBand {
  const bands = model.dataset.experience.bands;
  let found = bands[0] as ExperienceBand;
  for (const band of bands) if (band.fromYears <= years) found = band;
  return found;
}
