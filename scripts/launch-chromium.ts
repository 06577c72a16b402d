// Launches the browser scripts/find-browser.ts picks, headless, with playwright-core: used by the
// e2e tests (test/e2e/workbench-helper.ts), the screenshots and the workbench bench.
import { accessSync, constants } from "node:fs";
import os from "node:os";
import { chromium, type Browser } from "playwright-core";
import { findBrowser, type FoundBrowser, type SearchContext } from "./find-browser";
import { npmChromium } from "./npm-chromium";

/** --no-sandbox: CI and containers run as root, where Chromium's sandbox refuses to start. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** This machine, as findBrowser sees it. */
export function thisMachine(): SearchContext {
  return {
    platform: process.platform,
    arch: process.arch,
    env: process.env,
    homedir: os.homedir(),
    exists(file) {
      try {
        accessSync(file, process.platform === "win32" ? constants.F_OK : constants.X_OK);
        return true;
      } catch {
        // Missing or not executable: either way not a browser to use.
        return false;
      }
    },
  };
}

/** The browser for this machine; `root` is the project folder whose node_modules may hold one. */
export function resolveBrowser(root: string): Promise<FoundBrowser> {
  return findBrowser(thisMachine(), npmChromium(root));
}

export async function launchChromium(root: string): Promise<Browser> {
  const { executablePath } = await resolveBrowser(root);
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}
