// `npm run screenshots`: runs the e2e stories that take screenshots and writes them to
// docs/screenshots (a plain `npm test` writes them to test-results/screenshots instead).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const jest = createRequire(import.meta.url).resolve("jest/bin/jest");
const stories = ["test/e2e/screenshots.e2e.ts", "test/e2e/accessibility.e2e.ts", "test/e2e/submit.e2e.ts"];
const run = spawnSync(process.execPath, [jest, "--selectProjects", "e2e", ...stories], {
  stdio: "inherit",
  env: { ...process.env, INVITE_SHEET_DOC_SCREENSHOTS: "1" },
});
process.exit(run.status ?? 1);
