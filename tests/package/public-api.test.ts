import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

/**
 * The public surface under semantic versioning: the built library's export names and every
 * published JSON Schema, against committed snapshots. An export that disappears or a schema
 * that changes fails here until the snapshot (and CHANGELOG.md) are updated on purpose.
 */
describe("public API snapshot", () => {
  it("exports the same names", async () => {
    const lib = await import(join(ROOT, "dist", "index.js"));
    await expect(`${Object.keys(lib).sort().join("\n")}\n`).toMatchFileSnapshot("./__snapshots__/exports.txt");
  });

  const schemas = readdirSync(join(ROOT, "dist", "schemas"));
  it("publishes a schema for every command's JSON and the dataset", () => {
    expect(schemas.sort()).toEqual(["accuracy", "batch", "career", "careers", "compare", "dataset", "estimate", "offer-batch", "offer", "offers", "roi", "sources"].map((n) => `${n}.schema.json`));
  });

  it.each(schemas)("%s is unchanged", async (file) => {
    await expect(readFileSync(join(ROOT, "dist", "schemas", file), "utf8")).toMatchFileSnapshot(`./__snapshots__/schemas/${file}`);
  });
});
