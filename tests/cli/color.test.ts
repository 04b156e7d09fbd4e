import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { useColor } from "../../src/cli/color.js";

describe("useColor", () => {
  it.each<[string, Record<string, string>, boolean, boolean | undefined, boolean]>([
    ["a terminal", {}, true, undefined, true],
    ["a pipe", {}, false, undefined, false],
    ["--no-color on a terminal", {}, true, false, false],
    ["NO_COLOR on a terminal", { NO_COLOR: "1" }, true, undefined, false],
    ["NO_COLOR empty on a terminal", { NO_COLOR: "" }, true, undefined, false],
    ["FORCE_COLOR in a pipe", { FORCE_COLOR: "1" }, false, undefined, true],
    ["FORCE_COLOR=0 on a terminal", { FORCE_COLOR: "0" }, true, undefined, false],
    ["NO_COLOR beats FORCE_COLOR", { NO_COLOR: "1", FORCE_COLOR: "1" }, true, undefined, false],
    ["--no-color beats FORCE_COLOR", { FORCE_COLOR: "1" }, false, false, false],
    ["TERM=dumb on a terminal", { TERM: "dumb" }, true, undefined, false],
    ["FORCE_COLOR beats TERM=dumb", { TERM: "dumb", FORCE_COLOR: "1" }, true, undefined, true],
  ])("%s", (_case, env, stdoutIsTTY, flag, expected) => {
    expect(useColor({ env, stdoutIsTTY }, flag)).toBe(expected);
  });
});

describe("a colour flag that does not exist", () => {
  it.each(["--colour", "--color", "--force-color"])("%s: exit 2 and how colour is turned on and off", async (flag) => {
    const r = await cli(["estimate", flag]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`coding-salary: unknown option '${flag}'\nColour is on by default on a terminal: --no-color turns it off, FORCE_COLOR=1 turns it on in a pipe.\nSee 'coding-salary estimate --help'.\n`);
  });
});
