import { checkbox, confirm, input, search, select } from "@inquirer/prompts";
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { promptFor } from "../../../src/cli/wizard/prompter.js";
import { allQuestions } from "../../../src/cli/wizard/questions.js";
import type { Question } from "../../../src/cli/wizard/question.js";
import { bundledDataset } from "../../../src/core/dataset/bundled-dataset.js";

const real = { checkbox, confirm, input, search, select };
const question = (field: string) => allQuestions(bundledDataset()).find((q) => q.field === field) as Question;

/** Renders the prompt the wizard builds for a question, in @inquirer/testing's virtual terminal. */
async function show(field: string) {
  let rendered: ReturnType<typeof render> | undefined;
  const capture = Object.fromEntries(
    Object.entries(real).map(([name, prompt]) => [name, (config: never) => (rendered = render(prompt as never, config)).then((r) => r.answer)]),
  ) as unknown as typeof real;
  void promptFor(capture, question(field));
  return rendered!;
}

describe("the wizard's prompts", () => {
  it("experience: shows a problem as it is typed, refuses it on Enter, takes a number", async () => {
    const { answer, events, getScreen } = await show("experienceYears");
    expect(getScreen()).toContain("(0 to 50, fractions allowed; Enter to skip)");
    events.type("4x");
    expect(getScreen()).toContain("4x  ✖ type a number of years, like 4 or 2.5");
    events.keypress("enter");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(getScreen()).toContain("type a number of years");
    events.keypress("backspace");
    events.keypress("enter");
    await expect(answer).resolves.toBe("4");
  });

  it("experience: Enter alone skips it", async () => {
    const { answer, events } = await show("experienceYears");
    events.keypress("enter");
    await expect(answer).resolves.toBe("");
  });

  it("state: typing tex finds Texas", async () => {
    const { answer, events, getScreen } = await show("state");
    events.type("tex");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(getScreen()).toContain("Texas (TX)");
    events.keypress("enter");
    await expect(answer).resolves.toBe("TX");
  });

  it("certifications: a checkbox of the dataset's credentials", async () => {
    const { answer, events, getScreen } = await show("certifications");
    expect(getScreen()).toContain("None — no credential yet");
    expect(getScreen()).toContain("CPC — Certified Professional Coder");
    events.keypress("down");
    events.keypress("down");
    events.keypress("space");
    events.keypress("enter");
    await expect(answer).resolves.toEqual(["CPC"]);
  });

  it("setting: Enter keeps 'Not specified'", async () => {
    const { answer, events } = await show("setting");
    events.keypress("enter");
    await expect(answer).resolves.toBeNull();
  });
});
