/**
 * One table of profile options drives every part of the CLI that speaks of profile fields;
 * every choice flag reads the same way (any case, a suggestion on a near miss); one number
 * parser; no flag name means two things.
 */
import { describe, expect, it } from "vitest";
import { completionSpec } from "../../src/cli/completion/completion-spec.js";
import { buildProgram } from "../../src/cli/program.js";
import { fieldOfColumn, PROFILE_OPTIONS } from "../../src/cli/options/profile.js";
import { estimateDocumentSchema } from "../../src/cli/schemas/documents.js";
import { allQuestions } from "../../src/cli/wizard/questions.js";
import { bundledDataset } from "../../src/core/dataset/bundled-dataset.js";
import { cli, cliJson } from "../helpers/cli.js";
import { memoryIo } from "../helpers/memory-io.js";

const d = bundledDataset();

describe("the profile option table", () => {
  it("drives help, completion, the wizard, CSV columns and the JSON Schema of input", async () => {
    const help = (await cli(["estimate", "--help"])).stdout;
    const program = await buildProgram({ io: memoryIo(), dataset: () => d }, ["completion"]);
    const estimate = completionSpec(program, d).commands.find((c) => c.name === "estimate");
    const questions = allQuestions(d).map((q) => q.field);
    const input = (estimateDocumentSchema.toJsonSchema() as { properties: { input: { properties: Record<string, unknown> } } }).properties.input.properties;
    for (const option of PROFILE_OPTIONS) {
      expect(help).toContain(option.flag);
      const completed = estimate?.options.find((o) => o.flags.includes(option.flag));
      expect(completed?.values ?? null).toEqual(completed?.takesValue ? option.values(d) : null);
      expect(questions).toContain(option.field);
      expect(fieldOfColumn(option.columns[0] as string)).toBe(option.field);
      expect(Object.keys(input)).toContain(option.field);
    }
  });

  it("reads CSV headers in their common spellings", () => {
    expect(["experience_years", "Experience Years", "experienceYears", "years"].map(fieldOfColumn)).toEqual(Array(4).fill("experienceYears"));
    expect(["certs", "Credentials", "certification"].map(fieldOfColumn)).toEqual(Array(3).fill("certifications"));
    expect(fieldOfColumn("salary")).toBeUndefined();
  });
});

describe("choice flags", () => {
  it.each([
    [["compare", "--by", "State", "-e", "4", "--json"]],
    [["compare", "--by", "states", "-e", "4", "--json"]],
    [["compare", "--by", "CERT", "--json"]],
    [["compare", "--by", "state", "--sort", "Real", "--json"]],
    [["estimate", "--format", "JSON"]],
    [["estimate", "--format", "md"]],
    [["schema", "Estimate"]],
    [["completion", "BASH"]],
  ])("accept any case and common spellings: %j", async (args) => {
    expect((await cli(args)).code).toBe(0);
  });

  it.each([
    [["compare", "--by", "stat"], "unknown dimension \"stat\". Did you mean state?\nAllowed for --by: state, cert, specialty, setting, experience, role, remote"],
    [["compare", "--by", "state", "--sort", "rael"], 'unknown sort order "rael". Did you mean real?'],
    [["estimate", "--format", "jsn"], 'unknown format "jsn". Did you mean json?'],
    [["estimate", "--input", "-", "--input-format", "cvs"], 'unknown input format "cvs". Did you mean csv?'],
    [["schema", "acuracy"], 'unknown schema "acuracy". Did you mean accuracy?'],
  ])("refuse a near miss with a suggestion: %j", async (args, message) => {
    const r = await cli(args);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain(message);
  });
});

describe("numbers and amounts", () => {
  it.each([
    [["estimate", "-e", "1e3"], "--experience must be a number of years"],
    [["estimate", "-e", "4y"], "--experience must be a number of years"],
    [["estimate", "-e", "0x10"], "--experience must be a number of years"],
    [["career", "--years", "Infinity"], "--years must be a whole number of years"],
    [["roi", "--cost", "3000", "--months", "six", "--earn", "CPC"], "--months must be a number of months"],
    [["roi", "--cost", "3k/yr", "--months", "6", "--earn", "CPC"], "a cost takes no pay period"],
  ])("one parser refuses what is not a plain number: %j", async (args, message) => {
    const r = await cli(args);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain(message);
  });

  it("reads the same number the same way everywhere", async () => {
    expect((await cliJson(["estimate", "-e", " 2.5 ", "--json"])).input.experienceYears).toBe(2.5);
    expect((await cliJson(["compare", "--by", "experience", "--only", "2.5", "--json"])).rows[0].value).toBe("2.5");
    expect((await cliJson(["roi", "--cost", "$3,000", "--months", "6", "--earn", "CPC", "--json"])).plan.cost).toBe(3_000);
  });
});

describe("flag names", () => {
  it("mean one thing across every command", async () => {
    const program = await buildProgram({ io: memoryIo(), dataset: () => d }, ["completion"]);
    const meanings = new Map<string, Set<string>>();
    for (const command of program.commands)
      for (const option of command.options) {
        const name = option.long ?? option.short ?? "";
        meanings.set(name, (meanings.get(name) ?? new Set()).add(option.description));
      }
    const twice = [...meanings].filter(([, m]) => m.size > 1).map(([name, m]) => `${name}: ${[...m].join(" | ")}`);
    expect(twice).toEqual([]);
    // --input (a batch file) and the wizard's never-prompt flag no longer share a name.
    expect(meanings.has("--no-prompt")).toBe(true);
  });
});

describe("the core speaks in codes", () => {
  it("JSON warnings and confidence reasons carry a code, the figures, and the CLI's words", async () => {
    const doc = await cliJson(["estimate", "-e", "12", "--cert", "RHIA", "--cert", "CCS", "--specialty", "risk-adjustment", "--setting", "consulting", "--role", "director", "--state", "TX", "--json"]);
    expect(doc.warnings.length).toBeGreaterThan(0);
    for (const w of [...doc.warnings, ...doc.confidence.reasons]) {
      expect(Object.keys(w)).toEqual(["code", "message", "params"]);
      expect(w.code).toMatch(/^[a-z-]+$/);
      expect(w.message.length).toBeGreaterThan(10);
    }
  });
});
