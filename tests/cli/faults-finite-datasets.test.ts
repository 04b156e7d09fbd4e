import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedSchema } from "../helpers/schema-validator.js";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { datasetSchema } from "../../src/core/dataset/dataset-schema.js";
import { parseDataset } from "../../src/core/dataset/parse-dataset.js";
import { cli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

/**
 * Property: any dataset that `data validate` accepts prices to finite numbers on every command.
 * Datasets are the bundled one with one to three figures set to the edges the schema allows
 * (its minimum, its maximum, the smallest positive double, a low band equal to its high …);
 * those the check refuses are fine too. NaN and Infinity show as null in JSON and as
 * "NaN"/"Infinity" in tables.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 4);
const dir = tempDir("finite");

interface Leaf {
  path: (string | number)[];
  min: number;
  max: number;
  positive: boolean;
  integer: boolean;
}

type JsonSchemaNode = { type?: string; minimum?: number; maximum?: number; exclusiveMinimum?: number; properties?: Record<string, JsonSchemaNode>; items?: JsonSchemaNode; anyOf?: JsonSchemaNode[] };

/** Every number in the data with the bounds its schema gives. */
function numericLeaves(schema: JsonSchemaNode, value: unknown, path: (string | number)[] = [], out: Leaf[] = []): Leaf[] {
  if (typeof value === "number") {
    const number = [schema, ...(schema.anyOf ?? [])].find((s) => s.type === "number" || s.type === "integer");
    if (number)
      out.push({ path, min: number.minimum ?? (number.exclusiveMinimum ?? -1e7), max: number.maximum ?? 1e7, positive: number.exclusiveMinimum === 0, integer: number.type === "integer" });
  } else if (Array.isArray(value)) value.forEach((v, i) => numericLeaves(schema.items ?? {}, v, [...path, i], out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      const inner = schema.properties?.[k] ?? schema.anyOf?.find((s) => s.properties)?.properties?.[k];
      if (inner) numericLeaves(inner, v, [...path, k], out);
    }
  return out;
}

const bundled = bundledDataset();
const leaves = numericLeaves(datasetSchema().toJsonSchema() as JsonSchemaNode, bundled);
/** `low`/`high` pairs: a band whose low equals its high has no spread. */
const pairs = leaves.filter((l) => l.path.at(-1) === "low");

const edge = (leaf: Leaf) =>
  leaf.integer
    ? fc.constantFrom(leaf.min, leaf.max, Math.max(leaf.min, 1))
    : fc.oneof(
        fc.constantFrom(leaf.max, leaf.positive ? Number.MIN_VALUE : leaf.min, leaf.positive ? 1e-300 : leaf.min, leaf.positive ? 1e-9 : leaf.min, Math.max(leaf.min, 1)),
        fc.double({ min: leaf.positive ? Number.MIN_VALUE : leaf.min, max: leaf.max, noNaN: true }),
      );

type Edit = { kind: "set"; leaf: Leaf; value: number } | { kind: "flat"; leaf: Leaf };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom(...leaves).chain((leaf) => edge(leaf).map((value) => ({ kind: "set" as const, leaf, value }))),
  fc.constantFrom(...pairs).map((leaf) => ({ kind: "flat" as const, leaf })),
);

function applied(edits: Edit[]): unknown {
  const d = structuredClone(bundled) as unknown as Record<string | number, unknown>;
  for (const e of edits) {
    let node = d;
    for (const key of e.leaf.path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = e.leaf.path.at(-1) as string | number;
    if (e.kind === "set") node[last] = e.value;
    else node.high = node.low; // low = high: a range with no width
  }
  return d;
}

const COMMANDS = [
  ["estimate", "-e", "4", "--state", "TX", "--cert", "CPC"],
  ["estimate"],
  ["estimate", "-e", "12", "--specialty", "cardiology", "--setting", "hospital", "--role", "supervisor", "--remote"],
  ["offer", "40000", "-e", "4", "--state", "TX"],
  ["offer", "$1", "-e", "30", "--cert", "CPC", "--cert", "CCS"],
  ["offer", "9000000"],
  ["compare", "--by", "state", "-e", "4"],
  ["compare", "--by", "cert", "-e", "2"],
  ["compare", "--by", "specialty"],
  ["compare", "--by", "setting"],
  ["compare", "--by", "experience"],
  ["compare", "--by", "role"],
  ["compare", "--by", "remote", "--state", "CA"],
  ["career", "--years", "10", "-e", "1"],
  ["roi", "--cost", "3000", "--months", "6", "--earn", "CPC", "-e", "4", "--state", "TX", "--compare-paths"],
  ["careers", "-e", "4", "--state", "TX"],
  ["accuracy"],
];

/** The value at a JSON Pointer. */
const valueAt = (doc: unknown, pointer: string): unknown =>
  pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((v, key) => (v && typeof v === "object" ? (v as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined), doc);

/** Paths of nulls in a JSON value, array indices as `*`. */
function nullPaths(value: unknown, path = "", out = new Set<string>()): Set<string> {
  if (value === null) out.add(path);
  else if (Array.isArray(value)) value.forEach((v) => nullPaths(v, `${path}.*`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) nullPaths(v, `${path}.${k}`, out);
  return out;
}

/** The published schema of each command's JSON: NaN and Infinity print as null, which it refuses where a number belongs. */

/** Fields the schemas let be null: a source without a year, a state without a price index, a credential that never pays back (tables say "never"). */
const NULLABLE = /\.year$|\.note$|\.housingPriceIndex$|\.purchasingPower$|paybackMonths$/;

const base = new Map<string, Set<string>>();
async function baseNulls(args: string[]): Promise<Set<string>> {
  const key = args.join(" ");
  if (!base.has(key)) {
    const r = await cli([...args, "--json"]);
    expect(r.code, `${key} on the bundled data: ${r.stderr}`).toBe(0);
    base.set(key, nullPaths(JSON.parse(r.stdout)));
  }
  return base.get(key)!;
}

let n = 0;
let priced = 0;
describe("datasets that pass the check price to finite numbers", () => {
  it("every command, JSON and table, for datasets at the schema's edges", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const data = applied(edits);
        fc.pre(parseDataset(data).ok); // refused: nothing to price, and the run does not count
        priced++;
        const file = join(dir, `d${n++}.json`);
        writeFileSync(file, JSON.stringify(data));
        for (const args of COMMANDS) {
          const json = await cli(["--data", file, ...args, "--json"]);
          const what = `${args.join(" ")} with ${edits.map((e) => (e.kind === "set" ? `${e.leaf.path.join(".")}=${e.value}` : `${e.leaf.path.slice(0, -1).join(".")} low=high`)).join(", ")}`;
          // An offer past what the edited data allows may be refused; nothing else may fail.
          if (json.code === 2 && args[0] === "offer") continue;
          expect(json.code, `${what}: ${json.stderr}`).toBe(0);
          const known = await baseNulls(args);
          const doc = JSON.parse(json.stdout);
          expect([...nullPaths(doc)].filter((p) => !known.has(p) && !NULLABLE.test(p)), `${what}: null (NaN or Infinity) at`).toEqual([]);
          // Where the schema wants a number and finds null, a NaN or an Infinity was written.
          const valid = await publishedSchema(args[0] as string);
          const nulls = valid(doc) ? [] : (valid.errors ?? []).filter((e) => valueAt(doc, e.instancePath) === null);
          expect(nulls, `${what}: null where ${args[0]}'s schema wants a value`).toEqual([]);
          const table = await cli(["--data", file, ...args]);
          expect(table.stdout, what).not.toMatch(/NaN|Infinity/);
        }
      }),
      { numRuns: runs, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED), path: process.env.FUZZ_PATH } : {}) },
    );
    // Every counted run priced a dataset the check accepted.
    expect(priced).toBe(runs);
  }, 600_000);
});
