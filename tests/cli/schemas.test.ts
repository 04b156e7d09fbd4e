import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedSchema } from "../helpers/schema-validator.js";
import { ROOT, cli, cliJson } from "../helpers/cli.js";

async function validatorFor(name: string) {
  expect((await cliJson(["schema", name])).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  return publishedSchema(name);
}

const outputs: Record<string, string[][]> = {
  estimate: [[], ["-e", "4", "--cert", "CPC", "--specialty", "cardiology", "--state", "TX", "--setting", "hospital"], ["-e", "1", "--role", "manager", "--remote"]],
  offer: [["52k", "-e", "4"], ["24/h", "--state", "CA"], ["200000", "-e", "10", "--role", "director"]],
  compare: [["--by", "state", "--sort", "real", "-e", "4"], ["--by", "cert"], ["--by", "experience", "--state", "NY"]],
  career: [["--years", "10", "-e", "1"], ["--years", "1", "--role", "director"]],
  roi: [["--cost", "3000", "--months", "6", "--earn", "CPC"], ["--cost", "0", "--months", "0", "--earn", "CPC", "--cert", "CPC", "--compare-paths"]],
  careers: [[], ["-e", "3", "--state", "FL"]],
  sources: [[], ["kff-ehbs-2024", "seed-guide"]],
  accuracy: [[]],
};

describe("JSON Schemas (draft 2020-12) of every command's output", () => {
  it.each(Object.entries(outputs))("%s --json validates against `schema %s`", async (name, cases) => {
    const validate = await validatorFor(name);
    for (const args of cases) {
      const doc = await cliJson([name, ...args, "--json"]);
      const valid = validate(doc);
      expect(validate.errors ?? [], `${name} ${args.join(" ")}`).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it("rejects documents that break the contract", async () => {
    const validate = await validatorFor("estimate");
    const doc = await cliJson(["estimate", "--json"]);
    expect(validate({ ...doc, annual: { low: 1, median: "2", high: 3 } })).toBe(false);
    expect(validate({ ...doc, schemaVersion: 1 })).toBe(false);
    expect(validate({ ...doc, warnings: ["a bare string"] })).toBe(false);
    const { currency: _, ...missing } = doc;
    expect(validate(missing)).toBe(false);
  });

  it("ships each schema in the package as dist/schemas/<name>.schema.json, identical to the command's", async () => {
    for (const name of [...Object.keys(outputs), "dataset"]) {
      const shipped = JSON.parse(readFileSync(join(ROOT, "dist", "schemas", `${name}.schema.json`), "utf8"));
      expect(shipped).toEqual(await cliJson(["schema", name]));
    }
  });

  it("validates the bundled dataset against the dataset schema", async () => {
    const validate = await validatorFor("dataset");
    const { bundledDataset } = await import("../../src/core/dataset/bundled-dataset.js");
    expect(validate(JSON.parse(JSON.stringify(bundledDataset())))).toBe(true);
  });

  it("names the schemas without an argument and refuses unknown names", async () => {
    expect((await cli(["schema"])).stdout).toMatch(/^estimate\s+estimate --json$/m);
    const r = await cli(["schema", "estimat"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Did you mean estimate?");
  });
});
