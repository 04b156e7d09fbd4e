import { Argument } from "commander";
import { defineCommand } from "../command.js";
import { parseChoice, type ChoiceTable } from "../options/choice.js";

const SHELLS: ChoiceTable<"bash" | "zsh" | "fish"> = {
  noun: "shell",
  choices: [
    { value: "bash", description: "bash" },
    { value: "zsh", description: "zsh" },
    { value: "fish", description: "fish" },
  ],
};

export default defineCommand({
  configure: (c, ctx) =>
    c
      .addArgument(new Argument("<shell>", "bash, zsh or fish").choices(SHELLS.choices.map((s) => s.value)).argParser((text) => parseChoice(SHELLS, text)))
      .action(async (shell: "bash" | "zsh" | "fish") => {
        const { completionScript } = await import("../completion/shells.js");
        ctx.io.out(completionScript(shell, c.parent ?? c, ctx.dataset()));
      }),
  examples: [
    ["coding-salary completion bash > ~/.local/share/bash-completion/completions/coding-salary", "bash (or: source <(coding-salary completion bash) in ~/.bashrc)"],
    ['coding-salary completion zsh > "${fpath[1]}/_coding-salary"', "zsh (a directory on $fpath; restart the shell)"],
    ["coding-salary completion fish > ~/.config/fish/completions/coding-salary.fish", "fish"],
  ],
});
