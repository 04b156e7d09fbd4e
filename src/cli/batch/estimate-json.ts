import type { Dataset } from "../../core/dataset/dataset-schema.js";
import type { Confidence, Estimate, Factor, PurchasingPower, Range, SourceRef } from "../../core/estimate.js";
import type { Profile } from "../../core/profile.js";
import type { Warning } from "../../core/warning.js";
import { EXPERIENCE_LABEL_HEAD, experienceLabelTail, factorLabel } from "../messages.js";
import { estimateDocument } from "../render/json.js";
import { SCHEMA_VERSION } from "../schemas/schema-version.js";

/**
 * The text of `JSON.stringify(estimateDocument(e, d))`, written as UTF-8 straight into a byte
 * buffer, for a batch. Most of a document — the keys, source titles, factor labels, confidence
 * and warning messages — is the same from one record to the next: each such piece is encoded
 * once per dataset and copied whenever the codes and figures it is made from are equal
 * (compared value by value, so what is reused is exact); only the figures are written each
 * time, digit by digit. It follows estimateDocument key by key, and a property test holds the
 * two to the same text for any profile and dataset.
 */

type Params = Readonly<Record<string, string | number>>;

/** The keys of params kept in a piece, in order: worked out once per kept object, not on every comparison. */
const keysOf = new WeakMap<Params, string[]>();

/** Equal params: the same keys in the same order (JSON writes them in that order), the same values. `kept` is the one a piece holds. */
function sameParams(kept: Params, b: Params): boolean {
  let keys = keysOf.get(kept);
  if (!keys) keysOf.set(kept, (keys = Object.keys(kept)));
  let n = 0;
  for (const key in b) {
    if (keys[n] !== key || kept[key] !== b[key]) return false;
    n++;
  }
  return n === keys.length;
}

/** Equal coded items (warnings, confidence reasons): codes and params alike, in order. */
function sameCoded(a: readonly { code: string; params: Params }[], b: readonly { code: string; params: Params }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as { code: string; params: Params };
    const y = b[i] as { code: string; params: Params };
    if (x.code !== y.code || !sameParams(x.params, y.params)) return false;
  }
  return true;
}

/** A coded item's first figure: with its code, a cheap key that spreads items (a state's warning by state). */
function firstValue(params: Params | undefined): unknown {
  if (params) for (const key in params) return params[key];
  return undefined;
}

/**
 * Bytes made from a value, kept for values that come again. Values are filed under two cheap
 * keys (strings or numbers the value already holds: no key is built) that unequal values may
 * share; `equal` tells them apart, so what is reused is exact. Bounded: each key keeps its few
 * most recent values, and the whole starts afresh when full.
 */
class Pieces<T> {
  private readonly byKey = new Map<unknown, Map<unknown, { value: T; bytes: Buffer }[]>>();
  constructor(
    private readonly equal: (a: T, b: T) => boolean,
    private readonly perKey: number,
  ) {}

  /** The bytes for `value`: kept ones when an equal value was seen under these keys, else `make(value, e, d)`'s text. */
  get(key: unknown, subkey: unknown, value: T, make: (value: T, e: Estimate, d: Dataset) => string, e: Estimate, d: Dataset): Buffer {
    let inner = this.byKey.get(key);
    let entries = inner?.get(subkey);
    if (entries) for (const e of entries) if (this.equal(e.value, value)) return e.bytes;
    if (!inner) {
      if (this.byKey.size >= 1024) this.byKey.clear();
      this.byKey.set(key, (inner = new Map()));
    }
    if (!entries) {
      // A key whose subkeys never repeat starts afresh alone.
      if (inner.size >= 256) inner.clear();
      inner.set(subkey, (entries = []));
    }
    const bytes = Buffer.from(make(value, e, d), "utf8");
    entries.unshift({ value, bytes });
    if (entries.length > this.perKey) entries.pop();
    return bytes;
  }
}

