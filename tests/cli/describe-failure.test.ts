import { describe, expect, it } from "vitest";
import { describeFailure } from "../../src/cli/describe-failure.js";
import { ExitStatus, UsageError } from "../../src/cli/errors.js";
import { DatasetError, ProfileError } from "../../src/core/errors.js";

const plain = { debug: false };

describe("describeFailure: one place from error to message and exit code", () => {
  it("maps usage, profile and dataset errors to 2 with what is allowed", () => {
    expect(describeFailure(new UsageError("bad", "try this"), plain)).toEqual({ message: "bad\ntry this", code: 2 });
    const profile = new ProfileError("unknown-state", 'unknown state "Texsa"', "state", "Texsa", "AL, AK", "TX (Texas)");
    expect(describeFailure(profile, plain)).toEqual({ message: 'unknown state "Texsa". Did you mean TX (Texas)?\nAllowed for --state: AL, AK', code: 2 });
    const dataset = new DatasetError([{ path: "national.median.value", message: "expected a positive number, got -1" }]);
    expect(describeFailure(dataset, plain)).toEqual({ message: "invalid dataset: 1 problem\n  national.median.value: expected a positive number, got -1", code: 2 });
  });

  it("maps commander's errors to 2 and its help and version to 0", () => {
    const unknown = Object.assign(new Error("error: unknown option '--stat'\n(Did you mean --state?)"), { code: "commander.unknownOption", exitCode: 1 });
    expect(describeFailure(unknown, { debug: false, command: "estimate" })).toEqual({
      message: "unknown option '--stat'. Did you mean --state?\nSee 'coding-salary estimate --help'.",
      code: 2,
    });
    const help = Object.assign(new Error("(outputHelp)"), { code: "commander.helpDisplayed", exitCode: 0 });
    expect(describeFailure(help, plain)).toEqual({ message: "", code: 0 });
  });

  it("passes a command's own exit status through silently", () => {
    expect(describeFailure(new ExitStatus(3), plain)).toEqual({ message: "", code: 3 });
  });

  it("maps anything else to 1, with the stack only under DEBUG", () => {
    const bug = new TypeError("x is undefined");
    const quiet = describeFailure(bug, plain);
    expect(quiet.code).toBe(1);
    expect(quiet.message).toBe("internal error: x is undefined\n(set DEBUG=1 for details; please report it)");
    expect(describeFailure(bug, { debug: true }).message).toContain("at ");
  });
});
