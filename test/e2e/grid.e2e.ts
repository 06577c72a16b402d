// The workbench grid driven like a person: keyboard, clipboard, dropdowns, roles and names.
import type { Page } from "playwright-core";
import { clickCell, isSelected, openWorkbench, pageErrors, settle, waitForActive, waitForCell, harnessForFile } from "./workbench-helper";

jest.setTimeout(120_000);

const h = harnessForFile();
let page: Page;

beforeEach(async () => {
  page = await openWorkbench(h);
});
afterEach(async () => {
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});

test("the grid has role grid, cells are named by address then value, and the active cell is aria-selected", async () => {
  const grid = page.getByRole("grid", { name: "Sheet" });
  expect(await grid.getAttribute("aria-activedescendant")).toBeTruthy();
  expect(await page.getByRole("columnheader", { name: "B", exact: true }).count()).toBe(1);
  expect(await page.getByRole("rowheader", { name: "2", exact: true }).count()).toBe(1);
  expect(await isSelected(page, "A1")).toBe(true);
  expect(await isSelected(page, "B2")).toBe(false);
  expect(await page.getByRole("tab", { name: "Sheet1" }).getAttribute("aria-selected")).toBe("true");
});

test("type into B2 by keyboard: arrows move, typing edits, Enter commits and moves down", async () => {
  await clickCell(page, "A1");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  await waitForActive(page, "B2");
  await page.keyboard.type("ann@example.com");
  await page.keyboard.press("Enter");
  await waitForCell(page, "B2", "ann@example.com");
  await waitForActive(page, "B3");

  // Escape cancels an entry; Tab commits and moves right; F2 edits the existing text.
  await page.keyboard.type("dropped");
  await page.keyboard.press("Escape");
  await waitForCell(page, "B3", "");
  await page.keyboard.type("Sales");
  await page.keyboard.press("Tab");
  await waitForCell(page, "B3", "Sales");
  await waitForActive(page, "C3");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("F2");
  await page.keyboard.type(" Team");
  await page.keyboard.press("Enter");
  await waitForCell(page, "B3", "Sales Team");

  // Delete clears the active cell.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await waitForActive(page, "B2");
  await page.keyboard.press("Delete");
  await waitForCell(page, "B2", "");
});

test("Ctrl+V pastes a tab/newline block at the active cell", async () => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.server.url });
  await page.evaluate(() => navigator.clipboard.writeText("bo@example.com\tSales\tBo Lee\r\ncy@example.com\t\tCy Ng\r\n"));
  await clickCell(page, "A5");
  await page.keyboard.press("Control+V");
  await waitForCell(page, "A5", "bo@example.com");
  await waitForCell(page, "B5", "Sales");
  await waitForCell(page, "C5", "Bo Lee");
  await waitForCell(page, "A6", "cy@example.com");
  await waitForCell(page, "C6", "Cy Ng");
});

test("the Paste rows box pastes where the clipboard is not available", async () => {
  await clickCell(page, "B3");
  await page.getByRole("button", { name: "Paste rows…" }).click();
  await page.getByRole("textbox", { name: "Paste rows" }).fill("x@example.com\tOps\ny@example.com\tLab");
  await page.getByRole("button", { name: "Paste at active cell" }).click();
  await waitForCell(page, "B3", "x@example.com");
  await waitForCell(page, "C4", "Lab");
});

test("dropdowns: Set up sheet adds lists that rows joining the table inherit; picks go through the list", async () => {
  await page.getByRole("button", { name: "Set up sheet" }).click();
  await page.getByRole("tab", { name: "Invites", selected: true }).waitFor();
  await waitForCell(page, "A1", "Splashtop account");
  await clickCell(page, "D2");
  await page.getByRole("button", { name: "Open list for D2" }).click();
  await page.getByRole("option", { name: "Support" }).click();
  await waitForCell(page, "D2", "Support");

  // Typing in the row below the table makes it grow; the new row gets the dropdowns.
  await clickCell(page, "A3");
  await page.keyboard.type("bo@example.com");
  await page.keyboard.press("Enter");
  await clickCell(page, "D3");
  // Keyboard: Alt+Down opens the list, arrows and Enter pick.
  await page.keyboard.press("Alt+ArrowDown");
  await page.getByRole("listbox", { name: "List for D3" }).waitFor();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await waitForCell(page, "D3", "Support");
});

