import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

// The processes tests start (the CLI, shells, tmux, npm) make no TLS connection: a CA bundle
// named here would only be parsed at every start (tens of milliseconds each on this kind of machine).
delete process.env.NODE_EXTRA_CA_CERTS;

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

/** Files that replace a module (vi.mock) need a module graph of their own. */
const MOCKING = ["tests/cli/batch/faults-record-error.test.ts"];
/** What only a real process shows: the launcher, signals, pipes, terminals, a browser, the packed package. */
const PROCESSES = ["tests/e2e/**/*.test.ts"];

/**
 * `vitest run` (and `vitest` while editing) runs the in-process tests: seconds. `npm test`
 * (`vitest run --mode all`, what CI and the README run) adds the tests that start real
 * processes: Chromium, tmux, shells and npm make them most of the suite's time.
 */
export default defineConfig(({ mode }) => ({
  define: { __VERSION__: JSON.stringify(version) },
  test: {
    // A rerun transforms only the files that changed (about a second of a run otherwise).
    experimental: { fsModuleCache: true },
    testTimeout: 30_000,
    // End-to-end tests spawn the built CLI: two cores, so keep parallelism modest.
    maxWorkers: 2,
    setupFiles: ["tests/setup/shipped-cell-width.ts"],
    projects: [
      {
        extends: true,
        // The code under test keeps no state between runs (the CLI runs against an Io of its
        // own each time), so the files of a worker share one module graph: loading it once per
        // worker rather than once per file halves the suite's time.
        test: { name: "in-process", include: ["tests/**/*.test.ts"], exclude: [...MOCKING, ...PROCESSES], isolate: false },
      },
      { extends: true, test: { name: "mocking", include: MOCKING } },
      ...(mode === "all" ? [{ extends: true, test: { name: "processes", include: PROCESSES, isolate: false } }] : []),
    ],
  },
}));
