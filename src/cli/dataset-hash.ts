import type { Dataset } from "../core/dataset/dataset-schema.js";

/** SHA-256 of the dataset as canonical JSON (keys sorted), so the same figures always give the same hash. */
export async function datasetHash(d: Dataset): Promise<string> {
  // Imported here: crypto is large, and only `sources` and the HTML report need it.
  const { createHash } = await import("node:crypto");
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
        : value;
  return createHash("sha256").update(JSON.stringify(canonical(d))).digest("hex");
}