test("a list rule with a Stop alert refuses a typed value outside it (Excel's alert; Cancel drops the entry)", async () => {
  // The invite sheet's lists show no alert (its rules explain other spellings); a rule that does:
  await page.evaluate(async () => {
    const bench = (
      window as unknown as {
        inviteSheetWorkbench: { host: { run: (batch: (context: Excel.RequestContext) => Promise<void>) => Promise<void> } };
      }
    ).inviteSheetWorkbench;
    await bench.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("D2:D4");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "Access,Support" } };
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "", message: "" };
      await context.sync();
    });
  });
  await clickCell(page, "D4");
  await page.keyboard.type("Premium");
  await page.keyboard.press("Enter");
  await page.getByRole("alertdialog").waitFor();
  await page.getByRole("button", { name: "Cancel" }).click();
  await waitForCell(page, "D4", "");
  await page.keyboard.type("Access");
  await page.keyboard.press("Enter");
  await waitForCell(page, "D4", "Access");
});

// Cell-edit mode (Excel.RunOptions.delayForCellEdit, @types/office-js): while the editor is open a
// request fails with InvalidOperationInCellEditMode, or waits for Enter when it asks to.
test("an open cell editor is Excel's cell-edit mode: the add-in's requests fail, or wait with delayForCellEdit, until Enter", async () => {
  await clickCell(page, "B2");
  await page.keyboard.type("ann");
  const during = await page.evaluate(async () => {
    type Run = (...args: unknown[]) => Promise<void>;
    const page = window as unknown as {
      inviteSheetWorkbench: { sim: { user: { editing?: string } }; host: { run: Run } };
      delayed?: Promise<void>;
    };
    const { sim, host } = page.inviteSheetWorkbench;
    const write = (address: string, value: string) => async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(address).values = [[value]];
      await context.sync();
    };
    const failed = await host.run(write("D1", "now")).then(
      () => "ran",
      (e: { code?: string }) => e.code,
    );
    page.delayed = host.run({ delayForCellEdit: true }, write("D2", "after Enter"));
    return { editing: sim.user.editing, failed };
  });
  expect(during).toEqual({ editing: "Sheet1!B2", failed: "InvalidOperationInCellEditMode" });
  await page.keyboard.press("Enter");
  await waitForCell(page, "B2", "ann");
  await page.evaluate(() => (window as unknown as { delayed?: Promise<void> }).delayed);
  await waitForCell(page, "D2", "after Enter");
  await waitForCell(page, "D1", "");
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { inviteSheetWorkbench: { sim: { user: { editing?: string } } } }).inviteSheetWorkbench.sim.user.editing ??
        null,
    ),
  ).toBeNull();
});

// Worksheet.onSelectionChanged (ExcelApi 1.7): the grid's selection is the simulator's, so clicks and
// arrow keys raise it (the add-in re-checks a dropdown pick when the selection moves on).
test("clicks and arrow keys in the grid raise Worksheet.onSelectionChanged", async () => {
  await page.evaluate(async () => {
    type Sim = { run(batch: (context: Excel.RequestContext) => Promise<void>): Promise<void> };
    const page = window as unknown as { inviteSheetWorkbench: { sim: Sim }; selections: string[] };
    page.selections = [];
    await page.inviteSheetWorkbench.sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onSelectionChanged.add(async (a) => void page.selections.push(a.address));
      await context.sync();
    });
  });
  await clickCell(page, "C3");
  await page.keyboard.press("ArrowRight");
  await waitForActive(page, "D3");
  await settle(page);
  expect(await page.evaluate(() => (window as unknown as { selections: string[] }).selections)).toEqual(["C3", "D3"]);
});

test("50,000-row grids stay small in the DOM: only the visible rows are rendered", async () => {
  await clickCell(page, "A1");
  const rows = Array.from({ length: 50_000 }, (_, i) => `user${i}@example.com`).join("\n");
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document
      .querySelector('[role="grid"]')
      ?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, rows);
  await waitForCell(page, "A1", "user0@example.com");
  expect(await page.getByRole("gridcell").count()).toBeLessThan(1_000);
  expect(Number(await page.getByRole("grid").getAttribute("aria-rowcount"))).toBeGreaterThan(50_000);
  // Ctrl+Down jumps to the last row of the data, as in Excel; the grid scrolls there.
  await page.keyboard.press("Control+ArrowDown");
  await waitForActive(page, "A50000");
  await waitForCell(page, "A50000", "user49999@example.com");
  expect(await page.getByRole("gridcell").count()).toBeLessThan(1_000);
  await page.keyboard.press("Control+ArrowUp");
  await waitForActive(page, "A1");
});

