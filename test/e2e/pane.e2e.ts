// The real task pane on the real workbook layer beside the simulated sheet, driven like a person:
// set up, typed and pasted mistakes highlighted in the grid with their Status text, fixes that
// clear both, the web host's silent dropdown picks, export compared byte for byte with the CLI's,
// import through the file input, and a 5,000-row paste.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { csvRecord } from "../../src/csv";
import { ERROR_FILL, WARNING_FILL } from "../../src/workbook";
import {
  clickCell,
  isSelected,
  openWorkbench,
  pageErrors,
  pasteText,
  settle,
  summary,
  waitForActive,
  waitForCell,
  waitForCellMatching,
  waitForFill,
  shown,
  setUpSheet,
  harnessForFile,
  typeAt,
} from "./workbench-helper";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..");
const h = harnessForFile();
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-e2e-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Types the first row into the table's blank row 2, then pastes the rest directly below the table (it grows over them). */
async function enterRows(page: Page, rows: readonly (readonly string[])[]): Promise<void> {
  const [first, ...rest] = rows;
  if (!first) return;
  await clickCell(page, "A2");
  await pasteText(page, first.join("\t"));
  if (rest.length) {
    await clickCell(page, "A3");
    await pasteText(page, rest.map((r) => r.join("\t")).join("\r\n"));
  }
  await settle(page);
}

async function waitForSummary(page: Page, want: Record<string, number>): Promise<void> {
  await page.waitForFunction((w) => {
    const text = (document.querySelector('[aria-label="Summary"]') as HTMLElement | null)?.innerText ?? "";
    return Object.entries(w).every(([label, n]) => new RegExp(`${label}\\s+${n.toLocaleString("en-US")}(\\s|$)`).test(text));
  }, want);
}

