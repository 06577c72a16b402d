// Jest globalSetup: bundles the CLI (and the other Node programs) once before the tests, so the
// child-process tests in test/cli run `node bin/invite-sheet.js` against the current sources.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  const root = path.join(__dirname, "..");
  execFileSync(process.execPath, [path.join(root, "scripts", "build-node.mjs")], { cwd: root, stdio: "inherit" });
};
