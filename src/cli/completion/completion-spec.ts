import type { Command, Option } from "commander";
import type { Dataset } from "../../core/dataset/dataset-schema.js";

/** What a shell needs to complete the tool: commands, their flags, and each flag's values. */
export interface CompletionOption {
  /** Long flag first, then the short one if any: ["--state", "-s"]. */
  flags: string[];
  description: string;
  /** Values to offer after the flag: a list, "file", or none (a free value) when it takes one. */
  values: string[] | "file" | null;
  takesValue: boolean;
}

export interface CompletionCommand {
  name: string;
  description: string;
  options: CompletionOption[];
  subcommands: CompletionCommand[];
  /** Values its positional arguments can take (`completion bash|zsh|fish`). */
  arguments: string[];
}

export interface CompletionSpec {
  program: string;
  commands: CompletionCommand[];
  globalOptions: CompletionOption[];
}

/** The values of flags the dataset (or the tool) defines; everything else is completed from commander's choices. */
function valuesOf(option: Option, d: Dataset): string[] | "file" | null {
  switch (option.long) {
    case "--state":
      return d.states.list.map((s) => s.code);
    case "--cert":
    case "--held":
      return d.certifications.credentials.map((c) => c.code);
    case "--specialty":
      return d.specialties.map((s) => s.id);
    case "--setting":
      return d.settings.map((s) => s.id);
    case "--role":
      return d.roles.ladder.map((r) => r.id);
    case "--format":
      return ["table", "json", "markdown", "csv"];
    case "--data":
    case "--input":
      return "file";
    default:
      return option.argChoices ?? null;
  }
}

function optionsOf(command: Command, d: Dataset): CompletionOption[] {
  return command.options.map((o) => ({
    flags: [o.long, o.short].filter((f): f is string => typeof f === "string"),
    description: o.description,
    values: o.required || o.optional ? valuesOf(o, d) : null,
    takesValue: o.required || o.optional,
  }));
}

function commandOf(command: Command, d: Dataset): CompletionCommand {
  return {
    name: command.name(),
    description: command.description(),
    options: optionsOf(command, d),
    subcommands: command.commands.map((c) => commandOf(c, d)),
    arguments: command.registeredArguments.flatMap((a) => a.argChoices ?? []),
  };
}

export function completionSpec(program: Command, d: Dataset): CompletionSpec {
  return {
    program: program.name(),
    commands: program.commands.map((c) => commandOf(c, d)),
    globalOptions: [...optionsOf(program, d), { flags: ["--help", "-h"], description: "show help", values: null, takesValue: false }],
  };
}
