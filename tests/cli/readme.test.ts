import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, cli } from "../helpers/cli.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe("README", () => {
  it("opens with the two commands: install and estimate, then the tests", () => {
    const first = readme.match(/```sh\n(.+)\n(.+)\n```/);
    expect(first?.[1]).toMatch(/^npm ci && npx coding-salary estimate /);
    expect(first?.[2]).toBe("npm test");
  });

  it("shows the table its first command really prints", async () => {
    const command = readme.match(/npx coding-salary (estimate [^\n]+)/)![1]!.split(" ");
    const shown = readme.match(/A table in a terminal:\n\n```\n([\s\S]+?)\n```/)![1]!;
    const r = await cli(command);
    expect(r.stdout.startsWith(shown)).toBe(true);
  });
});
