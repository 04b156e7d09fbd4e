import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

/** Installing the package pulls only what runs, and runs nothing. */
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

describe("the package's install", () => {
  it("has no dependencies: what runs is bundled into dist/", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    // The bundled packages are still there to build with.
    for (const name of ["commander", "@inquirer/prompts", "chalk", "cli-table3"]) expect(pkg.devDependencies).toHaveProperty(name);
  });

  it("runs no script when it installs (npm warns of each); packing builds", () => {
    for (const script of ["preinstall", "install", "postinstall", "prepare"]) expect(pkg.scripts).not.toHaveProperty(script);
    expect(pkg.scripts.prepack).toBe("node scripts/build.mjs");
  });
});
