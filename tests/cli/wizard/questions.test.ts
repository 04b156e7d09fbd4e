import { describe, expect, it } from "vitest";
import { run } from "../../../src/cli/main.js";
import {
  allQuestions,
  askAll,
  equivalentCommand,
  experienceProblem,
  profileFrom,
  questionsToAsk,
  searchChoices,
} from "../../../src/cli/wizard/questions.js";
import type { Question } from "../../../src/cli/wizard/question.js";
import { bundledDataset } from "../../../src/core/dataset/bundled-dataset.js";
import { estimate } from "../../../src/core/estimate.js";
import { memoryIo } from "../../helpers/memory-io.js";

const d = bundledDataset();
/** What pressing Enter at a question gives. */
const enter = async (q: Question) => (q.kind === "number" ? q.default : q.kind === "checkbox" ? [] : q.kind === "confirm" ? q.default : q.choices[0]!.value);

describe("wizard questions", () => {
  it("asks experience, certifications, specialty, state, setting, remote, role — with choices from the dataset", () => {
    const qs = allQuestions(d);
    expect(qs.map((q) => q.field)).toEqual(["experienceYears", "certifications", "specialty", "state", "setting", "remote", "role"]);
    const choices = (field: string) => (qs.find((q) => q.field === field) as { choices: { value: unknown }[] }).choices.map((c) => c.value);
    expect(choices("certifications")).toEqual(["none", ...d.credentials.list.map((c) => c.code)]);
    expect(choices("specialty")).toEqual([null, ...d.specialties.map((s) => s.id)]);
    expect(choices("state")).toHaveLength(52);
  });

  it("skips what the flags answer, and asks nothing when every answer is given", () => {
    expect(questionsToAsk(d, { state: "TX", certifications: ["CPC"] }).map((q) => q.field)).toEqual(["experienceYears", "specialty", "setting", "remote", "role"]);
    expect(questionsToAsk(d, { experienceYears: 4, certifications: [], specialty: "general", state: "TX", setting: "hospital", remote: false, role: "coder" })).toEqual([]);
  });

  it("gives the national estimate when Enter is pressed at every question", async () => {
    const answers = await askAll(allQuestions(d), enter);
    expect(estimate(profileFrom({}, answers), d).annual).toEqual(estimate({}, d).annual);
  });

  it("maps answers onto the flags' profile", async () => {
    const answers: Record<string, unknown> = { experienceYears: "2.5", certifications: ["CPC", "CCS"], specialty: "oncology", state: "WA", setting: null, remote: true, role: null };
    const asked = await askAll(questionsToAsk(d, { role: "supervisor" }), async (q) => answers[q.field]);
    expect(profileFrom({ role: "supervisor" }, asked)).toEqual({ experienceYears: 2.5, certifications: ["CPC", "CCS"], specialty: "oncology", state: "WA", remote: true, role: "supervisor" });
  });

  it("checks experience as it is typed", () => {
    expect(experienceProblem("", 50)).toBeUndefined();
    expect(experienceProblem("4.5", 50)).toBeUndefined();
    expect(experienceProblem("4x", 50)).toBe("type a number of years, like 4 or 2.5");
    expect(experienceProblem("-1", 50)).toBe("type a number of years, like 4 or 2.5");
    expect(experienceProblem("51", 50)).toBe("at most 50 years");
  });

  it("finds states as you type: by the start of a name, a code, or a part", () => {
    const states = (allQuestions(d).find((q) => q.field === "state") as { choices: { value: string | null; name: string }[] }).choices;
    expect(searchChoices(states, "tex")[0]?.value).toBe("TX");
    expect(searchChoices(states, "new").map((c) => c.value)).toEqual(["NH", "NJ", "NM", "NY"]);
    expect(searchChoices(states, "ny")[0]?.value).toBe("NY");
    expect(searchChoices(states, "carolina").map((c) => c.value)).toEqual(["NC", "SC"]);
    expect(searchChoices(states, "")).toHaveLength(52);
  });

  it("prints an estimate command that gives the same result", async () => {
    const profile = estimate({ experienceYears: 2.5, certifications: ["CPC"], state: "new york", remote: true, role: "senior-coder" }, d).input;
    const command = equivalentCommand(profile, ["--json"]);
    expect(command).toBe("coding-salary estimate --experience 2.5 --cert CPC --state NY --remote --role senior-coder --json");
    const io = memoryIo();
    expect(await run(command.split(" ").slice(1), io)).toBe(0);
    expect(JSON.parse(io.stdout()).annual).toEqual(estimate(profile, d).annual);
  });

  it("never prompts without a terminal: exit 2 naming the flags to pass", async () => {
    const io = memoryIo();
    expect(await run(["wizard", "--state", "TX"], io)).toBe(2);
    expect(io.stdout()).toBe("");
    expect(io.stderr()).toContain("the wizard would need to ask 6 questions, but there is no terminal to ask on");
    expect(io.stderr()).toContain("--experience <years>, --cert <code> (or --cert none), --specialty <name>, --setting <name>, --remote or --on-site, --role <name>");
    const noPrompt = memoryIo();
    expect(await run(["wizard", "--no-prompt", "-e", "3"], noPrompt)).toBe(2);
    expect(noPrompt.stderr()).toContain("--no-prompt was given");
    // The 1.x name still works, with a notice.
    const noInput = memoryIo();
    expect(await run(["wizard", "--no-input", "-e", "3"], noInput)).toBe(2);
    expect(noInput.stderr()).toContain('"wizard --no-input" is deprecated: use "wizard --no-prompt"');
    expect(noInput.stderr()).toContain("--no-prompt was given");
  });

  it("asks nothing and answers at once when every flag is given, even without a terminal", async () => {
    const io = memoryIo();
    const flags = ["-e", "4", "--cert", "none", "--specialty", "general", "--state", "TX", "--setting", "hospital", "--on-site", "--role", "coder"];
    expect(await run(["wizard", ...flags, "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout()).annual).toEqual(estimate({ experienceYears: 4, certifications: [], state: "TX", setting: "hospital", role: "coder", specialty: "general" }, d).annual);
    expect(io.stderr()).toContain("The same estimate without questions:\n  coding-salary estimate --experience 4 --cert none --specialty general --state TX --setting hospital --role coder --json");
  });
});