/** What is encoded once per dataset. */
interface DatasetPieces {
  /** The input after experienceYears, to `"annual":{"low":`, by state and specialty (the fields compared in full). */
  input: Pieces<Profile>;
  /** `{"id":…,"code":…,"params":…,"label":…,"multiplier":` by factor id. */
  factors: Pieces<Factor>;
  /** The same, by a factor's frozen params object (the core shares one among factors that are alike). */
  factorsByParams: WeakMap<Params, { id: string; code: string; bytes: Buffer }>;
  /** `,"source":…}` of a factor. */
  sources: Map<string, Buffer>;
  /** `{"state":…,"annual":{"low":` of purchasing power, by state and price index. */
  purchasingPower: Pieces<PurchasingPower>;
  /** `,"confidence":…` by its first reason (code and first figure), or its level. */
  confidence: Pieces<Confidence>;
  /** `,"warnings":[…]}` and a line break, by the first warning's code and first figure. */
  warnings: Pieces<readonly Warning[]>;
  /** `{"id":…,"code":…,"params":{` by code and id (a code holds no space). */
  texts: Map<string, Buffer>;
  /** The experience factor's fixed parts, and its label's tails, by their text. */
  experience: { head: Buffer; label: Buffer; tails: Map<string, Buffer> };
  /** A params key, `"key":` as the first and `,"key":` after it. */
  firstKeys: Map<string, Buffer>;
  keys: Map<string, Buffer>;
  /** `,"sources":[…]` by the last source's id. */
  sourceList: Pieces<readonly SourceRef[]>;
}
const byDataset = new WeakMap<Dataset, DatasetPieces>();

const sameInput = (a: Profile, b: Profile) =>
  a.specialty === b.specialty &&
  a.state === b.state &&
  a.setting === b.setting &&
  a.remote === b.remote &&
  a.role === b.role &&
  (a.certifications === null ? b.certifications === null : b.certifications !== null && a.certifications.length === b.certifications.length && a.certifications.every((c, i) => c === b.certifications?.[i]));

function piecesOf(d: Dataset): DatasetPieces {
  let p = byDataset.get(d);
  if (!p) {
    p = {
      input: new Pieces(sameInput, 8),
      factors: new Pieces((a, b) => a.code === b.code && sameParams(a.params, b.params), 8),
      factorsByParams: new WeakMap(),
      sources: new Map(),
      purchasingPower: new Pieces((a, b) => a.state === b.state && a.priceIndex === b.priceIndex && a.housingPriceIndex === b.housingPriceIndex && a.year === b.year && a.source === b.source, 4),
      confidence: new Pieces((a, b) => a.level === b.level && sameCoded(a.reasons, b.reasons), 16),
      warnings: new Pieces<readonly Warning[]>(sameCoded, 16),
      texts: new Map(),
      experience: {
        head: utf8(`{"id":"experience","code":"experience","params":{"years":`),
        label: utf8(`},"label":${JSON.stringify(EXPERIENCE_LABEL_HEAD).slice(0, -1)}`),
        tails: new Map(),
      },
      firstKeys: new Map(),
      keys: new Map(),
      sourceList: new Pieces<readonly SourceRef[]>((a, b) => a.length === b.length && a.every((s, i) => s.id === b[i]?.id), 16),
    };
    byDataset.set(d, p);
  }
  return p;
}

/** Where a document is written: a byte buffer reused from one record to the next. */
export class JsonBytes {
  buffer = Buffer.allocUnsafe(1 << 14);
  length = 0;

  room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    const n = b.length;
    if (n > 32) this.buffer.set(b, this.length);
    // Short pieces are copied here: a call into the runtime costs more than the loop.
    else for (let i = 0, at = this.length; i < n; i++) this.buffer[at + i] = b[i] as number;
    this.length += n;
  }

  /** Text of any kind, as UTF-8. */
  text(text: string): void {
    this.room(text.length * 3);
    this.length += this.buffer.write(text, this.length);
  }

  /**
   * A number as JSON writes it. Whole numbers are written digit by digit, and so are numbers
   * with at most four decimals (a multiplier, dollars an hour): for those, JavaScript's
   * shortest form is the decimal itself. Others are written as JavaScript prints them; NaN and
   * ±Infinity as null.
   */
  number(n: number): void {
    this.room(32);
    if ((n | 0) === n && !(n === 0 && 1 / n < 0)) return this.whole(n, 0);
    const tenThousandths = Math.round(n * 10000);
    // Exactly the double nearest to a decimal of four places (and far from where JavaScript switches to exponents).
    if ((tenThousandths | 0) === tenThousandths && tenThousandths / 10000 === n && tenThousandths !== 0) return this.whole(tenThousandths, 4);
    this.ascii(Number.isFinite(n) ? String(n) : "null");
  }

  /** `n` (a 32-bit integer) over 10^`places`, without trailing zeros. */
  private whole(n: number, places: number): void {
    const b = this.buffer;
    if (n < 0) {
      b[this.length++] = 45;
      n = -n;
    }
    // Trailing zeros of the fraction go; a fraction of zeros goes with its point.
    let fraction = places;
    while (fraction > 0 && n % 10 === 0) {
      n = (n / 10) | 0;
      fraction--;
    }
    const digits = n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : n < 1000000 ? 6 : n < 10000000 ? 7 : n < 100000000 ? 8 : n < 1000000000 ? 9 : 10;
    const length = (digits > fraction ? digits : fraction + 1) + (fraction > 0 ? 1 : 0);
    const start = this.length;
    let at = start + length - 1;
    for (let i = 0; i < fraction; i++) {
      const next = (n / 10) | 0;
      b[at--] = 48 + n - next * 10;
      n = next;
    }
    if (fraction > 0) b[at--] = 46;
    while (at >= start) {
      const next = (n / 10) | 0;
      b[at--] = 48 + n - next * 10;
      n = next;
    }
    this.length = start + length;
  }

  /** ASCII text, short. */
  private ascii(text: string): void {
    for (let i = 0; i < text.length; i++) this.buffer[this.length + i] = text.charCodeAt(i);
    this.length += text.length;
  }
}

