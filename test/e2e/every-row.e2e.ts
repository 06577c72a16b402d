// Issue 10 in Chromium, as a new user tries it: every row the user sees in the invite columns is
// checked, exported and sent, or the pane says which are not and offers to include them. On both
// simulated hosts (web and desktop) where the host could matter: pasting four rows at A2 with
// Ctrl+V and with the Paste rows box; a person typed below a gap of blank rows; a column typed
// just right of the table (the table grows, and the workbench draws its edges as Excel does).
import fs from "node:fs";
import type { Page } from "playwright-core";
import { WARNING_FILL, ERROR_FILL } from "../../src/workbook";
import {
  cell,
  clickCell,
  openWorkbench,
  pageErrors,
  settle,
  shown,
  summary,
  waitForCell,
  waitForCellMatching,
  waitForFill,
  setUpSheet,
  harnessForFile,
  typeAt,
} from "./workbench-helper";

jest.setTimeout(120_000);

const h = harnessForFile();

async function waitForSummary(page: Page, want: Record<string, number>): Promise<void> {
  await page.waitForFunction((w) => {
    const text = (document.querySelector('[aria-label="Summary"]') as HTMLElement | null)?.innerText ?? "";
    return Object.entries(w).every(([label, n]) => new RegExp(`${label}\\s+${n}(\\s|$)`).test(text));
  }, want);
}

/** Four people, three of them with something to warn about (spaces, other spellings): every row gets looked at, none blocks export. */
const FOUR = [
  ["ann@example.com", "Sales", "Ann Lee", "Access", "Member"],
  ["bo@example.com", " Sales ", "Bo Chen", "Access", "Member"],
  ["cy@example.com", "", "Cy Ng", "technician", "Member"],
  ["dee@example.com", "Sales", "Dee Ray", "Access", "admin"],
];
const FOUR_TEXT = FOUR.map((r) => r.join("\t")).join("\r\n");

async function pasteWithCtrlV(page: Page): Promise<void> {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.server.url });
  await page.evaluate((text) => navigator.clipboard.writeText(text), FOUR_TEXT);
  await clickCell(page, "A2");
  await page.keyboard.press("Control+V");
}

async function pasteWithBox(page: Page): Promise<void> {
  await clickCell(page, "A2");
  await page.getByRole("button", { name: "Paste rows…" }).click();
  await page.getByRole("textbox", { name: "Paste rows" }).fill(FOUR_TEXT);
  await page.getByRole("button", { name: "Paste at active cell" }).click();
}

for (const host of ["web", "desktop"] as const) {
  for (const [how, paste] of [
    ["Ctrl+V", pasteWithCtrlV],
    ["the Paste rows box", pasteWithBox],
  ] as const) {
    test(`${host}: Set up sheet, click A2, paste four rows with ${how}: the summary says 4 rows, rows 3-5 are marked, Export saves 4 people`, async () => {
      const page = await openWorkbench(h, { host });
      await setUpSheet(page);
      await paste(page);
      await waitForCell(page, "A5", "dee@example.com");
      await settle(page);
      await waitForSummary(page, { Rows: 4, Ready: 4, "With errors": 0, "With warnings": 3 });
      // The rows past the table's first row are in the list: marked and explained like row 2 would be.
      await waitForFill(page, "B3", WARNING_FILL);
      await waitForCellMatching(page, "F3", /^Warning in Group: " Sales " has spaces/);
      await waitForFill(page, "D4", WARNING_FILL);
      await waitForCellMatching(page, "F4", /^Warning in License type: "technician" means Support/);
      await waitForFill(page, "E5", WARNING_FILL);
      await waitForCellMatching(page, "F5", /^Warning in Role: /);
      expect(await page.getByText("below the invite list").count()).toBe(0);

      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Export CSV" }).click();
      const file = fs.readFileSync(await (await download).path(), "utf8");
      await shown(page, "Saved 4 rows as splashtop-invites.csv.").waitFor();
      expect(
        file
          .split("\r\n")
          .filter(Boolean)
          .slice(1)
          .map((line) => line.split(",")[0]),
      ).toEqual(["ann@example.com", "bo@example.com", "cy@example.com", "dee@example.com"]);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    });
  }
}

