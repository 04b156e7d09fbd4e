import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { AbortedAnswer, plainPrompter } from "../../src/cli/wizard/plain-prompter.js";
import { allQuestions, askAll, profileFrom } from "../../src/cli/wizard/questions.js";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { normalizeProfile } from "../../src/core/profile.js";

/** The wizard for TERM=dumb: plain lines in and out, the same questions and answers as the full prompts. */
const d = bundledDataset();

async function session(answers: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = "";
  output.on("data", (chunk) => (shown += String(chunk)));
  const controller = new AbortController();
  const prompter = await plainPrompter(controller.signal, input, output);
  input.write(answers.map((a) => `${a}\n`).join(""));
  return { prompter, shown: () => shown, controller, input };
}

describe("plain prompts (TERM=dumb)", () => {
  it("Enter through every question gives the national profile, with no escape sequence written", async () => {
    const { prompter, shown } = await session(["", "", "", "", "", "", ""]);
    const answers = await askAll(allQuestions(d), (q) => prompter.ask(q));
    prompter.close();
    expect(normalizeProfile(profileFrom({}, answers), d)).toEqual({ experienceYears: null, certifications: null, specialty: null, state: null, setting: null, remote: false, role: null });
    expect(shown()).not.toContain("\u001b");
    expect(shown()).toContain("Years of experience as a coder?");
  });

  it("reads numbers, names and codes, and asks again after a wrong answer", async () => {
    const { prompter, shown } = await session(["lots", "51", "4.5", "CPC, 14", "cardiology", "tex", "texas", "2", "y", "Senior coder"]);
    const answers = await askAll(allQuestions(d), (q) => prompter.ask(q));
    prompter.close();
    expect(normalizeProfile(profileFrom({}, answers), d)).toEqual({
      experienceYears: 4.5,
      certifications: ["CPC", "CCS"],
      specialty: "cardiology",
      state: "TX",
      setting: "hospital",
      remote: true,
      role: "senior-coder",
    });
    expect(shown()).toContain("✖ type a number of years");
    expect(shown()).toContain("✖ at most 50 years");
  });

  it("a signal, or the end of the input, stops the question", async () => {
    const { prompter, controller } = await session([]);
    const pending = prompter.ask(allQuestions(d)[0]!);
    controller.abort("SIGTERM");
    await expect(pending).rejects.toBeInstanceOf(AbortedAnswer);
    prompter.close();
    const ended = await session([]);
    const waiting = ended.prompter.ask(allQuestions(d)[0]!);
    ended.input.end();
    await expect(waiting).rejects.toBeInstanceOf(AbortedAnswer);
  });

  it("labels from the dataset are shown as text", async () => {
    const question = allQuestions(d).find((q) => q.kind === "select")!;
    const odd = { ...question, choices: [...(question as { choices: { value: string | null; name: string }[] }).choices, { value: "x", name: "Evil\u001b]52;c;x\u0007" }] } as typeof question;
    const { prompter, shown } = await session([""]);
    await prompter.ask(odd);
    prompter.close();
    expect(shown()).not.toMatch(/[\u0007\u001b]/);
  });
});