const utf8 = (text: string) => Buffer.from(text, "utf8");
const K = {
  start: utf8(`"schemaVersion":${SCHEMA_VERSION},"input":{"experienceYears":`),
  median: utf8(`,"median":`),
  high: utf8(`,"high":`),
  hourly: utf8(`},"hourly":{"low":`),
  p10: utf8(`},"percentiles":{"p10":`),
  p25: utf8(`,"p25":`),
  p50: utf8(`,"p50":`),
  p75: utf8(`,"p75":`),
  p90: utf8(`,"p90":`),
  factors: utf8(`},"factors":[`),
  comma: utf8(","),
  effect: utf8(`,"effect":`),
  noPower: utf8(`],"purchasingPower":null`),
  power: utf8(`],"purchasingPower":`),
  powerEnd: utf8("}}"),
  labelKey: utf8(`},"label":`),
  multiplierKey: utf8(`,"multiplier":`),
  null: utf8("null"),
};

function range(out: JsonBytes, r: Range): void {
  out.number(r.low);
  out.bytes(K.median);
  out.number(r.median);
  out.bytes(K.high);
  out.number(r.high);
}

// What each piece is, as JSON.stringify writes it in estimateDocument's order (render/json.ts).
/** The input after experienceYears, to the first figure of `annual`. */
const inputText = (input: Profile, e: Estimate) => {
  const { experienceYears: _, ...rest } = input;
  return `,${JSON.stringify(rest).slice(1)},"currency":${JSON.stringify(e.currency)},"annual":{"low":`;
};
/** A factor's { id, code, params, label }, up to its multiplier. */
const factorHead = (f: Factor, _: Estimate, d: Dataset) =>
  `{"id":${JSON.stringify(f.id)},"code":${JSON.stringify(f.code)},"params":${JSON.stringify(f.params)},"label":${JSON.stringify(factorLabel(f, d))},"multiplier":`;
/**
 * A factor's head written part by part, for a factor whose label changes with every record
 * (experience): `{"id":…,"code":…,"params":` and each `"key":` are kept, the figures and the
 * label are written as they come. The same text as factorHead.
 */
function writeFactorHead(out: JsonBytes, p: DatasetPieces, f: Factor, d: Dataset): void {
  out.bytes(remember(p.texts, `${f.code} ${f.id}`, () => `{"id":${JSON.stringify(f.id)},"code":${JSON.stringify(f.code)},"params":{`));
  let first = true;
  for (const key in f.params) {
    const value = f.params[key] as string | number;
    out.bytes(first ? remember(p.firstKeys, key, () => `${JSON.stringify(key)}:`) : remember(p.keys, key, () => `,${JSON.stringify(key)}:`));
    first = false;
    if (typeof value === "number") out.number(value);
    else out.text(JSON.stringify(value));
  }
  out.bytes(K.labelKey);
  out.text(JSON.stringify(factorLabel(f, d)));
  out.bytes(K.multiplierKey);
}

/**
 * A factor's head, up to its multiplier. Params that cannot change (frozen: the core shares
 * them among factors that are alike) are known again by identity, with the same id and code;
 * others are compared value by value.
 */
function factorBytes(p: DatasetPieces, f: Factor, e: Estimate, d: Dataset): Buffer {
  const known = p.factorsByParams.get(f.params);
  if (known && known.id === f.id && known.code === f.code) return known.bytes;
  const bytes = p.factors.get(f.id, firstValue(f.params), f, factorHead, e, d);
  if (Object.isFrozen(f.params)) p.factorsByParams.set(f.params, { id: f.id, code: f.code, bytes });
  return bytes;
}

