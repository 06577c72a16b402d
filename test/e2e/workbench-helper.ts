// Browser tests' plumbing: a fresh-enough webpack build (test/support), the real server on an ephemeral port
// (HTTP), the browser scripts/find-browser.ts picks through playwright-core, and grid look-ups by
// accessible name.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContextOptions, Locator, Page } from "playwright-core";
import { launchChromium } from "../../scripts/launch-chromium";
import { ensureBuilt } from "../support/webpack-build";

export { ensureBuilt };
import { createAppServer, createSandbox, relayRoutes, type AppServer } from "../../src/server";
import { controlClient, type SandboxControl } from "../server/sandbox/sandbox-server";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

export interface Harness {
  server: AppServer;
  browser: Browser;
  /** The embedded sandbox's control API (reset, faults, stats, state). */
  sandbox: SandboxControl;
  close(): Promise<void>;
}

/** The built add-in served as `npm start` serves it: static files, the relay, and the sandbox (its state in a temporary folder). */
export async function startHarness(): Promise<Harness> {
  // The browser first: with none on this machine the tests fail at once, with the finder's one line.
  const browser = await launchChromium(ROOT);
  try {
    await ensureBuilt();
  } catch (error) {
    await browser.close();
    throw error;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-e2e-sandbox-"));
  const server = await createAppServer({
    staticRoot: DIST,
    port: 0,
    host: "127.0.0.1",
    routes: relayRoutes({ sandbox: createSandbox({ dataDir }), sandboxControl: true }),
    onError: (error) => console.error(error),
  });
  return {
    server,
    browser,
    sandbox: controlClient(server.url.replace(/\/$/, "")),
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the workbench; `host` picks the simulated host (web by default), `pane` the task pane's width in px. */
export async function openWorkbench(
  h: Harness,
  options: BrowserContextOptions & { host?: "web" | "desktop"; pane?: number } = {},
): Promise<Page> {
  const { host, pane, ...contextOptions } = options;
  const context = await h.browser.newContext({ viewport: { width: 1400, height: 860 }, ...contextOptions });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const query = new URLSearchParams({ ...(host ? { host } : {}), ...(pane ? { pane: String(pane) } : {}) }).toString();
  await page.goto(`${h.server.url}workbench.html${query ? `?${query}` : ""}`);
  await page.getByRole("grid", { name: "Sheet" }).waitFor();
  uncaught.set(page, errors);
  return page;
}

const uncaught = new WeakMap<Page, string[]>();

/** Uncaught errors the page has thrown since it was opened. */
export function pageErrors(page: Page): string[] {
  return uncaught.get(page) ?? [];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The grid cell at an A1 address (its accessible name is the address, then the value). */
export function cell(page: Page, address: string): Locator {
  return page.getByRole("gridcell", { name: new RegExp(`^${escape(address)}( |$)`) });
}

/** Waits until the cell's accessible name is exactly "<address> <value>" (or the bare address when value is ""). */
export async function waitForCell(page: Page, address: string, value: string): Promise<void> {
  await page.getByRole("gridcell", { name: value ? `${address} ${value}` : address, exact: true }).waitFor();
}

export async function isSelected(page: Page, address: string): Promise<boolean> {
  return (await cell(page, address).getAttribute("aria-selected")) === "true";
}

/** Waits until `address` is the active cell. */
export async function waitForActive(page: Page, address: string): Promise<void> {
  await page
    .locator(
      `[role="gridcell"][aria-selected="true"][aria-label="${address}"], [role="gridcell"][aria-selected="true"][aria-label^="${address} "]`,
    )
    .waitFor();
}

/** Clicks a cell, which focuses the grid and selects the cell. */
export async function clickCell(page: Page, address: string): Promise<void> {
  await cell(page, address).click({ position: { x: 20, y: 8 } });
  await waitForActive(page, address);
}

/** Lets the simulator deliver pending onChanged events and their handlers finish, then lets React paint. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const bench = (window as unknown as { inviteSheetWorkbench: { sim: { settle(): Promise<void> } } }).inviteSheetWorkbench;
    await bench.sim.settle();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

// `npm test` leaves the working tree as it found it: screenshots go to test-results/ unless
// `npm run screenshots` asks for the ones in docs/.
export const SCREENSHOTS =
  process.env.INVITE_SHEET_DOC_SCREENSHOTS === "1"
    ? path.join(ROOT, "docs", "screenshots")
    : path.join(ROOT, "test-results", "screenshots");

/** "#FFC7CE" as the browser reports an inline color: "rgb(255, 199, 206)". */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The fill the grid paints on a cell ("" for none). */
export async function cellFill(page: Page, address: string): Promise<string> {
  return cell(page, address).evaluate((el) => (el as HTMLElement).style.backgroundColor);
}

/** Waits until the grid paints `address` with `hex` (null: no fill). */
export async function waitForFill(page: Page, address: string, hex: string | null): Promise<void> {
  const want = hex === null ? "" : rgb(hex);
  await page.waitForFunction(
    ({ address, want }) => {
      const cells = [...document.querySelectorAll<HTMLElement>('[role="gridcell"]')];
      const el = cells.find((c) => {
        const label = c.getAttribute("aria-label") ?? "";
        return label === address || label.startsWith(`${address} `);
      });
      return el !== undefined && el.style.backgroundColor === want;
    },
    { address, want },
  );
}

/** Waits until the cell's value (its accessible name after the address) matches `pattern`. */
export async function waitForCellMatching(page: Page, address: string, pattern: RegExp): Promise<string> {
  const locator = page.getByRole("gridcell", {
    name: new RegExp(`^${escape(address)} ${pattern.source.replace(/^\^/, "")}`, pattern.flags),
  });
  await locator.waitFor();
  return ((await locator.getAttribute("aria-label")) ?? "").slice(address.length + 1);
}

/** Pastes tab/newline text at the active cell as the browser does on Ctrl+V (without needing clipboard permission). */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", data);
    document
      .querySelector('[role="grid"]')
      ?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

/** The pane's summary as numbers (all rows), e.g. { Rows: 3, Ready: 2, "With errors": 1, "With warnings": 0 }. */
export async function summary(page: Page): Promise<Record<string, number>> {
  const text = await page.getByRole("region", { name: "Summary" }).innerText();
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/(Rows|Ready|With errors|With warnings)\s+([\d,]+)/g))
    out[m[1] as string] = Number((m[2] as string).replace(/,/g, ""));
  return out;
}

/** Text shown on the page, not its copy in the pane's live region (which screen readers read). */
export function shown(page: Page, text: string | RegExp): Locator {
  return page.getByText(text).and(page.locator(':not([data-testid="pane-announcer"])'));
}

/** Clicks Set up sheet in the pane and waits for the Invites sheet with its header and Re-check. */
export async function setUpSheet(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Set up sheet" }).click();
  await page.getByRole("tab", { name: "Invites", selected: true }).waitFor();
  await page.getByRole("button", { name: "Re-check" }).waitFor();
  await waitForCell(page, "A1", "Splashtop account");
}

/** Tab-separated lines, as Excel puts rows on the clipboard. */
export function clipboardRows(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.join("\t")).join("\r\n");
}

/** Clicks `address` and pastes `rows` there with Ctrl+V. */
export async function pasteRowsAt(page: Page, address: string, rows: readonly (readonly string[])[]): Promise<void> {
  await clickCell(page, address);
  await pasteText(page, clipboardRows(rows));
}

/** Sets up the sheet and pastes `rows` at A2, then waits for the checks. */
export async function setUpWithRows(page: Page, rows: readonly (readonly string[])[]): Promise<void> {
  await setUpSheet(page);
  await pasteRowsAt(page, "A2", rows);
  await settle(page);
}

/**
 * The harness for one test file: started before its tests, closed after them. Its fields are
 * filled in by beforeAll, so tests read them, never the file's top level.
 */
export function harnessForFile(): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await startHarness());
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await (h as Partial<Harness>).close?.();
  });
  return h;
}

/** Types `text` into a cell as a person does (click, type, Enter) and waits for it to land. */
export async function typeAt(page: Page, address: string, text: string): Promise<void> {
  await clickCell(page, address);
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await waitForCell(page, address, text);
}
