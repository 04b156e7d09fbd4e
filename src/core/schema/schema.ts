/**
 * A small schema language: one definition gives the TypeScript type (`Infer`), the check of
 * outside data (`check`, which reports every problem with its path) and a JSON Schema
 * (`toJsonSchema`). Used for the dataset and for the JSON documents the tool writes, so the
 * types, the validation and the published schemas cannot drift apart.
 */

export interface Issue {
  /** Where the problem is, e.g. `specialties[cardiology].annual.low`. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

export type JsonSchema = { [key: string]: unknown };

export interface Schema<T> {
  /** Returns the value typed when it fits; otherwise pushes issues and returns undefined. */
  check(value: unknown, path: string, issues: Issue[]): T | undefined;
  toJsonSchema(): JsonSchema;
  readonly optional?: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Shows a found value in a message: short, quoted when it is a string. */
function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function fail(issues: Issue[], path: string, expected: string, value: unknown): undefined {
  issues.push({ path: path || "(top level)", message: `expected ${expected}, got ${describe(value)}` });
  return undefined;
}

export function string(options: { minLength?: number; pattern?: RegExp; description?: string } = {}): Schema<string> {
  const minLength = options.minLength ?? 1;
  const expected = options.description ?? (minLength > 0 ? "a non-empty string" : "a string");
  return {
    check(value, path, issues) {
      if (typeof value !== "string" || value.length < minLength) return fail(issues, path, expected, value);
      if (options.pattern && !options.pattern.test(value)) return fail(issues, path, expected, value);
      return value;
    },
    toJsonSchema: () => ({
      type: "string",
      ...(minLength > 0 ? { minLength } : {}),
      ...(options.pattern ? { pattern: options.pattern.source } : {}),
    }),
  };
}

export function literal<const T extends string | number>(...values: T[]): Schema<T> {
  const expected = values.length === 1 ? JSON.stringify(values[0]) : `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`;
  return {
    check(value, path, issues) {
      return values.includes(value as T) ? (value as T) : fail(issues, path, expected, value);
    },
    toJsonSchema: () => (values.length === 1 ? { const: values[0] } : { enum: values }),
  };
}

interface NumberOptions {
  min?: number;
  max?: number;
  /** Strictly greater than zero. */
  positive?: boolean;
  integer?: boolean;
}

export function number(options: NumberOptions = {}): Schema<number> {
  const parts = [options.integer ? "a whole number" : options.positive ? "a positive number" : "a number"];
  if (options.integer && options.positive) parts[0] = "a positive whole number";
  if (options.min !== undefined && options.max !== undefined) parts.push(`from ${options.min} to ${options.max}`);
  else if (options.min !== undefined) parts.push(`of at least ${options.min}`);
  else if (options.max !== undefined) parts.push(`of at most ${options.max}`);
  const expected = parts.join(" ");
  return {
    check(value, path, issues) {
      const ok =
        typeof value === "number" &&
        Number.isFinite(value) &&
        (!options.integer || Number.isInteger(value)) &&
        (!options.positive || value > 0) &&
        (options.min === undefined || value >= options.min) &&
        (options.max === undefined || value <= options.max);
      return ok ? (value as number) : fail(issues, path, expected, value);
    },
    toJsonSchema: () => ({
      type: options.integer ? "integer" : "number",
      ...(options.positive ? { exclusiveMinimum: 0 } : {}),
      ...(options.min !== undefined ? { minimum: options.min } : {}),
      ...(options.max !== undefined ? { maximum: options.max } : {}),
    }),
  };
}

export function boolean(): Schema<boolean> {
  return {
    check: (value, path, issues) => (typeof value === "boolean" ? value : fail(issues, path, "true or false", value)),
    toJsonSchema: () => ({ type: "boolean" }),
  };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return {
    check(value, path, issues) {
      if (value === null) return null;
      return inner.check(value, path, issues);
    },
    toJsonSchema: () => ({ anyOf: [inner.toJsonSchema(), { type: "null" }] }),
  };
}

/** Marks an object property that may be left out. */
export function optional<T>(inner: Schema<T>): Schema<T | undefined> & { optional: true } {
  return { ...inner, optional: true } as Schema<T | undefined> & { optional: true };
}

/** Array items named in paths by their `id` or `code`, so a message points at `states.list[TX]`. */
function itemName(item: unknown, index: number): string {
  if (item && typeof item === "object") {
    const named = (item as { id?: unknown; code?: unknown }).id ?? (item as { code?: unknown }).code;
    if (typeof named === "string" && /^[\w-]{1,40}$/.test(named)) return named;
  }
  return String(index);
}

export function array<T>(items: Schema<T>, options: { minItems?: number; maxItems?: number } = {}): Schema<T[]> {
  const min = options.minItems ?? 0;
  return {
    check(value, path, issues) {
      if (!Array.isArray(value)) return fail(issues, path, "an array", value);
      if (value.length < min) return fail(issues, path, `an array of at least ${min} item${min === 1 ? "" : "s"}`, value.length);
      if (options.maxItems !== undefined && value.length > options.maxItems)
        return fail(issues, path, `an array of at most ${options.maxItems} items`, value.length);
      const before = issues.length;
      const out = value.map((item, i) => items.check(item, `${path}[${itemName(item, i)}]`, issues));
      return issues.length === before ? (out as T[]) : undefined;
    },
    toJsonSchema: () => ({
      type: "array",
      items: items.toJsonSchema(),
      ...(min > 0 ? { minItems: min } : {}),
      ...(options.maxItems !== undefined ? { maxItems: options.maxItems } : {}),
    }),
  };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ObjectOf<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>;

/** Keys that could rewrite prototypes when data is merged or copied: refused outright. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function object<S extends Shape>(shape: S, options: { description?: string; title?: string } = {}): Schema<ObjectOf<S>> {
  const keys = Object.keys(shape);
  return {
    check(value, path, issues) {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return fail(issues, path, "an object", value);
      const before = issues.length;
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const at = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.has(key)) issues.push({ path: at, message: `the key "${key}" is not allowed` });
        else if (!Object.hasOwn(shape, key)) issues.push({ path: at, message: `unknown field (allowed: ${keys.join(", ")})` });
      }
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const field = shape[key] as Schema<unknown>;
        const at = path ? `${path}.${key}` : key;
        if (!Object.hasOwn(record, key)) {
          if (!field.optional) issues.push({ path: at, message: "missing" });
          continue;
        }
        const checked = field.check(record[key], at, issues);
        if (checked !== undefined) out[key] = checked;
      }
      return issues.length === before ? (out as ObjectOf<S>) : undefined;
    },
    toJsonSchema: () => ({
      type: "object",
      ...(options.title ? { title: options.title } : {}),
      ...(options.description ? { description: options.description } : {}),
      properties: Object.fromEntries(keys.map((k) => [k, (shape[k] as Schema<unknown>).toJsonSchema()])),
      required: keys.filter((k) => !(shape[k] as Schema<unknown>).optional),
      additionalProperties: false,
    }),
  };
}

/** Adds a description to a schema's JSON Schema without changing its check. */
export function described<T>(schema: Schema<T>, description: string): Schema<T> {
  return { ...schema, toJsonSchema: () => ({ ...schema.toJsonSchema(), description }) };
}

/** An object of named strings and numbers (a code's parameters): any keys, scalar values. */
export function scalarRecord(): Schema<Record<string, string | number>> {
  return {
    check(value, path, issues) {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return fail(issues, path, "an object", value);
      const before = issues.length;
      for (const [key, v] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) issues.push({ path: `${path}.${key}`, message: `the key "${key}" is not allowed` });
        else if (typeof v !== "string" && !(typeof v === "number" && Number.isFinite(v))) fail(issues, `${path}.${key}`, "a string or a number", v);
      }
      return issues.length === before ? (value as Record<string, string | number>) : undefined;
    },
    toJsonSchema: () => ({ type: "object", additionalProperties: { anyOf: [{ type: "string" }, { type: "number" }] } }),
  };
}

/** One of several shapes: the first that fits (a batch line is an estimate or an error record). */
export function anyOf<T>(...options: Schema<T>[]): Schema<T> {
  return {
    check(value, path, issues) {
      const tried: Issue[][] = [];
      for (const option of options) {
        const own: Issue[] = [];
        const checked = option.check(value, path, own);
        if (own.length === 0) return checked;
        tried.push(own);
      }
      const fewest = tried.reduce((a, b) => (b.length < a.length ? b : a));
      issues.push(...fewest);
      return undefined;
    },
    toJsonSchema: () => ({ anyOf: options.map((o) => o.toJsonSchema()) }),
  };
}
