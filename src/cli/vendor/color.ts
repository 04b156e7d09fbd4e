// Third-party code the table printer loads only when it paints in colour: bundled on its own (dist/vendor/color.cjs).
export { Chalk } from "chalk";
