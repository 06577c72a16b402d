// The browsers scripts/find-browser.ts falls back to, for real: the Chromium npm brings on Linux
// x64 launches headless with playwright-core and renders the workbench, even on a machine that
// has a browser installed; and with no browser at all the harness fails with the finder's line.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { findBrowser } from "../../scripts/find-browser";
import { thisMachine } from "../../scripts/launch-chromium";
import { npmChromium } from "../../scripts/npm-chromium";
import { createAppServer, type AppServer } from "../../src/server";
import { ensureBuilt, startHarness } from "./workbench-helper";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..");
const npmBrings = process.platform === "linux" && process.arch === "x64";
const describeNpm = npmBrings ? describe : describe.skip;

describeNpm(
  npmBrings
    ? "the Chromium npm brings"
    : `the Chromium npm brings (skipped: npm brings one only on Linux x64, not ${process.platform} ${process.arch})`,
  () => {
    let server: AppServer | null = null;
    let browser: Browser | null = null;
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test("is found with installed browsers left out, launches headless and renders the workbench", async () => {
      const ctx = thisMachine();
      const found = await findBrowser(
        { ...ctx, env: { ...ctx.env, CHROMIUM_PATH: undefined, INVITE_SHEET_BROWSERS: "npm" } },
        npmChromium(ROOT),
      );
      expect(found.source).toBe("npm");
      expect(found.executablePath.startsWith(path.join(ROOT, "node_modules", ".cache"))).toBe(true);

      await ensureBuilt();
      server = await createAppServer({ staticRoot: path.join(ROOT, "dist"), port: 0, host: "127.0.0.1" });
      browser = await chromium.launch({ executablePath: found.executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
      const { version } = JSON.parse(
        fs.readFileSync(path.join(ROOT, "node_modules", "@sparticuz", "chromium", "package.json"), "utf8"),
      ) as { version: string };
      expect(browser.version().split(".")[0]).toBe(version.split(".")[0]);

      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await page.goto(`${server.url}workbench.html`);
      await page.getByRole("button", { name: "Set up sheet" }).click();
      await page.getByRole("tab", { name: "Invites", selected: true }).waitFor();
      await page.getByRole("gridcell", { name: "A1 Splashtop account", exact: true }).waitFor();
    });
  },
);

test("with no browser at all the harness fails at once with one line saying how to get one", async () => {
  const saved = { CHROMIUM_PATH: process.env.CHROMIUM_PATH, INVITE_SHEET_BROWSERS: process.env.INVITE_SHEET_BROWSERS };
  delete process.env.CHROMIUM_PATH;
  process.env.INVITE_SHEET_BROWSERS = "none";
  try {
    const failure = await startHarness().then(
      async (h) => {
        await h.close();
        return "started";
      },
      (error: Error) => error.message,
    );
    expect(failure).toMatch(
      /^No Chromium, Chrome or Edge for the browser tests: install .*, or set CHROMIUM_PATH to a browser's executable\.$/,
    );
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
});