for (const host of ["web", "desktop"] as const) {
  test(`${host}: people typed below a gap of blank rows: the pane names them, Export and Submit wait, Include them brings them in and they are checked`, async () => {
    const page = await openWorkbench(h, { host });
    await setUpSheet(page);
    await typeAt(page, "A2", "ann@example.com");
    await typeAt(page, "A6", "bo@example");
    await typeAt(page, "A8", "cy@example.com");
    await settle(page);
    // Excel does not grow a table over a gap: the two are outside it, and the pane says so beside the summary.
    await waitForSummary(page, { Rows: 1 });
    const warning = shown(page, "Rows 6, 8 are below the invite list and are not checked, exported or sent.");
    await warning.waitFor();
    expect(await cell(page, "A6").getAttribute("data-table-edge")).toBeNull();
    await waitForCell(page, "F6", "");

    await page.getByRole("button", { name: "Export CSV" }).click();
    await page
      .getByRole("region", { name: "Export" })
      .getByText(
        "Export waits: rows 6, 8 are below the invite list, so they are not in it. Click Include them to add them to the list, or clear them.",
      )
      .waitFor();

    if (host === "web") {
      // Submit waits too, and its section says so beside Submit invites…, with the same way out.
      await page.getByRole("button", { name: "Send invites to Splashtop" }).click();
      await page.getByLabel("API token").fill("sandbox-demo-token");
      await page.getByRole("button", { name: "Connect" }).click();
      await page.getByRole("button", { name: "Submit invites…" }).click();
      await shown(page, /^Submit waits: rows 6, 8 are below the invite list/).waitFor();
      expect(await page.getByRole("button", { name: "Include them in the list (rows 6, 8)" }).count()).toBe(2);
    }

    await page.getByRole("button", { name: "Include them in the list (rows 6, 8)" }).first().click();
    await shown(page, "The list now has 3 rows of people.").waitFor();
    await warning.waitFor({ state: "detached" });
    if (host === "web") await shown(page, /^Submit waits/).waitFor({ state: "detached" });
    await waitForSummary(page, { Rows: 3, Ready: 2, "With errors": 1 });
    // In the list now, and checked like any row: the table's edge runs below them.
    await waitForFill(page, "A6", ERROR_FILL);
    await waitForCellMatching(page, "F6", /^Error in Splashtop account: "bo@example" is missing the end of the domain/);
    expect(await cell(page, "A8").getAttribute("data-table-edge")).toBe("bottom left");
    // The export's wait no longer describes the sheet: gone. Blank rows 3-5 and 7 stay as they are.
    expect(await page.getByRole("region", { name: "Export" }).getByText("Export waits").count()).toBe(0);
    await page.getByRole("checkbox", { name: /Skip invalid rows/ }).check();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const file = fs.readFileSync(await (await download).path(), "utf8");
    expect(file).toBe("Splashtop account,Group,Display name,License type,Role\r\nann@example.com,,,,\r\ncy@example.com,,,,\r\n");
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
}

test("a column typed just right of the table: the table grows over it and the grid's outline moves; the list's people and checks are unchanged", async () => {
  const page = await openWorkbench(h);
  await setUpSheet(page);
  await typeAt(page, "A2", "ann@example");
  await settle(page);
  await waitForFill(page, "A2", ERROR_FILL);
  expect(await cell(page, "F1").getAttribute("data-table-edge")).toBe("top right");
  await typeAt(page, "G1", "Notes");
  await typeAt(page, "G2", "VIP");
  await settle(page);
  // Excel's AutoExpansion: a header typed beside the table adds a column; the outline shows it.
  expect(await cell(page, "F1").getAttribute("data-table-edge")).toBe("top");
  expect(await cell(page, "G1").getAttribute("data-table-edge")).toBe("top right");
  expect(await cell(page, "G2").getAttribute("data-table-edge")).toBe("bottom right");
  await page.getByRole("button", { name: "Re-check" }).click();
  await shown(page, "Checked 1 row. 1 row with errors.").waitFor();
  expect(await summary(page)).toEqual({ Rows: 1, Ready: 0, "With errors": 1, "With warnings": 0 });
  await waitForCellMatching(page, "F2", /^Error in Splashtop account/);
  await waitForCell(page, "G2", "VIP");
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});
