// Third-party code the wizard loads on demand: bundled on its own (dist/vendor/prompts.js),
// so nothing else pays for it and it shares no code with the rest of the CLI.
export { checkbox, confirm, input, search, select } from "@inquirer/prompts";
