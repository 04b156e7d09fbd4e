/** The filing statuses the model knows, as used in every per-status table. */
export const FILING_STATUSES = ["single", "married-joint", "head-of-household"] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];
