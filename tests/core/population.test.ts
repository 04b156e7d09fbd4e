/**
 * The factors do not double count: the population the national median describes — its
 * experience mix and its share certified (data/population.json) — priced profile by profile and
 * mixed back together, gives the national median again (within 3%). Each profile is a whole
 * distribution; the mix's median is where half of everyone earns less.
 */
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { percentileOf } from "../../src/core/distribution.js";
import { estimate, type Estimate } from "../../src/core/estimate.js";
import { modelOf } from "../../src/core/model/compile-model.js";

const d = bundledDataset();
const shape = modelOf(d).shape;

/** The median of a weighted mix of estimates: bisection on the mix's cumulative share. */
function mixMedian(mix: readonly { weight: number; estimate: Estimate }[]): number {
  const total = mix.reduce((t, m) => t + m.weight, 0);
  const below = (amount: number) => mix.reduce((t, m) => t + (m.weight * percentileOf(amount, m.estimate.annual.median, shape, m.estimate.spread)) / 100, 0) / total;
  let low = 10_000;
  let high = 200_000;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (below(mid) < 0.5) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

describe("the population mix reproduces the national median", () => {
  it("experience mix × share certified: within 3% of BLS's $50,250", () => {
    const share = d.population.certifiedShare.value;
    const mix: { weight: number; estimate: Estimate }[] = [];
    for (const bracket of d.population.experienceMix.brackets)
      for (let years = bracket.fromYears; years <= bracket.toYears; years++)
        for (const [certifications, w] of [[["CPC"], share], [["none"], 1 - share]] as const) {
          const weight = (bracket.share / (bracket.toYears - bracket.fromYears + 1)) * w;
          mix.push({ weight, estimate: estimate({ experienceYears: years, certifications: [...certifications] }, d) });
        }
    const median = mixMedian(mix);
    expect(median / 50_250).toBeGreaterThan(0.97);
    expect(median / 50_250).toBeLessThan(1.03);
  });

  // States are BLS's own medians, taken as published (an estimate for a state is that state's median), not re-centred.
  it("BLS's state medians, weighted by employment, sit within 3% of the national median", () => {
    const states = d.states.list.filter((s) => s.employment && s.median);
    const weights = states.reduce((t, s) => t + (s.employment as number), 0);
    const logMean = states.reduce((t, s) => t + (s.employment as number) * Math.log((s.median as number) / 50_250), 0) / weights;
    expect(Math.abs(logMean)).toBeLessThan(Math.log(1.03));
  });
});
