import type { Estimate } from "../../core/estimate.js";

/** Version of every JSON document the CLI writes; raised only when a field changes meaning or goes away. */
export const SCHEMA_VERSION = 1;

/** The `estimate --json` document (README "JSON contract"). */
export function estimateDocument(e: Estimate) {
  return {
    schemaVersion: SCHEMA_VERSION,
    input: e.input,
    currency: e.currency,
    annual: e.annual,
    hourly: e.hourly,
    percentiles: e.percentiles,
    factors: e.factors,
    purchasingPower: e.purchasingPower,
    sources: e.sources,
    warnings: e.warnings.map((w) => w.message),
  };
}

export type EstimateDocument = ReturnType<typeof estimateDocument>;
