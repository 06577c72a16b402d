// The CLI and server tests run the real bundles (dist/cli.js, dist/server.js): rebuild them once
// per test run so they never test stale code. esbuild takes well under a second.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "build-node.mjs")], { stdio: "inherit" });
};