/**
 * The experience factor's head — `{"id":"experience","code":"experience","params":{"years":N},
 * "label":"Experience: N years (…)","multiplier":` — from kept bytes and the years written
 * twice as a number (JSON writes a finite number as String() does). Any other shape of
 * factor goes the general way.
 */
function writeExperienceHead(out: JsonBytes, p: DatasetPieces, f: Factor, d: Dataset): void {
  const years = f.params.years;
  let keys = 0;
  for (const _ in f.params) keys++;
  if (f.id !== "experience" || keys !== 1 || typeof years !== "number" || !Number.isFinite(years)) return writeFactorHead(out, p, f, d);
  out.bytes(p.experience.head);
  out.number(years);
  out.bytes(p.experience.label);
  out.number(years);
  const tail = experienceLabelTail(d, years);
  out.bytes(remember(p.experience.tails, tail, () => `${JSON.stringify(tail).slice(1)},"multiplier":`));
}

/** Bytes of a text kept by a key (a key and its text are fixed by the caller). */
function remember(map: Map<string, Buffer>, key: string, make: () => string): Buffer {
  let bytes = map.get(key);
  if (bytes === undefined) {
    if (map.size >= 4096) map.clear();
    map.set(key, (bytes = utf8(make())));
  }
  return bytes;
}

/** Purchasing power up to the first figure of its `annual`. */
const powerHead = (pp: PurchasingPower) => `${JSON.stringify({ ...pp, annual: null }).slice(0, -"null}".length)}{"low":`;
// Confidence and warnings are worded from their codes and figures (messages.ts, through estimateDocument).
const confidenceText = (_: Confidence, e: Estimate, d: Dataset) => `,"confidence":${JSON.stringify(estimateDocument(e, d).confidence)}`;
const warningsText = (_: readonly Warning[], e: Estimate, d: Dataset) => `,"warnings":${JSON.stringify(estimateDocument(e, d).warnings)}}\n`;
const sourcesText = (sources: readonly SourceRef[]) => `,"sources":${JSON.stringify(sources)}`;

/** Writes the estimate's JSON document without its opening brace (a batch puts `"line"` first), then a line break. */
export function writeEstimateJson(e: Estimate, d: Dataset, out: JsonBytes): void {
  const p = piecesOf(d);
  const input = e.input;
  out.bytes(K.start);
  if (input.experienceYears === null) out.bytes(K.null);
  else out.number(input.experienceYears);
  out.bytes(p.input.get(input.state, input.specialty, input, inputText, e, d));
  range(out, e.annual);
  out.bytes(K.hourly);
  range(out, e.hourly);
  const q = e.percentiles;
  out.bytes(K.p10);
  out.number(q.p10);
  out.bytes(K.p25);
  out.number(q.p25);
  out.bytes(K.p50);
  out.number(q.p50);
  out.bytes(K.p75);
  out.number(q.p75);
  out.bytes(K.p90);
  out.number(q.p90);
  out.bytes(K.factors);
  const factors = e.factors;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as Factor;
    if (i > 0) out.bytes(K.comma);
    // An experience factor names the years in its label: it is written each time, not kept.
    if (f.code === "experience") writeExperienceHead(out, p, f, d);
    else if (f.code === "experience-floor") writeFactorHead(out, p, f, d);
    else out.bytes(factorBytes(p, f, e, d));
    out.number(f.multiplier);
    out.bytes(K.effect);
    out.number(f.effect);
    let source = p.sources.get(f.source);
    if (source === undefined) p.sources.set(f.source, (source = utf8(`,"source":${JSON.stringify(f.source)}}`)));
    out.bytes(source);
  }
  const pp = e.purchasingPower;
  if (pp === null) out.bytes(K.noPower);
  else {
    out.bytes(K.power);
    out.bytes(p.purchasingPower.get(pp.state, pp.priceIndex, pp, powerHead, e, d));
    range(out, pp.annual);
    out.bytes(K.powerEnd);
  }
  const reason = e.confidence.reasons[0];
  out.bytes(p.confidence.get(reason?.code ?? e.confidence.level, firstValue(reason?.params), e.confidence, confidenceText, e, d));
  const sources = e.sources;
  out.bytes(p.sourceList.get(sources.length, sources[sources.length - 1]?.id, sources, sourcesText, e, d));
  const warning = e.warnings[0];
  out.bytes(p.warnings.get(warning?.code, firstValue(warning?.params), e.warnings, warningsText, e, d));
}