test("Excel's habits: Tab across a row, Enter returns to the row's first column one row down", async () => {
  await clickCell(page, "A2");
  for (const [text, key] of [
    ["ann@example.com", "Tab"],
    ["Sales", "Tab"],
    ["Ann Lee", "Enter"],
    ["bo@example.com", "Tab"],
    ["Ops", "Enter"],
  ] as const) {
    await page.keyboard.type(text);
    await page.keyboard.press(key);
  }
  await waitForCell(page, "C2", "Ann Lee");
  await waitForCell(page, "A3", "bo@example.com");
  await waitForCell(page, "B3", "Ops");
  // The second row started in A, not in D: nothing drifted right.
  await waitForActive(page, "A4");
  await waitForCell(page, "D2", "");
  // Tab without typing moves too; Enter still returns to where the Tabs began.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await waitForActive(page, "D4");
  await page.keyboard.press("Enter");
  await waitForActive(page, "B5");
});

test("no keyboard trap: Esc then Tab leaves the grid; Shift+Tab comes back; F6 and Shift+F6 cycle sheet, toolbar and pane", async () => {
  const grid = page.getByRole("grid", { name: "Sheet" });
  await clickCell(page, "B2");
  const focusedName = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${el.getAttribute("aria-label") ?? el.textContent ?? ""}` : "";
    });
  const inRegion = (name: string) =>
    page.evaluate((label) => document.querySelector(`[aria-label="${label}"]`)?.contains(document.activeElement) ?? false, name);
  // Tab alone moves between cells, as in Excel.
  await page.keyboard.press("Tab");
  await waitForActive(page, "C2");
  expect(await focusedName()).toBe("grid:Sheet");
  // Esc, then Tab: out of the grid (the sheet tabs follow it).
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  expect(await focusedName()).not.toBe("grid:Sheet");
  await page.keyboard.press("Shift+Tab");
  expect(await focusedName()).toBe("grid:Sheet");
  await waitForActive(page, "C2");
  // F6: the toolbar, then the task pane, then back to the sheet; Shift+F6 the other way.
  await page.keyboard.press("F6");
  expect(await inRegion("Workbench")).toBe(true);
  await page.keyboard.press("F6");
  expect(await inRegion("Task pane")).toBe(true);
  await page.keyboard.press("F6");
  expect(await focusedName()).toBe("grid:Sheet");
  await page.keyboard.press("Shift+F6");
  expect(await inRegion("Task pane")).toBe(true);
  // The pane is reached and usable by keyboard: Enter on its focused button (Set up sheet) works.
  await page.keyboard.press("Enter");
  await page.getByRole("tab", { name: "Invites", selected: true }).waitFor();
  await grid.waitFor();
});

test("Ctrl+Z undoes the person's own edits, last first: typing, Delete and paste", async () => {
  await clickCell(page, "A2");
  await page.keyboard.type("first@example.com");
  await page.keyboard.press("Enter");
  await page.keyboard.type("second@example.com");
  await page.keyboard.press("Enter");
  await clickCell(page, "A2");
  await page.keyboard.press("Delete");
  await waitForCell(page, "A2", "");
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "x@example.com\tOps\r\ny@example.com\tLab");
    document
      .querySelector('[role="grid"]')
      ?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await waitForCell(page, "B3", "Lab");
  await page.keyboard.press("Control+z");
  await waitForCell(page, "A3", "second@example.com");
  await waitForCell(page, "B3", "");
  await waitForCell(page, "A2", "");
  await page.keyboard.press("Control+z");
  await waitForCell(page, "A2", "first@example.com");
  await page.keyboard.press("Control+z");
  await waitForCell(page, "A3", "");
  await page.keyboard.press("Control+z");
  await waitForCell(page, "A2", "");
});

test("a long Status is readable in full: the formula bar wraps the active cell's text", async () => {
  const long =
    'Error in Splashtop account: "bo@example" is missing the end of the domain (.com, .org ...): add it. | Warning in Group: spaces';
  await clickCell(page, "F2");
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document
      .querySelector('[role="grid"]')
      ?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, long);
  const bar = page.locator('output[aria-label="Cell content"]');
  await page.waitForFunction((text) => document.querySelector('output[aria-label="Cell content"]')?.textContent === text, long);
  const box = await bar.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(box.scroll).toBeLessThanOrEqual(box.client);
});

test("reloading with a filled sheet asks first (the workbook lives in the page only)", async () => {
  await clickCell(page, "A2");
  await page.keyboard.type("ann@example.com");
  await page.keyboard.press("Enter");
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  void page.reload().catch(() => undefined);
  expect(await asked).toBe("beforeunload");
  await waitForCell(page, "A2", "ann@example.com");
});
