// The one place that decides which Chromium the browser tests, the bench and the screenshots
// drive. The order (README, "Requirements"):
//   1. CHROMIUM_PATH, when set. A path that does not exist is an error, never skipped over.
//   2. A Chromium, Chrome or Edge already installed, at the distributions' paths and the ones
//      playwright-core's `chrome`/`msedge` channels look at (node_modules/playwright-core/lib/
//      coreBundle.js, `_createChromiumChannel`: /opt/google/chrome/chrome, "\Google\Chrome\
//      Application\chrome.exe" under LOCALAPPDATA, PROGRAMFILES and PROGRAMFILES(X86), ...).
//   3. The headless Chromium npm brings on Linux x64 (the optional dependency @sparticuz/chromium).
// INVITE_SHEET_BROWSERS=npm leaves out step 2 (to prove step 3 on a machine that has a browser);
// INVITE_SHEET_BROWSERS=none leaves out steps 2 and 3.
import path from "node:path";

export type BrowserSource = "CHROMIUM_PATH" | "installed" | "npm";

export interface FoundBrowser {
  readonly executablePath: string;
  readonly source: BrowserSource;
}

export interface SearchContext {
  readonly platform: NodeJS.Platform;
  readonly arch: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homedir: string;
  /** True when `file` exists and can be run. */
  exists(file: string): boolean;
}

/** Returns the npm-brought Chromium's executable, or why there is none. */
export type NpmBrowser = () => Promise<{ readonly path: string } | { readonly missing: string }>;

const LINUX = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/opt/google/chrome/chrome",
  "/usr/bin/microsoft-edge-stable",
  "/usr/bin/microsoft-edge",
  "/opt/microsoft/msedge/msedge",
];

const MAC_APPS = [
  "Chromium.app/Contents/MacOS/Chromium",
  "Google Chrome.app/Contents/MacOS/Google Chrome",
  "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
];

const WINDOWS_SUFFIXES = [
  "Chromium\\Application\\chrome.exe",
  "Google\\Chrome\\Application\\chrome.exe",
  "Microsoft\\Edge\\Application\\msedge.exe",
];

/** Installed browsers to look for, in the order they are tried. */
export function installedCandidates(ctx: Pick<SearchContext, "platform" | "env" | "homedir">): string[] {
  switch (ctx.platform) {
    case "linux":
      return LINUX;
    case "darwin":
      return ["/Applications", path.posix.join(ctx.homedir, "Applications")].flatMap((dir) =>
        MAC_APPS.map((app) => path.posix.join(dir, app)),
      );
    case "win32": {
      const roots = [ctx.env.LOCALAPPDATA, ctx.env.PROGRAMFILES, ctx.env["PROGRAMFILES(X86)"]].filter((root): root is string =>
        Boolean(root),
      );
      return WINDOWS_SUFFIXES.flatMap((suffix) => roots.map((root) => path.win32.join(root, suffix)));
    }
    default:
      return [];
  }
}

/** The one line the browser tests fail with when there is no browser. */
export function noBrowserMessage(ctx: Pick<SearchContext, "platform">, npmMissing: string | null): string {
  const install =
    {
      linux: "install Chromium (Debian/Ubuntu: apt-get install chromium), Chrome or Edge",
      darwin: "install Google Chrome, Microsoft Edge or Chromium into /Applications",
      win32: "install Google Chrome or Microsoft Edge",
    }[ctx.platform as "linux" | "darwin" | "win32"] ?? "install Chromium, Chrome or Edge";
  const npm = npmMissing ? ` (${npmMissing})` : "";
  return `No Chromium, Chrome or Edge for the browser tests${npm}: ${install}, or set CHROMIUM_PATH to a browser's executable.`;
}

/** Which steps INVITE_SHEET_BROWSERS leaves in. */
function steps(env: SearchContext["env"]): { installed: boolean; npm: boolean } {
  const setting = env.INVITE_SHEET_BROWSERS ?? "";
  if (!["", "npm", "none"].includes(setting)) throw new Error(`INVITE_SHEET_BROWSERS must be "npm" or "none" (or unset), not "${setting}"`);
  return { installed: setting === "", npm: setting !== "none" };
}

/** Finds the browser in the documented order; throws with one line when there is none. */
export async function findBrowser(ctx: SearchContext, npmBrowser: NpmBrowser): Promise<FoundBrowser> {
  const explicit = ctx.env.CHROMIUM_PATH;
  if (explicit) {
    if (!ctx.exists(explicit))
      throw new Error(
        `CHROMIUM_PATH is ${explicit}, which does not exist or cannot be run: point it at a Chromium, Chrome or Edge executable, or unset it.`,
      );
    return { executablePath: explicit, source: "CHROMIUM_PATH" };
  }
  const use = steps(ctx.env);
  if (use.installed) {
    const installed = installedCandidates(ctx).find((file) => ctx.exists(file));
    if (installed) return { executablePath: installed, source: "installed" };
  }
  let npmMissing: string | null = null;
  if (use.npm) {
    const npm = await npmBrowser();
    if ("path" in npm) return { executablePath: npm.path, source: "npm" };
    npmMissing = npm.missing;
  }
  throw new Error(noBrowserMessage(ctx, npmMissing));
}
