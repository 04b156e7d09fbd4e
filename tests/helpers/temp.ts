import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** A fresh temporary folder for this test file, removed when the file's tests are done. Call at collection time. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `coding-salary-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
