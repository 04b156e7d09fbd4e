import { describe, expect, it, onTestFinished } from "vitest";
import { cliJson as runJson } from "../helpers/cli.js";
import { Terminal, hasTmux } from "../helpers/terminal.js";

/** The wizard in real pseudo-terminals (tmux), one a test: keys in, screen and exit status out (one after another: the tmux calls are synchronous). */
const terminal = (finished: typeof onTestFinished, args: string[], options?: { captureStdout?: boolean }) => {
  const t = new Terminal(args, options);
  finished(() => t.close());
  return t;
};

describe.skipIf(!hasTmux)("the wizard in a terminal", () => {
  it("Enter through every question gives the national estimate and the equivalent command", async ({ onTestFinished }) => {
    const t = terminal(onTestFinished, ["wizard"]);
    for (const question of ["Years of experience", "Credentials held", "Coding specialty", "State?", "Work setting", "Do you work remotely", "Role?"]) {
      await t.waitFor(`? ${question}`);
      t.keys("Enter");
    }
    const screen = await t.waitFor("The same estimate without questions:");
    expect(screen).toContain("Estimated pay: national figure");
    expect(screen).toMatch(/Median\s+│\s+\$50,250/);
    await t.waitFor("? What next?");
    t.keys("Enter"); // "Done", the default
    expect(await t.exitStatus()).toBe(0);
  });

  it("takes typed answers (a searched state, a checked credential) and gives estimate's figures", async ({ onTestFinished }) => {
    const t = terminal(onTestFinished, ["wizard", "--specialty", "cardiology", "--setting", "hospital", "--role", "coder", "--on-site", "--json"], { captureStdout: true });
    await t.waitFor("? Years of experience");
    t.type("4x");
    await t.waitFor("4x  ✖ type a number of years");
    t.keys("BSpace", "Enter");
    await t.waitFor("? Credentials held");
    // "None" comes first, then CPC-A, then CPC.
    t.keys("Down", "Down", "Space", "Enter");
    await t.waitFor("? State?");
    t.type("tex");
    await t.waitFor("❯ Texas (TX)");
    t.keys("Enter");
    expect(await t.exitStatus()).toBe(0);
    const doc = JSON.parse(t.stdout());
    const direct = await runJson(["estimate", "--json", "-e", "4", "--cert", "CPC", "--state", "TX", "--specialty", "cardiology", "--setting", "hospital", "--role", "coder"]);
    expect(doc).toEqual(direct);
    expect(t.screen()).toContain("coding-salary estimate --experience 4 --cert CPC --specialty cardiology --state TX --setting hospital --role coder --json");
  });

  it.for([
    ["Ctrl+C", "C-c"],
    ["Escape", "Escape"],
  ] as const)("%s at a question exits 130 with nothing on stdout", async ([, key], { onTestFinished }) => {
    const t = terminal(onTestFinished, ["wizard"], { captureStdout: true });
    await t.waitFor("? Years of experience");
    t.type("3");
    t.keys("Enter");
    await t.waitFor("? Credentials held");
    t.keys(key);
    expect(await t.exitStatus()).toBe(130);
    expect(t.stdout()).toBe("");
    expect(t.screen()).not.toMatch(/^\s+at .+:\d+:\d+/m);
  });

  it("coding-salary with no command offers the wizard in a terminal", async ({ onTestFinished }) => {
    const t = terminal(onTestFinished, []);
    await t.waitFor("No command given. Answer a few questions to estimate your pay? (Y/n)");
    t.type("n");
    t.keys("Enter");
    await t.waitFor("Usage: coding-salary");
    expect(await t.exitStatus()).toBe(0);
  });
});
