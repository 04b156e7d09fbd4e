import { bundledDataset } from "./dataset/bundled-dataset.js";
import type { Dataset } from "./dataset/dataset-schema.js";
import { medianOfRange } from "./distribution.js";
import { estimate, type Estimate, type Range } from "./estimate.js";

export interface RelatedCareer {
  id: string;
  label: string;
  annual: Range;
  source: string;
  note: string | null;
}

export interface CareerComparison {
  /** Medical coding for the profile given (the national figure without one). */
  coding: Estimate;
  careers: RelatedCareer[];
  training: Dataset["training"];
  outlook: Dataset["outlook"];
}

/** Medical coding next to the related careers in the data; their medians are the midpoints of the guide's ranges. */
export function relatedCareers(profile: unknown = {}, dataset: Dataset = bundledDataset()): CareerComparison {
  return {
    coding: estimate(profile, dataset),
    careers: dataset.careers.map((c) => ({
      id: c.id,
      label: c.label,
      annual: { low: c.annual.low, median: Math.round(medianOfRange(c.annual.low, c.annual.high)), high: c.annual.high },
      source: c.annual.source,
      note: c.guideNote ?? null,
    })),
    training: dataset.training,
    outlook: dataset.outlook,
  };
}
