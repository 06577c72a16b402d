// The browser the tests drive is found in the README's order: CHROMIUM_PATH, then an installed
// Chromium/Chrome/Edge at the usual paths per platform, then the one npm brings; with none, one line
// that says how to get one.
import fc from "fast-check";
import { findBrowser, installedCandidates, type NpmBrowser, type SearchContext } from "../../scripts/find-browser";

const WINDOWS_ENV = {
  LOCALAPPDATA: "C:\\Users\\ann\\AppData\\Local",
  PROGRAMFILES: "C:\\Program Files",
  "PROGRAMFILES(X86)": "C:\\Program Files (x86)",
};

/** The documented order, written out: this is the specification the finder is held to. */
const DOCUMENTED: Record<"linux" | "darwin" | "win32", string[]> = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/google-chrome",
    "/opt/google/chrome/chrome",
    "/usr/bin/microsoft-edge-stable",
    "/usr/bin/microsoft-edge",
    "/opt/microsoft/msedge/msedge",
  ],
  darwin: [
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    "/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Users/ann/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Users/ann/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  ],
  win32: [
    "C:\\Users\\ann\\AppData\\Local\\Chromium\\Application\\chrome.exe",
    "C:\\Program Files\\Chromium\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Chromium\\Application\\chrome.exe",
    "C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Users\\ann\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe",
    "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe",
    "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
  ],
};

const HOME = { linux: "/home/ann", darwin: "/Users/ann", win32: "C:\\Users\\ann" };
const NPM_PATH = "/project/node_modules/.cache/invite-sheet-chromium/147.0.0/chromium";

function machine(
  platform: keyof typeof DOCUMENTED,
  present: ReadonlySet<string>,
  env: Record<string, string | undefined> = {},
): SearchContext {
  return {
    platform,
    arch: "x64",
    env: { ...(platform === "win32" ? WINDOWS_ENV : {}), ...env },
    homedir: HOME[platform],
    exists: (file) => present.has(file),
  };
}

const npmWith =
  (available: boolean): NpmBrowser =>
  async () =>
    available ? { path: NPM_PATH } : { missing: "@sparticuz/chromium is not installed" };

test.each(Object.keys(DOCUMENTED) as (keyof typeof DOCUMENTED)[])(
  "on %s the installed browsers are looked for in the documented order",
  (platform) => {
    expect(installedCandidates(machine(platform, new Set()))).toEqual(DOCUMENTED[platform]);
  },
);

test("Windows roots that are not set are left out, not searched as relative paths", () => {
  const candidates = installedCandidates({ platform: "win32", env: { PROGRAMFILES: "C:\\Program Files" }, homedir: "C:\\Users\\ann" });
  expect(candidates).toEqual([
    "C:\\Program Files\\Chromium\\Application\\chrome.exe",
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe",
  ]);
});

test("for any set of installed browsers, CHROMIUM_PATH wins, then the first installed one in order, then npm's", async () => {
  const platforms = fc.constantFrom(...(Object.keys(DOCUMENTED) as (keyof typeof DOCUMENTED)[]));
  await fc.assert(
    fc.asyncProperty(
      platforms.chain((platform) =>
        fc.record({
          platform: fc.constant(platform),
          installed: fc.subarray(DOCUMENTED[platform]),
          explicit: fc.option(fc.constantFrom("/opt/my/chromium", "D:\\tools\\chrome.exe"), { nil: undefined }),
          explicitExists: fc.boolean(),
          npm: fc.boolean(),
          setting: fc.constantFrom(undefined, "npm", "none"),
        }),
      ),
      async ({ platform, installed, explicit, explicitExists, npm, setting }) => {
        const present = new Set(installed);
        if (explicit && explicitExists) present.add(explicit);
        const ctx = machine(platform, present, { CHROMIUM_PATH: explicit, INVITE_SHEET_BROWSERS: setting });
        const found = findBrowser(ctx, npmWith(npm));
        if (explicit) {
          if (explicitExists) await expect(found).resolves.toEqual({ executablePath: explicit, source: "CHROMIUM_PATH" });
          else await expect(found).rejects.toThrow(`CHROMIUM_PATH is ${explicit}, which does not exist`);
          return;
        }
        const firstInstalled = DOCUMENTED[platform].find((file) => present.has(file));
        if (setting === undefined && firstInstalled)
          await expect(found).resolves.toEqual({ executablePath: firstInstalled, source: "installed" });
        else if (setting !== "none" && npm) await expect(found).resolves.toEqual({ executablePath: NPM_PATH, source: "npm" });
        else await expect(found).rejects.toThrow(/^No Chromium, Chrome or Edge for the browser tests.*set CHROMIUM_PATH/);
      },
    ),
  );
});

test("the npm browser is not unpacked when an installed one is found", async () => {
  let asked = 0;
  const npm: NpmBrowser = async () => {
    asked++;
    return { path: NPM_PATH };
  };
  await findBrowser(machine("linux", new Set(["/usr/bin/google-chrome"])), npm);
  expect(asked).toBe(0);
});

test("with no browser the message is one line naming how to get one for the platform, and why npm had none", async () => {
  const linux = findBrowser(machine("linux", new Set()), npmWith(false));
  await expect(linux).rejects.toThrow(
    "No Chromium, Chrome or Edge for the browser tests (@sparticuz/chromium is not installed): install Chromium (Debian/Ubuntu: apt-get install chromium), Chrome or Edge, or set CHROMIUM_PATH to a browser's executable.",
  );
  const windows = await findBrowser(machine("win32", new Set()), npmWith(false)).catch((error: Error) => error.message);
  expect(windows).toContain("install Google Chrome or Microsoft Edge");
  expect(windows).not.toContain("\n");
});

test("an unknown INVITE_SHEET_BROWSERS value is refused, not read as the default", async () => {
  await expect(
    findBrowser(machine("linux", new Set(["/usr/bin/chromium"]), { INVITE_SHEET_BROWSERS: "system" }), npmWith(true)),
  ).rejects.toThrow('INVITE_SHEET_BROWSERS must be "npm" or "none"');
});
