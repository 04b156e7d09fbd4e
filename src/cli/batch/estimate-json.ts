import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { Estimate, Range } from "../../core/estimate.js";
import { factorLabel } from "../messages.js";
import { estimateDocument } from "../render/json.js";
import { SCHEMA_VERSION } from "../schemas/documents.js";

/**
 * `JSON.stringify(estimateDocument(e, d))` for a batch line, fast: most of a document's text
 * (source titles, factor labels, confidence and warning messages) is the same from one
 * record to the next, so each such piece is serialized once per dataset and reused; only the
 * figures are written each time. It follows estimateDocument key by key; a property test holds
 * the two to the same text for any profile.
 */

interface Pieces {
  /** `{"id":…,"code":…,"params":…,"label":…,` by factor code, id and params. */
  factors: Map<string, string>;
  /** `"sources":[…]` by source ids. */
  sources: Map<string, string>;
  /** The confidence and warnings objects' text, by the codes and figures they are worded from. */
  notes: Map<string, { confidence: string; warnings: string }>;
}

/** Pieces kept per dataset at most (a profile with a new fraction of a year makes a new experience label). */
const MAX_PIECES = 4096;
const pieces = new WeakMap<Dataset, Pieces>();

const num = (n: number) => (Number.isFinite(n) ? String(n) : "null");
const range = (r: Range) => `{"low":${num(r.low)},"median":${num(r.median)},"high":${num(r.high)}}`;

function remembered<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= MAX_PIECES) map.clear();
    value = make();
    map.set(key, value);
  }
  return value;
}

/** The estimate's JSON document as one line, without its opening brace (a batch puts `"line"` first). */
export function estimateJsonRest(e: Estimate, d: Dataset): string {
  let p = pieces.get(d);
  if (!p) pieces.set(d, (p = { factors: new Map(), sources: new Map(), notes: new Map() }));
  const memo = p;
  const percentiles = e.percentiles;
  let factors = "";
  for (const f of e.factors) {
    const params = JSON.stringify(f.params);
    // Each part is a JSON text, which ends where it ends: the joined key names exactly one factor.
    const head = remembered(memo.factors, JSON.stringify(f.code) + JSON.stringify(f.id) + params, () => {
      const text = JSON.stringify({ id: f.id, code: f.code, params: { ...f.params }, label: factorLabel(f, d) });
      return `${text.slice(0, -1)},`;
    });
    factors += `${factors ? "," : ""}${head}"multiplier":${num(f.multiplier)},"effect":${num(f.effect)},"source":${JSON.stringify(f.source)}}`;
  }
  // Source ids are lower-case letters, digits and hyphens (the dataset check says so): a line break joins them unambiguously.
  const sources = remembered(memo.sources, e.sources.map((s) => s.id).join("\n"), () => JSON.stringify(e.sources));
  const notes = remembered(memo.notes, JSON.stringify(e.confidence) + JSON.stringify(e.warnings), () => {
    const doc = estimateDocument(e, d);
    return { confidence: JSON.stringify(doc.confidence), warnings: JSON.stringify(doc.warnings) };
  });
  return (
    `"schemaVersion":${SCHEMA_VERSION},"input":${JSON.stringify(e.input)},"currency":${JSON.stringify(e.currency)},"annual":${range(e.annual)},"hourly":${range(e.hourly)}` +
    `,"percentiles":{"p10":${num(percentiles.p10)},"p25":${num(percentiles.p25)},"p50":${num(percentiles.p50)},"p75":${num(percentiles.p75)},"p90":${num(percentiles.p90)}}` +
    `,"factors":[${factors}],"purchasingPower":${JSON.stringify(e.purchasingPower)},"confidence":${notes.confidence},"sources":${sources},"warnings":${notes.warnings}}`
  );
}
