// cli-table3 as the bundle ships it (scripts/build.mjs, "own-string-width"): cells measured by
// src/cli/vendor/string-width.ts rather than the string-width package, so the tables the tests
// draw are the tables users get. Put in Node's module cache before cli-table3 first loads.
import { createRequire } from "node:module";
import stringWidth from "../../src/cli/vendor/string-width.js";

const require = createRequire(import.meta.url);
const path = createRequire(require.resolve("cli-table3")).resolve("string-width");
require.cache[path] ??= { id: path, filename: path, loaded: true, exports: stringWidth, children: [], paths: [] } as unknown as NodeJS.Module;
