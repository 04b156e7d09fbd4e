import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { checkedDataset } from "./dataset/parse-dataset.js";
import { medianOfRange } from "./distribution.js";
import { estimate, type Estimate, type Range } from "./estimate.js";

export interface RelatedCareer {
  id: string;
  label: string;
  /** The guide's range; its median is the range's geometric midpoint. */
  annual: Range;
  source: string;
  /** BLS's median for the federal occupation, where one is published, with its vintage and source. */
  bls: { median: number; vintage: string; occupation: string; source: string } | null;
  note: string | null;
}

export interface CareerComparison {
  /** Medical coding for the profile given (the national figure without one). */
  coding: Estimate;
  careers: RelatedCareer[];
  training: Dataset["training"];
  outlook: Dataset["outlook"];
}

/** Medical coding next to the related careers in the data: the guide's ranges beside BLS's medians. */
export function relatedCareers(profile: unknown = {}, dataset: Dataset = bundledDataset()): CareerComparison {
  const d = checkedDataset(dataset);
  return {
    coding: estimate(profile, d),
    careers: d.careers.map((c) => ({
      id: c.id,
      label: c.label,
      annual: { low: c.annual.low, median: Math.round(medianOfRange(c.annual.low, c.annual.high)), high: c.annual.high },
      source: c.annual.source,
      bls: c.blsMedian ? { median: c.blsMedian.value, vintage: c.blsMedian.vintage, occupation: c.blsMedian.occupation, source: c.blsMedian.source } : null,
      note: c.note ?? c.annual.note ?? null,
    })),
    training: d.training,
    outlook: d.outlook,
  };
}
