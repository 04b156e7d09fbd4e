// Third-party code the table printer loads on demand: bundled on its own (dist/vendor/terminal.cjs).
export { default as Table } from "cli-table3";
