import type { Command, Option } from "commander";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { optionOf, PROFILE_OPTIONS } from "../options/profile.js";

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

/** The values a flag takes: the profile option table's (from the dataset), a file, or the choices of a choice table. */
function valuesOf(option: Option, d: Dataset): string[] | "file" | null {
  const profile = PROFILE_OPTIONS.find((o) => o.options(d).some((x) => x.long === option.long));
  if (profile) return profile.values(d);
  if (option.long === "--held" || option.long === "--earn") return optionOf("certifications")?.values(d) ?? null;
  if (/<file>/.test(option.flags)) return "file";
  return option.argChoices ?? null;
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
