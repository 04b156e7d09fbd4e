/** coding-salary as a library: pure functions over a dataset (the bundled one by default). */
export { estimate, estimateProfile } from "./estimate.js";
export type { Estimate, Factor, Percentiles, PurchasingPower, Range, SourceRef, Warning } from "./estimate.js";
export { normalizeProfile } from "./profile.js";
export type { Profile, ProfileInput } from "./profile.js";
export { bundledDataset } from "./dataset/bundled-dataset.js";
export { loadDataset, parseDataset } from "./dataset/parse-dataset.js";
export type { DatasetResult } from "./dataset/parse-dataset.js";
export type { Dataset, Source } from "./dataset/dataset-schema.js";
export { ArgumentError, CodingSalaryError, DatasetError, ProfileError } from "./errors.js";
export type { ErrorCode } from "./errors.js";
export type { Issue } from "./schema/schema.js";
