// Issue 14 in Chromium: the CSV path finished, and what the pane says about the real Splashtop.
// After an export the console's next steps (and the Enterprise license note where it applies);
// after a submit, Download failed rows saves the rows that did not go in with a Reason column, and
// the pane's own Import takes that file back; OC is CSV only; both token screens are named.
import fs from "node:fs";
import {
  clickCell,
  openWorkbench,
  pageErrors,
  settle,
  shown,
  waitForCell,
  waitForCellMatching,
  setUpWithRows,
  harnessForFile,
} from "./workbench-helper";

jest.setTimeout(120_000);

const h = harnessForFile();

test("after Export CSV the console's next steps are shown; with a Support row, the Enterprise license note too", async () => {
  const page = await openWorkbench(h);
  await setUpWithRows(page, [["ann@example.com", "", "Ann", "Access", ""]]);
  const exportSection = page.getByRole("region", { name: "Export" });
  let download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  await download;
  const next = exportSection.getByRole("group", { name: "Next, in the Splashtop web console" });
  await next.getByText("Go to Management > Users, click the invite users icon, and import this file.").waitFor();
  await next.getByText(/one file at a time/).waitFor();
  await next.getByText(/emailed the results.*Logs \/ History/).waitFor();
  expect(await exportSection.getByRole("group", { name: /Splashtop Enterprise/ }).count()).toBe(0);

  await clickCell(page, "D2");
  await page.keyboard.type("Support");
  await page.keyboard.press("Enter");
  await settle(page);
  // The edit made the earlier result out of date: it went.
  expect(await next.count()).toBe(0);
  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  await download;
  const enterprise = exportSection.getByRole("group", { name: "Splashtop Enterprise: check license types after the import" });
  await enterprise.getByText(/arrive with the Remote Access license type, whatever the License type column says/).waitFor();
  await next.waitFor();
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test("after a submit with rows that did not go in, Download failed rows saves them with a Reason column, and Import takes the file back", async () => {
  // One Access seat left (the owner holds one of two): the pane reads it and skips the second Access row.
  await h.sandbox.reset({ team: { seats: { access: 2, support: 10 } } });
  const page = await openWorkbench(h);
  await setUpWithRows(page, [
    ["ann@example.com", "", "Ann Lee", "Access", ""],
    ["bo@example", "", "Bo", "", ""],
    ["cy@example.com", "Sales", "Lee, Cy", "Access", "Member"],
    ["dee@example.com", "", "Dee", "Support", ""],
  ]);
  await page.getByRole("button", { name: "Send invites to Splashtop" }).click();
  await page.getByLabel("API token").fill("sandbox-demo-token");
  await page.getByRole("button", { name: "Connect" }).click();
  await page.getByText(/^From Splashtop: /).waitFor();
  await page.getByRole("button", { name: "Submit invites…" }).click();
  await page.getByRole("button", { name: "Send 2 invites" }).click();
  await shown(page, "Invited 2. Skipped 2.").waitFor();
  const bo = await waitForCellMatching(page, "F3", /^Skipped: /);
  const cy = await waitForCellMatching(page, "F4", /^Skipped: .*Access/);

  const failed = page.getByRole("region", { name: "Failed rows" });
  await failed.getByText(/^2 rows that did not go in/).waitFor();
  const download = page.waitForEvent("download");
  await failed.getByRole("button", { name: "Download failed rows" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("splashtop-failed-rows.csv");
  const bytes = fs.readFileSync(await file.path());
  // UTF-8 with a byte-order mark (for Excel), the export's five columns plus Reason, rows as in the sheet.
  expect(bytes.toString("utf8")).toBe(
    "\ufeffSplashtop account,Group,Display name,License type,Role,Reason\r\n" +
      `bo@example,,Bo,,,"${bo.replace(/"/g, '""')}"\r\n` +
      `cy@example.com,Sales,"Lee, Cy",Access,Member,${cy.includes(",") ? `"${cy}"` : cy}\r\n`,
  );

  // Import rows from a CSV file takes it: the two rows land below, Reason is named as ignored.
  await page.getByRole("button", { name: "Import rows from a CSV file" }).click();
  await page
    .locator('input[type="file"][accept*=".csv"]')
    .setInputFiles({ name: "splashtop-failed-rows.csv", mimeType: "text/csv", buffer: bytes });
  await page.getByRole("button", { name: "Import CSV" }).click();
  await shown(page, "Added 2 rows from the file. Ignored columns: Reason.").waitFor();
  await waitForCell(page, "A6", "bo@example");
  await waitForCell(page, "A7", "cy@example.com");
  await waitForCell(page, "C7", "Lee, Cy");
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test("regions: OC is CSV only (no token, no Connect, and it says to export); Global names both of Splashtop's token screens", async () => {
  const page = await openWorkbench(h);
  await page.getByRole("button", { name: "Send invites to Splashtop" }).click();
  const region = page.getByRole("combobox", { name: "Region" });
  await region.waitFor(); // the section loads on first open
  expect(await region.locator("option").allTextContents()).toEqual([
    "Global",
    "EU",
    "OC (CSV only)",
    "Sandbox (try it without an account)",
  ]);
  await region.selectOption("oc");
  await page
    .getByText("Splashtop publishes no API host for the OC region, so Submit cannot send there: export the CSV", { exact: false })
    .waitFor();
  expect(await page.getByLabel("API token").count()).toBe(0);
  expect(await page.getByRole("button", { name: "Connect" }).count()).toBe(0);

  await region.selectOption("global");
  const token = page.getByLabel("API token");
  await token.waitFor();
  const described = await token.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
  expect(described).toContain("Management > Settings > API");
  expect(described).toContain("my.splashtop.com > Account > Web API Tokens");
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});
