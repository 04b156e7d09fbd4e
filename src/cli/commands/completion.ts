import { Argument, type Command } from "commander";
import type { Context } from "../context.js";
import { examples } from "../help.js";
import type { CommandSummary } from "../program.js";

/** What `coding-salary --help` lists for this command. */
export const completionCommand: CommandSummary = { name: "completion", description: "print a shell completion script (commands, flags, and values from the dataset)", usage: "<bash|zsh|fish>" };

export function registerCompletion(program: Command, ctx: Context): void {
  program
    .command(completionCommand.name)
    .description(completionCommand.description)
    .addArgument(new Argument("<shell>", "bash, zsh or fish").choices(["bash", "zsh", "fish"]))
    .addHelpText(
      "after",
      examples([
        ["coding-salary completion bash > ~/.local/share/bash-completion/completions/coding-salary", "bash (or: source <(coding-salary completion bash) in ~/.bashrc)"],
        ['coding-salary completion zsh > "${fpath[1]}/_coding-salary"', "zsh (a directory on $fpath; restart the shell)"],
        ["coding-salary completion fish > ~/.config/fish/completions/coding-salary.fish", "fish"],
      ]),
    )
    .action(async (shell: "bash" | "zsh" | "fish") => {
      const { completionScript } = await import("../completion/shells.js");
      ctx.io.out(completionScript(shell, program, ctx.dataset()));
    });
}
