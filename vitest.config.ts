import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    // End-to-end tests spawn the built CLI: two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