test("typed mistakes are highlighted with their Status text; Fix all and a corrected cell clear both", async () => {
  const page = await openWorkbench(h);
  await setUpSheet(page);
  await typeAt(page, "A2", "ann@example");
  await typeAt(page, "A3", "bo@example.com");
  await clickCell(page, "B3");
  await page.keyboard.type(" Sales ");
  await page.keyboard.press("Tab");
  await clickCell(page, "D3");
  await page.keyboard.type("technician");
  await page.keyboard.press("Enter");
  await settle(page);

  // Cell fills (error red, warning yellow) and the Status text, in the grid.
  await waitForFill(page, "A2", ERROR_FILL);
  expect(await waitForCellMatching(page, "F2", /^Error in Splashtop account: "ann@example" is missing the end of the domain/)).toBeTruthy();
  await waitForFill(page, "B3", WARNING_FILL);
  await waitForFill(page, "D3", WARNING_FILL);
  // One Status for the row, its findings in column order (Group is column B, License type D).
  await waitForCellMatching(page, "F3", /^Warning in Group: " Sales " has spaces.* \| Warning in License type: "technician" means Support/);
  await waitForFill(page, "A3", null);
  await waitForSummary(page, { Rows: 2, Ready: 1, "With errors": 1, "With warnings": 1 });
  await page.getByRole("heading", { name: /Not a valid email address/ }).waitFor();

  await page.getByRole("button", { name: "Fix all" }).click();
  // The result appears beside Fix all, in the Findings section, with its Undo.
  const findings = page.getByRole("region", { name: "Findings" });
  await findings.getByText("Fixed 2 cells.").waitFor();
  await findings.getByRole("button", { name: "Undo Fix all" }).waitFor();
  await waitForCell(page, "B3", "Sales");
  await waitForCell(page, "D3", "Support");
  await waitForFill(page, "B3", null);
  await waitForFill(page, "D3", null);
  await waitForCell(page, "F3", "");
  // The email has no safe fix: the person corrects it, and its marks go too.
  await waitForFill(page, "A2", ERROR_FILL);
  await clickCell(page, "A2");
  await page.keyboard.press("F2");
  await page.keyboard.type(".com");
  await page.keyboard.press("Enter");
  await waitForCell(page, "A2", "ann@example.com");
  await waitForFill(page, "A2", null);
  await waitForCell(page, "F2", "");
  await waitForSummary(page, { Rows: 2, Ready: 2, "With errors": 0, "With warnings": 0 });
  await page.getByText("No problems found.").waitFor();
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test("clicking a finding selects its cell", async () => {
  const page = await openWorkbench(h);
  await setUpSheet(page);
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
  await setUpSheet(page);
  await clickCell(page, "A2");
  await page.getByRole("button", { name: "Paste rows…" }).click();
  // Paste bypasses the Role dropdown, so "Owner" gets in; the rules flag it.
  await page.getByRole("textbox", { name: "Paste rows" }).fill("cy@example.com\t\tCy Ng\t\tOwner");
  await page.getByRole("button", { name: "Paste at active cell" }).click();
  await settle(page);
  const heading = page.getByRole("heading", { name: /Role cannot be set by CSV/ });
  await heading.waitFor();
  await waitForFill(page, "E2", ERROR_FILL);
  await clickCell(page, "E2");
  await page.getByRole("button", { name: "Open list for E2" }).click();
  await page.getByRole("option", { name: "Member" }).click();
  await waitForCell(page, "E2", "Member");
  await settle(page);
  return { page, stillListed: (await heading.count()) > 0 };
}

test("on the web a dropdown pick fires no onChanged: the finding and its fill stay until Re-check", async () => {
  const { page, stillListed } = await pickRoleAfterPastedOwner("web");
  expect(stillListed).toBe(true);
  await waitForFill(page, "E2", ERROR_FILL);
  await page.getByRole("button", { name: "Re-check" }).click();
  await page.getByRole("heading", { name: /Role cannot be set by CSV/ }).waitFor({ state: "detached" });
  await waitForFill(page, "E2", null);
  await waitForCell(page, "F2", "");
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test("on desktop the same pick fires onChanged and the finding goes away by itself", async () => {
  const { page } = await pickRoleAfterPastedOwner("desktop");
  await page.getByRole("heading", { name: /Role cannot be set by CSV/ }).waitFor({ state: "detached" });
  await waitForFill(page, "E2", null);
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test("Export CSV: blocked with the rows named; Skip invalid rows downloads exactly the CLI's export of the same rows", async () => {
  const rows = [
    ["ann@example.com", "Sales", "Ann Lee", "access", "member"],
    ["bo@example", "", "Bo", "", ""],
    ["cy@example.com", "Support Desk", "Lee, Cy", "Technician", "Admin"],
    ["dee@example.com", "", 'Dee "D" Ray', "Support", ""],
    ["ann@example.com", "", "Ann again", "", ""],
    ["eve@example.com", "", "Ève Ünal", "Remote Access", "Member"],
  ];
  const page = await openWorkbench(h);
  await setUpSheet(page);
  await enterRows(page, rows);
  await waitForSummary(page, { Rows: 6, "With errors": 2 });

  await page.getByRole("button", { name: "Export CSV" }).click();
  await page.getByRole("region", { name: "Export" }).getByText("Export is blocked: rows 3, 6 have errors.", { exact: false }).waitFor();
  await page.getByRole("checkbox", { name: /Skip invalid rows/ }).check();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("splashtop-invites.csv");
  await shown(page, /Saved 4 rows as splashtop-invites\.csv\. Left out rows 3, 6 \(errors\)\./).waitFor();
  await page.getByRole("button", { name: "Copy CSV" }).waitFor();
  const downloaded = fs.readFileSync(await file.path());

  // The same rows through `invite-sheet export --skip-invalid`.
  const input = path.join(tmp, "same-rows.csv");
  const output = path.join(tmp, "cli-export.csv");
  fs.writeFileSync(
    input,
    csvRecord(["Splashtop account", "Group", "Display name", "License type", "Role"]) + rows.map((r) => csvRecord(r)).join(""),
  );
  const cli = spawnSync(process.execPath, [path.join(ROOT, "bin", "invite-sheet.js"), "export", input, "-o", output, "--skip-invalid"], {
    encoding: "utf8",
  });
  expect(cli.stderr).toBe("");
  expect(cli.status).toBe(0);
  expect(downloaded.equals(fs.readFileSync(output))).toBe(true);
  expect(downloaded.toString("utf8")).toBe(
    "Splashtop account,Group,Display name,License type,Role\r\n" +
      "ann@example.com,Sales,Ann Lee,Access,Member\r\n" +
      'cy@example.com,Support Desk,"Lee, Cy",Support,Admin\r\n' +
      'dee@example.com,,"Dee ""D"" Ray",Support,\r\n' +
      "eve@example.com,,Ève Ünal,Access,Member\r\n",
  );
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test("Import CSV through the file input: rows land in the table, are checked, and the reader's notices are shown", async () => {
  const page = await openWorkbench(h);
  await setUpSheet(page);
  await typeAt(page, "A2", "first@example.com");
  await page.getByRole("button", { name: "Import rows from a CSV file" }).click();
  await page.getByRole("button", { name: "Choose CSV file…" }).waitFor();
  const csv = "E-mail;Name;Notes\r\nann@example.com;Ann;x\r\nbo@example;Bo;\r\nfirst@example.com;Again;\r\n";
  await page
    .locator('input[type="file"][accept*=".csv"]')
    .setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("radio", { name: "Add after the rows already in the sheet" }).check();
  await page.getByRole("button", { name: "Import CSV" }).click();
  await shown(page, "Added 3 rows from the file. Columns are separated by semicolons. Ignored columns: Notes.").waitFor();
  await waitForCell(page, "A3", "ann@example.com");
  await waitForCell(page, "C3", "Ann");
  await waitForCell(page, "A4", "bo@example");
  await waitForCell(page, "A5", "first@example.com");
  await settle(page);
  await waitForFill(page, "A4", ERROR_FILL);
  await waitForFill(page, "A5", ERROR_FILL);
  await waitForCellMatching(page, "F5", /^Error in Splashtop account: .*row 2/);
  await waitForSummary(page, { Rows: 4, Ready: 2, "With errors": 2 });

  // Replace asks first; then the table holds just the file's rows, and Undo brings the four back.
  await page
    .locator('input[type="file"][accept*=".csv"]')
    .setInputFiles({ name: "two.csv", mimeType: "text/csv", buffer: Buffer.from("Email\nzed@example.com\n", "utf8") });
  await page.getByRole("radio", { name: "Replace the rows in the sheet" }).check();
  await page.getByRole("button", { name: "Import CSV" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Replace 4 rows?" });
  await confirm.getByRole("button", { name: "Replace rows" }).click();
  await shown(page, "Replaced the sheet's rows with 1 row from the file.").waitFor();
  await waitForCell(page, "A2", "zed@example.com");
  await waitForCell(page, "A3", "");
  await waitForSummary(page, { Rows: 1, Ready: 1, "With errors": 0 });
  await page.getByRole("button", { name: "Undo import" }).click();
  await shown(page, /^Undid the import: /).waitFor();
  await waitForCell(page, "A2", "first@example.com");
  await waitForCell(page, "A5", "first@example.com");
  await settle(page);
  await waitForFill(page, "A4", ERROR_FILL);
  await waitForCellMatching(page, "F5", /^Error in Splashtop account: .*row 2/);
  await waitForSummary(page, { Rows: 4, Ready: 2, "With errors": 2 });
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test("pasting 5,000 rows: the summary counts them all and mistakes far down are highlighted", async () => {
  const page = await openWorkbench(h);
  await setUpSheet(page);
  await typeAt(page, "A2", "first@example.com");
  await clickCell(page, "A3");
  const rows = Array.from({ length: 5_000 }, (_, i) => {
    const email = i === 4_321 ? "broken@" : `user${i}@example.com`;
    return `${email}\t${i % 7 === 0 ? "Sales" : ""}\tUser ${i}\t${i % 2 ? "Access" : "Support"}\tMember`;
  });
  await pasteText(page, rows.join("\r\n"));
  await settle(page);
  await waitForSummary(page, { Rows: 5_001, Ready: 5_000, "With errors": 1 });
  // Row 4,324 (the 4,322nd pasted row, below row 3): go there from the finding and see its marks.
  await page.getByRole("button", { name: /^Row 4324, Splashtop account:/ }).click();
  await waitForActive(page, "A4324");
  await waitForFill(page, "A4324", ERROR_FILL);
  await waitForCellMatching(page, "F4324", /^Error in Splashtop account/);
  expect(await summary(page)).toEqual({ Rows: 5_001, Ready: 5_000, "With errors": 1, "With warnings": 0 });
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
