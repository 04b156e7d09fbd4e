import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { cli, STACK } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

/** Values people mistype, and text from a --data file that tries to steer the terminal. */
const dir = tempDir("faults-text");

describe("empty and sub-dollar values", () => {
  it.each([
    [["estimate", "--cert", ""], 'unknown credential ""'],
    [["estimate", "--cert", " "], 'unknown credential ""'],
    [["estimate", "--cert", ","], 'unknown credential ","'],
    [["estimate", "--state", ""], 'unknown state ""'],
    [["offer", "0.50"], "the amount must be at least $1"],
    [["offer", "0.4", "--json"], "the amount must be at least $1"],
    [["offer", "$0.99"], "the amount must be at least $1"],
  ])("%j: exit 2 with what is allowed", async (args, message) => {
    const r = await cli(args);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain(message);
  });

  it("--cert none still means no credential, and $1 an hour is an offer", async () => {
    expect((await cli(["estimate", "--cert", "none", "--json"])).code).toBe(0);
    expect((await cli(["offer", "1/hr", "--json"])).code).toBe(0);
  });
});

describe("control sequences from a --data file", () => {
  const d = structuredClone(bundledDataset());
  const cardiology = d.specialties.find((s) => s.id === "cardiology")!;
  cardiology.label = "Cardio\u001b]52;c;cHduZWQ=\u0007logy\u001b[2J coding";
  d.sources[0]!.title = "\u001b]8;;http://evil.example/\u0007Salary guide\u001b]8;;\u0007";
  d.states.list.find((s) => s.code === "TX")!.name = "Te\u009bxas\u202e";
  const data = join(dir, "ansi.json");
  writeFileSync(data, JSON.stringify(d));
  /** Only colour (SGR) sequences may reach the terminal. */
  const steering = /\u001b(?!\[[0-9;]*m)|[\u0007\u009b\u202e]/;

  it.each([
    ["estimate", "-e", "4", "--specialty", "cardiology", "--state", "TX"],
    ["compare", "--by", "specialty", "-e", "4"],
    ["compare", "--by", "state", "--only", "TX,CA"],
    ["sources"],
    ["estimate", "--specialty", "cardiology", "--format", "markdown"],
  ])("%s … on a colour terminal shows them as text", async (...args) => {
    const r = await cli(["--data", data, ...args], { tty: { stdout: true, stderr: true }, env: { TERM: "xterm-256color", FORCE_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(steering);
    expect(r.stderr).not.toMatch(steering);
  });

  it("error messages echo typed control characters as text", async () => {
    for (const args of [["\u001b[31mevil"], ["compare", "--by", "\u001b[2J"], ["estimate", "--\u001b[31mx"], ["estimate", "--state", "T\u0007X\u001b]52;c;x\u0007"]]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it("a 20,000-character value is echoed in a short message", async () => {
    const r = await cli(["estimate", "--state", "A".repeat(20_000)]);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(1000);
    expect(r.stderr).toContain("(20000 characters)");
  });
});
