import type { Command } from "commander";
import type { Dataset } from "../../core/dataset/dataset-schema.js";
import { completionSpec, type CompletionCommand, type CompletionOption, type CompletionSpec } from "./completion-spec.js";

/** Completion scripts for bash, zsh and fish, written from one spec. */

const words = (list: readonly string[]) => list.join(" ");
const fnName = (program: string) => `_${program.replace(/[^A-Za-z0-9]/g, "_")}`;

function allOptions(spec: CompletionSpec, command?: CompletionCommand): CompletionOption[] {
  return [...(command?.options ?? []), ...spec.globalOptions];
}

function bashCompletion(spec: CompletionSpec): string {
  // Flags grouped by the values they take: one case arm per list.
  const byValues = new Map<string, Set<string>>();
  for (const option of [...spec.globalOptions, ...spec.commands.flatMap((c) => [...c.options, ...c.subcommands.flatMap((s) => s.options)])]) {
    if (!option.takesValue) continue;
    const values = option.values === "file" ? "\0file" : words(option.values ?? []);
    const flags = byValues.get(values) ?? new Set<string>();
    for (const flag of option.flags) flags.add(flag);
    byValues.set(values, flags);
  }
  const cases = [...byValues].map(([values, flags]) => {
    const pattern = [...flags].join("|");
    if (values === "\0file") return `    ${pattern}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`;
    return values ? `    ${pattern}) COMPREPLY=($(compgen -W "${values}" -- "$cur")); return ;;` : `    ${pattern}) return ;;`;
  });
  const commandCases = spec.commands.map((c) => {
    const flags = words(allOptions(spec, c).flatMap((o) => o.flags));
    const subs = words([...c.subcommands.map((s) => s.name), ...c.arguments]);
    return `    ${c.name}) COMPREPLY=($(compgen -W "${[subs, flags].filter(Boolean).join(" ")}" -- "$cur")) ;;`;
  });
  const f = fnName(spec.program);
  return `# bash completion for ${spec.program}
# Install: ${spec.program} completion bash > ~/.local/share/bash-completion/completions/${spec.program}
#      or: echo 'source <(${spec.program} completion bash)' >> ~/.bashrc
${f}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="" word
  for word in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case "$word" in
      ${spec.commands.map((c) => c.name).join("|")}) command="$word"; break ;;
    esac
  done
  case "$prev" in
${cases.join("\n")}
  esac
  case "$command" in
${commandCases.join("\n")}
    *) COMPREPLY=($(compgen -W "${words([...spec.commands.map((c) => c.name), ...spec.globalOptions.flatMap((o) => o.flags)])}" -- "$cur")) ;;
  esac
}
complete -o default -F ${f} ${spec.program}
`;
}

/** zsh specs must not contain unescaped brackets or colons in descriptions. */
const zshText = (text: string) => text.replace(/[[\]:'\\]/g, " ").replace(/\s+/g, " ").trim();

function zshOption(o: CompletionOption): string[] {
  const action = !o.takesValue ? "" : o.values === "file" ? ":file:_files" : o.values?.length ? `:value:(${o.values.join(" ")})` : ":value: ";
  return o.flags.map((flag) => `'${flag}[${zshText(o.description)}]${action}'`);
}

function zshCompletion(spec: CompletionSpec): string {
  const f = fnName(spec.program);
  const describe = (list: readonly CompletionCommand[]) => list.map((c) => `'${c.name}:${zshText(c.description)}'`).join(" ");
  const cases = spec.commands.map((c) => {
    const args = allOptions(spec, c).flatMap(zshOption).join(" \\\n        ");
    const subs = c.subcommands.length
      ? ` \\\n        '1:command:((${c.subcommands.map((s) => `${s.name}\\:${zshText(s.description).replace(/ /g, "\\ ")}`).join(" ")}))' '*:file:_files'`
      : c.arguments.length
        ? ` \\\n        '1:value:(${c.arguments.join(" ")})'`
        : "";
    return `    ${c.name})\n      _arguments \\\n        ${args}${subs}\n      ;;`;
  });
  return `#compdef ${spec.program}
# zsh completion for ${spec.program}
# Install: ${spec.program} completion zsh > "\${fpath[1]}/_${spec.program}"   (then restart zsh)
#      or: echo 'source <(${spec.program} completion zsh)' >> ~/.zshrc   (after compinit)
${f}() {
  local -a commands
  commands=(${describe(spec.commands)})
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    _arguments ${spec.globalOptions.flatMap(zshOption).join(" ")}
    return
  fi
  shift words; (( CURRENT-- ))
  case $words[1] in
${cases.join("\n")}
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then ${f} "$@"; else compdef ${f} ${spec.program}; fi
`;
}

const fishText = (text: string) => text.replace(/'/g, "\\'");

function fishCompletion(spec: CompletionSpec): string {
  const p = spec.program;
  const names = spec.commands.map((c) => c.name).join(" ");
  const line = (condition: string, o: CompletionOption) => {
    const long = o.flags.find((x) => x.startsWith("--"));
    const short = o.flags.find((x) => /^-[^-]$/.test(x));
    const parts = [`complete -c ${p} -n '${condition}'`];
    if (long) parts.push(`-l ${long.slice(2)}`);
    if (short) parts.push(`-s ${short.slice(1)}`);
    if (o.takesValue) parts.push(o.values === "file" ? "-r -F" : o.values?.length ? `-x -a '${o.values.join(" ")}'` : "-x");
    parts.push(`-d '${fishText(o.description)}'`);
    return parts.join(" ");
  };
  const lines = [
    `# fish completion for ${p}`,
    `# Install: ${p} completion fish > ~/.config/fish/completions/${p}.fish`,
    `complete -c ${p} -f`,
    ...spec.commands.map((c) => `complete -c ${p} -n '__fish_use_subcommand' -a ${c.name} -d '${fishText(c.description)}'`),
    ...spec.globalOptions.map((o) => line("true", o)),
    ...spec.commands.flatMap((c) => [
      ...c.options.map((o) => line(`__fish_seen_subcommand_from ${c.name}`, o)),
      ...c.subcommands.map((s) => `complete -c ${p} -n '__fish_seen_subcommand_from ${c.name}; and not __fish_seen_subcommand_from ${s.name}' -a ${s.name} -d '${fishText(s.description)}'`),
      ...(c.arguments.length ? [`complete -c ${p} -n '__fish_seen_subcommand_from ${c.name}' -a '${c.arguments.join(" ")}'`] : []),
    ]),
    `# commands: ${names}`,
  ];
  return `${lines.join("\n")}\n`;
}

/** The completion script for a shell, from the program's commands and the dataset's values. */
export function completionScript(shell: "bash" | "zsh" | "fish", program: Command, dataset: Dataset): string {
  const spec = completionSpec(program, dataset);
  return shell === "bash" ? bashCompletion(spec) : shell === "zsh" ? zshCompletion(spec) : fishCompletion(spec);
}
