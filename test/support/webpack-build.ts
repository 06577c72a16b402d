// A fresh-enough webpack build of the pages (dist/*.html) for the tests that serve them: the
// browser tests and the start-up message test. Built once across jest workers (a lock folder).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const SOURCES = ["src", "webpack.config.js"];
const SKIP = new Set(["server", "cli"]);
const LOCK = path.join(ROOT, "node_modules", ".cache", "invite-sheet-e2e-build.lock");

function newestSource(entry: string): number {
  const stats = fs.statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(entry)) {
    if (SKIP.has(name) && path.basename(entry) === "src") continue;
    newest = Math.max(newest, newestSource(path.join(entry, name)));
  }
  return newest;
}

function buildIsFresh(): boolean {
  const pages = ["workbench.html", "taskpane.html"].map((p) => path.join(DIST, p));
  if (!pages.every((p) => fs.existsSync(p))) return false;
  const built = Math.min(...pages.map((p) => fs.statSync(p).mtimeMs));
  return SOURCES.every((s) => newestSource(path.join(ROOT, s)) <= built);
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `webpack --mode development` when dist/ is missing or older than the sources (once across jest workers). */
export async function ensureBuilt(): Promise<void> {
  if (buildIsFresh()) return;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // Another worker builds; a lock left by a killed run is cleared after 10 minutes.
      if (Date.now() - fs.statSync(LOCK).mtimeMs > 600_000) fs.rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    if (!buildIsFresh())
      execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development"], { cwd: ROOT, stdio: "inherit" });
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
