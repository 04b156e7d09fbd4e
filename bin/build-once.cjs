/**
 * Builds dist/ in a source checkout where it is missing (after `npm ci` in a fresh clone:
 * the package runs nothing at install time), then loads the launcher. A published package
 * always ships dist/, so this runs only in a clone; it needs the dev dependencies (esbuild).
 */
module.exports = function buildOnce() {
  const { execFileSync } = require("node:child_process");
  const { existsSync } = require("node:fs");
  const path = require("node:path");
  const root = path.join(__dirname, "..");
  const script = path.join(root, "scripts", "build.mjs");
  if (!existsSync(script)) {
    process.stderr.write("coding-salary: dist/ is missing from this installation; reinstall the package\n");
    process.exit(1);
  }
  process.stderr.write("coding-salary: first run in a source checkout: building dist/ (npm run build)…\n");
  try {
    // The build's own output goes to stderr: stdout is for the command's result.
    execFileSync(process.execPath, [script], { cwd: root, stdio: ["ignore", 2, 2] });
  } catch {
    process.stderr.write("coding-salary: the build failed (are the dev dependencies installed? run npm ci)\n");
    process.exit(1);
  }
  return require(path.join(root, "dist", "launch.cjs"));
};
