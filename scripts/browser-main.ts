// `npm run browser`: which browser the browser tests would drive here, and from which step of
// scripts/find-browser.ts; or the one line saying how to get one (exit 1).
import path from "node:path";
import { resolveBrowser } from "./launch-chromium";

// Bundled to dist/browser.js by scripts/build-node.mjs: the project is the folder above dist/.
resolveBrowser(path.join(__dirname, "..")).then(
  (found) => console.log(`Browser for the tests: ${found.executablePath} (${found.source})`),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
