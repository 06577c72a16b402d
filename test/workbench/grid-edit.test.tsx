// The workbench grid drives the simulator the way Excel's grid drives Excel: an open cell editor is
// cell-edit mode (Excel.RunOptions.delayForCellEdit: batches fail, or wait with the option, until
// the edit ends: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit),
// and moving the selection raises Worksheet.onSelectionChanged. The workbench page also offers the
// host's requirement sets where Office.js would put `Office`.
import { act } from "react";
import { createSimHost, type SimHost } from "../../src/workbench/sim-host";
import { Grid } from "../../src/workbench/grid/Grid";
import { SheetTabs } from "../../src/workbench/SheetTabs";
import { ThemeRoot } from "../../src/taskpane";
import { flush, render, typeInto } from "../taskpane/dom";

async function key(target: Element, k: string): Promise<void> {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
  });
}

async function mouseDown(target: Element): Promise<void> {
  await act(async () => {
    target.dispatchEvent(new MouseEvent("mousedown", { bubbles: true, button: 0 }));
  });
}

function cell(container: HTMLElement, address: string): HTMLElement {
  const el = [...container.querySelectorAll<HTMLElement>('[role="gridcell"]')].find(
    (c) => (c.getAttribute("aria-label") ?? "").split(" ")[0] === address,
  );
  if (!el) throw new Error(`no cell ${address}`);
  return el;
}

async function grid(host: SimHost) {
  const view = await render(
    <ThemeRoot>
      <Grid host={host} label="Sheet" />
      <SheetTabs host={host} />
    </ThemeRoot>,
  );
  const gridEl = view.container.querySelector('[role="grid"]') as HTMLElement;
  return { ...view, gridEl };
}

const writeA1 = (host: SimHost, options: Excel.RunOptions) =>
  host.sim.run(options, async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["from the add-in"]];
    await context.sync();
  });

test("typing opens the editor and puts Excel in cell-edit mode; Enter commits and leaves it", async () => {
  const host = createSimHost("web");
  const { container, gridEl } = await grid(host);
  await mouseDown(cell(container, "B2"));
  await key(gridEl, "a");
  expect(host.sim.user.editing).toBe("Sheet1!B2");
  const input = container.querySelector('input[aria-label="Edit B2"]') as HTMLInputElement;
  await typeInto(input, "ann@example.com");
  await expect(writeA1(host, {})).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  let delayedDone = false;
  const delayed = writeA1(host, { delayForCellEdit: true }).then(() => {
    delayedDone = true;
  });
  await flush();
  expect(delayedDone).toBe(false);
  await key(input, "Enter");
  await delayed;
  expect(host.sim.user.editing).toBeUndefined();
  expect([host.sim.user.value("B2"), host.sim.user.value("A1")]).toEqual(["ann@example.com", "from the add-in"]);
});

test("Escape cancels the edit and leaves cell-edit mode without changing the cell", async () => {
  const host = createSimHost("desktop");
  const { container, gridEl } = await grid(host);
  await key(gridEl, "F2");
  expect(host.sim.user.editing).toBe("Sheet1!A1");
  await key(container.querySelector('input[aria-label="Edit A1"]') as HTMLElement, "Escape");
  expect(host.sim.user.editing).toBeUndefined();
  expect(host.sim.user.value("A1")).toBe("");
});

test("clicking a sheet tab while editing commits the edit first, as clicking away in Excel does", async () => {
  const host = createSimHost("web");
  host.act((user) => user.paste("A1", [["x"]]));
  await host.sim.run(async (context) => {
    context.workbook.worksheets.add("Two");
    await context.sync();
  });
  const { container, gridEl } = await grid(host);
  await flush();
  await key(gridEl, "q");
  await typeInto(container.querySelector('input[aria-label="Edit A1"]') as HTMLInputElement, "kept");
  const tab = [...container.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent?.includes("Two"));
  await act(async () => tab?.click());
  expect(host.sim.user.editing).toBeUndefined();
  expect([host.sim.user.value("Sheet1!A1"), host.sim.user.activeSheet()]).toEqual(["kept", "Two"]);
});

test("moving the selection in the grid raises onSelectionChanged with the new address", async () => {
  const host = createSimHost("web");
  const seen: string[] = [];
  await host.sim.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().onSelectionChanged.add(async (a) => void seen.push(a.address));
    await context.sync();
  });
  const { container, gridEl } = await grid(host);
  await mouseDown(cell(container, "C3"));
  await key(gridEl, "ArrowDown");
  await host.sim.settle();
  expect(seen).toEqual(["C3", "C4"]);
});

test("a host made with older requirement sets answers isSetSupported accordingly", () => {
  const host = createSimHost("web", { ExcelApi: "1.9" });
  expect([host.sim.requirements.isSetSupported("ExcelApi", "1.9"), host.sim.requirements.isSetSupported("ExcelApi", "1.14")]).toEqual([
    true,
    false,
  ]);
});

// Issue 10: the grid draws the table's edges, as Excel outlines a table, so a user sees which rows
// are in the list; a row typed right below the table joins it (AutoExpansion) and the edge moves.
test("the table's outline follows the table as a typed row joins it; a row below a gap stays outside", async () => {
  const host = createSimHost("web");
  host.act((user) =>
    user.paste("A1", [
      ["Email", "Role"],
      ["a@x.com", "Admin"],
    ]),
  );
  await host.sim.run(async (context) => {
    context.workbook.tables.add("A1:B2", true);
    await context.sync();
  });
  const { container, gridEl } = await grid(host);
  await flush();
  const edge = (address: string) => cell(container, address).getAttribute("data-table-edge");
  expect([edge("A1"), edge("B2"), edge("A3")]).toEqual(["top left", "bottom right", null]);
  await mouseDown(cell(container, "A3"));
  await key(gridEl, "b");
  await key(container.querySelector('input[aria-label="Edit A3"]') as HTMLElement, "Enter");
  await mouseDown(cell(container, "A5"));
  await key(gridEl, "c");
  await key(container.querySelector('input[aria-label="Edit A5"]') as HTMLElement, "Enter");
  expect([edge("A2"), edge("A3"), edge("A5")]).toEqual(["left", "bottom left", null]);
});
