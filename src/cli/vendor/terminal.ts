// Third-party code the table printer loads on demand: bundled on its own (dist/vendor/terminal.js).
export { Chalk } from "chalk";
export { default as Table } from "cli-table3";
