#!/usr/bin/env node
let cli;
try {
  cli = require("../dist/launch.cjs");
} catch (error) {
  // A fresh clone: installing runs no build (the package has no install scripts), so the first run builds dist/.
  if (error.code !== "MODULE_NOT_FOUND" || !String(error.message).includes("launch.cjs")) throw error;
  cli = require("./build-once.cjs")();
}
cli.launch();
