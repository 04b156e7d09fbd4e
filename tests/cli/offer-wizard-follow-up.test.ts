import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { normalizeProfile } from "../../src/core/profile.js";
import { askFollowUp } from "../../src/cli/wizard/follow-up.js";
import type { Prompter } from "../../src/cli/wizard/prompter.js";
import { cli, cliJson } from "../helpers/cli.js";

const d = bundledDataset();
const profile = normalizeProfile({ experienceYears: 3, certifications: ["CPC"], state: "OH" }, d);

/** A prompter that answers from a script and records what it was asked; typed answers must pass the question's own check. */
function scripted(answers: string[]) {
  const asked: string[] = [];
  const choices: string[][] = [];
  const prompter: Prompter = {
    ask: () => Promise.reject(new Error("no profile question expected")),
    confirm: () => Promise.reject(new Error("no confirm expected")),
    async select(message, offered, defaultValue) {
      asked.push(message);
      choices.push(offered.map((c) => c.value));
      const answer = answers.shift() ?? defaultValue;
      if (!offered.some((c) => c.value === answer)) throw new Error(`${answer} is not a choice of ${message}`);
      return answer;
    },
    async text(message, check, defaultValue) {
      asked.push(message);
      const answer = answers.shift() ?? defaultValue ?? "";
      const problem = check(answer);
      if (problem) throw new Error(`${message} refused ${answer}: ${problem}`);
      return answer;
    },
    close: () => {},
  };
  return { prompter, asked, choices };
}

describe("the wizard's next question", () => {
  it("offers an offer check, a credential, five years ahead, or done", async () => {
    const { prompter, choices } = scripted(["done"]);
    await askFollowUp(prompter, profile, d);
    expect(choices).toEqual([["offer", "roi", "career", "done"]]);
  });

  it("checks an offer, asking only its amount and hours, and gives the command that does the same", async () => {
    const { prompter, asked } = scripted(["offer", "24.50/hr", "32"]);
    const next = await askFollowUp(prompter, profile, d);
    expect(asked).toEqual(["What next?", "The offer? (52k, $52,000, 4,333/mo, 24.50/hr …)", "Hours a week? (Enter: 40)"]);
    expect(next?.command).toBe("coding-salary offer 24.50/hr --experience 3 --cert CPC --state OH --hours 32");
    const direct = await cliJson(["offer", "24.50/hr", "--experience", "3", "--cert", "CPC", "--state", "OH", "--hours", "32", "--json"]);
    expect(next?.rendering.json()).toEqual(direct);
  });

  it("refuses an answer the command would refuse: a bare 24.50 is not an offer", async () => {
    const { prompter } = scripted(["offer", "24.50"]);
    await expect(askFollowUp(prompter, profile, d)).rejects.toThrow(/refused 24\.50: a bare number under \$1,000/);
  });

  it("weighs a credential not yet held, asking the credential, the cost and the months", async () => {
    const { prompter, asked } = scripted(["roi", "CCS", "2k", "9"]);
    const next = await askFollowUp(prompter, profile, d);
    expect(asked).toEqual(["What next?", "Which credential would you earn?", "What would the training cost? (3000, 3k, $3,000)", "Months of study before the exam?"]);
    expect(next?.command).toBe("coding-salary roi --experience 3 --cert CPC --state OH --earn CCS --cost 2k --months 9");
    const r = await cli(["roi", "--experience", "3", "--cert", "CPC", "--state", "OH", "--earn", "CCS", "--cost", "2k", "--months", "9", "--json"]);
    expect(next?.rendering.json()).toEqual(JSON.parse(r.stdout));
  });

  it("does not offer a credential already held", async () => {
    const { prompter } = scripted(["roi", "CPC"]);
    await expect(askFollowUp(prompter, profile, d)).rejects.toThrow(/CPC is not a choice/);
  });

  it("sees five years ahead without asking anything more", async () => {
    const { prompter, asked } = scripted(["career"]);
    const next = await askFollowUp(prompter, profile, d, ["--format", "markdown"]);
    expect(asked).toEqual(["What next?"]);
    expect(next?.command).toBe("coding-salary career --experience 3 --cert CPC --state OH --years 5 --format markdown");
    expect(next?.rendering.json()).toEqual(await cliJson(["career", "--experience", "3", "--cert", "CPC", "--state", "OH", "--years", "5", "--json"]));
  });

  it("ends on done (the default)", async () => {
    const { prompter } = scripted([]);
    expect(await askFollowUp(prompter, profile, d)).toBeNull();
  });

  it("never asks when there is nothing to ask: all flags given, JSON out, no terminal", async () => {
    const flags = ["-e", "4", "--cert", "CPC", "--specialty", "general", "--state", "TX", "--setting", "hospital", "--on-site", "--role", "coder"];
    const r = await cli(["wizard", ...flags, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).annual).toEqual((await cliJson(["estimate", ...flags, "--json"])).annual);
  });
});
