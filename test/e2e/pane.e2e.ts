// The real task pane beside the simulated sheet: set up, live findings, go-to-cell, the web
// host's silent dropdown picks, export blocked, and the pane outside Office.
import type { Page } from "playwright-core";
import { clickCell, isSelected, openWorkbench, pageErrors, settle, startHarness, waitForActive, waitForCell, type Harness } from "./workbench-helper";

jest.setTimeout(120_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function setUp(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Set up sheet" }).click();
  await page.getByRole("tab", { name: "Invites", selected: true }).waitFor();
  await page.getByRole("button", { name: "Re-check" }).waitFor();
}

async function typeAt(page: Page, address: string, text: string): Promise<void> {
  await clickCell(page, address);
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await waitForCell(page, address, text);
}

test("a typed mistake shows up in the pane; clicking the finding selects its cell", async () => {
  const page = await openWorkbench(h);
  await setUp(page);
  await typeAt(page, "A2", "ann@example");
  await typeAt(page, "A3", "bo@example.com");
  await settle(page);
  await page.getByRole("heading", { name: /Not a valid email address/ }).waitFor();
  await clickCell(page, "C5");
  await page.getByRole("button", { name: /^Row 2, Splashtop account:/ }).click();
  await waitForActive(page, "A2");
  expect(await isSelected(page, "C5")).toBe(false);
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

async function pickRoleAfterPastedOwner(host: "web" | "desktop"): Promise<{ page: Page; stillListed: boolean }> {
  const page = await openWorkbench(h, { host });
  await setUp(page);
  await clickCell(page, "A2");
  await page.getByRole("button", { name: "Paste rows…" }).click();
  // Paste bypasses the Role dropdown, so "Owner" gets in; the rules flag it.
  await page.getByRole("textbox", { name: "Paste rows" }).fill("cy@example.com\t\tCy Ng\t\tOwner");
  await page.getByRole("button", { name: "Paste at active cell" }).click();
  await settle(page);
  const heading = page.getByRole("heading", { name: /Role cannot be set by CSV/ });
  await heading.waitFor();
  await clickCell(page, "E2");
  await page.getByRole("button", { name: "Open list for E2" }).click();
  await page.getByRole("option", { name: "Member" }).click();
  await waitForCell(page, "E2", "Member");
  await settle(page);
  return { page, stillListed: (await heading.count()) > 0 };
}

test("on the web a dropdown pick fires no onChanged: the finding stays until Re-check", async () => {
  const { page, stillListed } = await pickRoleAfterPastedOwner("web");
  expect(stillListed).toBe(true);
  await page.getByRole("button", { name: "Re-check" }).click();
  await page.getByRole("heading", { name: /Role cannot be set by CSV/ }).waitFor({ state: "detached" });
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test("on desktop the same pick fires onChanged and the finding goes away by itself", async () => {
  const { page } = await pickRoleAfterPastedOwner("desktop");
  await page.getByRole("heading", { name: /Role cannot be set by CSV/ }).waitFor({ state: "detached" });
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test("Export CSV is blocked while errors remain, with the rows named; Skip invalid rows exports the rest", async () => {
  const page = await openWorkbench(h);
  await setUp(page);
  await typeAt(page, "A2", "ann@example.com");
  await typeAt(page, "A3", "not-an-address");
  await page.getByRole("button", { name: "Export CSV" }).click();
  await page.getByText("Export is blocked: row 3 has errors.", { exact: false }).waitFor();
  await page.getByRole("checkbox", { name: /Skip invalid rows/ }).check();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  expect((await download).suggestedFilename()).toBe("splashtop-invites.csv");
  await page.getByText(/Saved 1 row as splashtop-invites\.csv\. Left out row 3 \(errors\)\./).waitFor();
  await page.getByRole("button", { name: "Copy CSV" }).waitFor();
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test("taskpane.html outside Office says so (Office.js unreachable)", async () => {
  const context = await h.browser.newContext();
  await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${h.server.url}taskpane.html`);
  await page.getByText("Office.js could not be loaded", { exact: false }).waitFor();
  await page.getByRole("link", { name: "workbench" }).waitFor();
  await context.close();
});
