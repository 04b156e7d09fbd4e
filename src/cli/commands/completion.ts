import { Argument, type Command } from "commander";
import type { Context } from "../context.js";
import { completionSpec } from "../completion/completion-spec.js";
import { bashCompletion, fishCompletion, zshCompletion } from "../completion/shells.js";
import { examples } from "../help.js";

const SHELLS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion } as const;

export function registerCompletion(program: Command, ctx: Context): void {
  program
    .command("completion")
    .description("print a shell completion script (commands, flags, and values from the dataset)")
    .addArgument(new Argument("<shell>", "bash, zsh or fish").choices(Object.keys(SHELLS)))
    .addHelpText(
      "after",
      examples([
        ["coding-salary completion bash > ~/.local/share/bash-completion/completions/coding-salary", "bash (or: source <(coding-salary completion bash) in ~/.bashrc)"],
        ['coding-salary completion zsh > "${fpath[1]}/_coding-salary"', "zsh (a directory on $fpath; restart the shell)"],
        ["coding-salary completion fish > ~/.config/fish/completions/coding-salary.fish", "fish"],
      ]),
    )
    .action((shell: keyof typeof SHELLS) => void ctx.io.out(SHELLS[shell](completionSpec(program, ctx.dataset()))));
}
