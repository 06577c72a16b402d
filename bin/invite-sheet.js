#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is bundled to dist/cli.js by `npm install` (the prepare script).
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "cli.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("invite-sheet: not built yet. Run `npm install` (or `npm run prepare`) in the project folder first.\n");
  process.exit(2);
}
require(bundle).main();
