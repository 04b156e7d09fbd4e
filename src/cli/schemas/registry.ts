import { datasetSchema } from "../../core/dataset/dataset-schema.js";
import type { Schema } from "../../core/schema/schema.js";
import {
  accuracyDocumentSchema,
  batchLineSchema,
  careerDocumentSchema,
  careersDocumentSchema,
  compareDocumentSchema,
  estimateDocumentSchema,
  offerBatchLineSchema,
  offerDocumentSchema,
  offersDocumentSchema,
  roiDocumentSchema,
  sourcesDocumentSchema,
} from "./documents.js";

/** Every published schema, one per command's JSON output and the dataset's shape (for --data); a plain object without a prototype, so no inherited name is a schema. */
export const SCHEMAS: Record<string, { schema: Schema<unknown>; what: string }> = Object.assign(Object.create(null) as Record<string, { schema: Schema<unknown>; what: string }>, {
  estimate: { schema: estimateDocumentSchema, what: "estimate --json" },
  offer: { schema: offerDocumentSchema, what: "offer --json" },
  offers: { schema: offersDocumentSchema, what: "offers --json" },
  compare: { schema: compareDocumentSchema, what: "compare --json" },
  career: { schema: careerDocumentSchema, what: "career --json" },
  roi: { schema: roiDocumentSchema, what: "roi --json" },
  careers: { schema: careersDocumentSchema, what: "careers --json" },
  sources: { schema: sourcesDocumentSchema, what: "sources --json" },
  accuracy: { schema: accuracyDocumentSchema, what: "accuracy --json" },
  batch: { schema: batchLineSchema, what: "each line of estimate --input (JSON Lines): an estimate or an error record" },
  "offer-batch": { schema: offerBatchLineSchema, what: "each line of offer --input (JSON Lines): a scored roster record or an error record" },
  dataset: { schema: datasetSchema(), what: "a dataset file for --data (data export writes one)" },
});
