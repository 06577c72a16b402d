// Step 3 of scripts/find-browser.ts: the Chromium that `npm install` brings on Linux x64, the
// optional dependency @sparticuz/chromium. Its package holds a headless Chromium as one
// brotli-compressed file (bin/chromium.br); we unpack it once per version into
// node_modules/.cache ourselves rather than call the package's executablePath(), which writes to
// a fixed /tmp/chromium that parallel jest workers would race on, and returns a half-written file
// to the second one.
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import type { NpmBrowser } from "./find-browser";

const PACKAGE = "@sparticuz/chromium";

/** The package's folder, or null when npm did not install it. */
function packageDir(root: string): string | null {
  try {
    // Its "exports" hides package.json: resolve the main file (build/cjs/index.cjs) and go up.
    const main = createRequire(path.join(root, "package.json")).resolve(PACKAGE);
    return path.resolve(path.dirname(main), "..", "..");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") return null;
    throw error;
  }
}

/** Unpacks bin/chromium.br to `target` through a temporary file, so no reader sees it half-written. */
async function unpack(source: string, target: string): Promise<void> {
  const partial = `${target}.${randomUUID()}.partial`;
  try {
    await pipeline(createReadStream(source), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 }));
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** The npm-brought Chromium for `root`'s node_modules, unpacked on first use. */
export function npmChromium(root: string, platform: NodeJS.Platform = process.platform, arch: string = process.arch): NpmBrowser {
  return async () => {
    if (platform !== "linux" || arch !== "x64") return { missing: `npm brings a Chromium only on Linux x64, not ${platform} ${arch}` };
    const dir = packageDir(root);
    if (!dir) return { missing: `${PACKAGE} is not installed: run npm install without --omit=optional` };
    const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
    const cache = path.join(root, "node_modules", ".cache", "invite-sheet-chromium", version);
    const target = path.join(cache, "chromium");
    if (!existsSync(target)) {
      mkdirSync(cache, { recursive: true });
      await unpack(path.join(dir, "bin", "chromium.br"), target);
    }
    return { path: target };
  };
}
