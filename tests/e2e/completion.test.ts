import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { cli } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

const dir = tempDir("completion");
const has = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;

async function script(shell: string): Promise<string> {
  const r = await cli(["completion", shell]);
  expect(r.code).toBe(0);
  const file = join(dir, `completion.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

/** Completion scripts are made in-process; the shells that run them are real processes. */

/** What bash completes for a command line (the last word is the one being completed). */
function bashCompletes(file: string, line: string[]): string[] {
  const words = line.map((w) => `'${w}'`).join(" ");
  const out = execFileSync("bash", ["-c", `source '${file}'; COMP_WORDS=(${words}); COMP_CWORD=${line.length - 1}; _coding_salary; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: "utf8" });
  return out.split("\n").filter(Boolean);
}

describe("completion scripts", () => {
  it("bash: valid, completing commands, flags and values from the dataset", async () => {
    const file = await script("bash");
    execFileSync("bash", ["-n", file]);
    expect(bashCompletes(file, ["coding-salary", "est"])).toEqual(["estimate"]);
    expect(bashCompletes(file, ["coding-salary", "estimate", "--sta"])).toEqual(["--state"]);
    expect(bashCompletes(file, ["coding-salary", "estimate", "--state", "T"])).toEqual(["TN", "TX"]);
    expect(bashCompletes(file, ["coding-salary", "offer", "--cert", ""])).toEqual([...bundledDataset().credentials.list.map((c) => c.code), "none"]);
    expect(bashCompletes(file, ["coding-salary", "roi", "--earn", "CP"])).toEqual(["CPC-A", "CPC", "CPB", "CPMA", "CPCO", "CPPM", "CPC-I"]);
    expect(bashCompletes(file, ["coding-salary", "compare", "--by", "s"])).toEqual(["state", "specialty", "setting"]);
    expect(bashCompletes(file, ["coding-salary", "completion", ""]).slice(0, 3)).toEqual(["bash", "zsh", "fish"]);
    expect(bashCompletes(file, ["coding-salary", "data", "v"])).toEqual(["validate"]);
    expect(bashCompletes(file, ["coding-salary", "estimate", "--experience", ""])).toEqual([]);
  });

  it.skipIf(!has("zsh"))("zsh: valid and registers itself after compinit", async () => {
    const file = await script("zsh");
    execFileSync("zsh", ["-n", file]);
    const out = execFileSync("zsh", ["-c", `autoload -U compinit; compinit -u -D; source '${file}'; print -r -- $_comps[coding-salary]`], { encoding: "utf8" });
    expect(out.trim()).toBe("_coding_salary");
  });

  it.skipIf(!has("fish"))("fish: valid, completing commands, flags and values", async () => {
    const file = await script("fish");
    execFileSync("fish", ["-n", file]);
    const complete = (line: string) =>
      execFileSync("fish", ["-c", `source '${file}'; complete -C '${line}'`], { encoding: "utf8" })
        .split("\n")
        .filter(Boolean)
        .map((l) => l.split("\t")[0]);
    expect(complete("coding-salary estimate --state T")).toEqual(["TN", "TX"]);
    expect(complete("coding-salary ")).toContain("estimate");
    expect(complete("coding-salary compare --by r")).toEqual(["remote", "role"]);
  });

  it("refuses an unknown shell", async () => {
    const r = await cli(["completion", "powershell"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown shell "powershell"\nAllowed: bash, zsh, fish');
  });
});
