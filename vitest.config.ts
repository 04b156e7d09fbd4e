import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  define: { __VERSION__: JSON.stringify(version) },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    // End-to-end tests spawn the built CLI: two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
