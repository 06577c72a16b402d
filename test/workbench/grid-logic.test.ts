// The grid's pure parts: Excel's keys, clipboard text, and cell views read from the simulator.
import { createSimulatedExcel } from "../../src/excel-sim";
import { cellView, parseClipboard } from "../../src/workbench/grid/cell-view";
import fc from "fast-check";
import { gridKeyAction, tabEnterMove, type Where } from "../../src/workbench/grid/grid-keys";

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const at = (r: number, c: number, filled: Set<string> = new Set()): Where => ({
  r,
  c,
  rows: 100,
  cols: 10,
  pageRows: 20,
  hasList: false,
  isEmpty: (y, x) => !filled.has(`${y},${x}`),
  tabStart: null,
});

test("arrows, Enter, Tab move and stop at the edges; typing, F2, Delete, Backspace edit", () => {
  expect(gridKeyAction(key("ArrowRight"), at(0, 0))).toEqual({ kind: "move", r: 0, c: 1, tabStart: null });
  expect(gridKeyAction(key("ArrowUp"), at(0, 0))).toEqual({ kind: "move", r: 0, c: 0, tabStart: null });
  expect(gridKeyAction(key("Enter"), at(3, 2))).toEqual({ kind: "move", r: 4, c: 2, tabStart: null });
  expect(gridKeyAction(key("Enter", { shiftKey: true }), at(3, 2))).toEqual({ kind: "move", r: 2, c: 2, tabStart: null });
  expect(gridKeyAction(key("Tab"), at(3, 2))).toEqual({ kind: "move", r: 3, c: 3, tabStart: 2 });
  expect(gridKeyAction(key("PageDown"), at(90, 0))).toEqual({ kind: "move", r: 99, c: 0, tabStart: null });
  expect(gridKeyAction(key("a"), at(0, 0))).toEqual({ kind: "edit", text: "a" });
  expect(gridKeyAction(key("F2"), at(0, 0))).toEqual({ kind: "edit" });
  expect(gridKeyAction(key("Delete"), at(0, 0))).toEqual({ kind: "clear" });
  expect(gridKeyAction(key("Backspace"), at(0, 0))).toEqual({ kind: "edit", text: "" });
  expect(gridKeyAction(key("v", { ctrlKey: true }), at(0, 0))).toBeNull(); // left to the paste event
  expect(gridKeyAction(key("ArrowDown", { altKey: true }), { ...at(0, 0), hasList: true })).toEqual({ kind: "list" });
  expect(gridKeyAction(key("z", { ctrlKey: true }), at(0, 0))).toEqual({ kind: "undo" });
  expect(gridKeyAction(key("Escape"), at(0, 0))).toEqual({ kind: "release" });
});

test("Enter after a run of Tabs goes one row down to the run's first column; arrows end the run (Excel's habit)", () => {
  // Any row typed across with Tab (some Shift+Tab back within the run), then Enter: the next row
  // starts in the column the run started in, never further right.
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 40 }),
      fc.array(fc.boolean(), { maxLength: 12 }),
      (c0, r0, presses) => {
        let where = { ...at(r0, c0), tabStart: null as number | null };
        for (const back of presses) {
          const to = gridKeyAction(key("Tab", { shiftKey: back && where.c > c0 }), where);
          if (to?.kind !== "move") throw new Error("Tab must move");
          where = { ...where, r: to.r, c: to.c, tabStart: to.tabStart };
        }
        expect(gridKeyAction(key("Enter"), where)).toEqual({ kind: "move", r: r0 + 1, c: c0, tabStart: null });
      },
    ),
  );
  // An arrow ends the run: Enter then goes straight down.
  const afterArrow = gridKeyAction(key("ArrowRight"), { ...at(2, 3), tabStart: 1 });
  expect(afterArrow).toEqual({ kind: "move", r: 2, c: 4, tabStart: null });
  expect(gridKeyAction(key("Enter"), { ...at(2, 4), tabStart: null })).toEqual({ kind: "move", r: 3, c: 4, tabStart: null });
  // Shift+Tab left of the run's start ends it; Shift+Enter goes up in the same column.
  expect(tabEnterMove("ShiftTab", 5, 2, 2)).toEqual({ r: 5, c: 1, tabStart: null });
  expect(tabEnterMove("ShiftEnter", 5, 4, 2)).toEqual({ r: 4, c: 4, tabStart: null });
});

test("Ctrl+arrows jump to the edge of the data, as in Excel", () => {
  const filled = new Set(["0,0", "1,0", "2,0", "6,0"]);
  expect(gridKeyAction(key("ArrowDown", { ctrlKey: true }), at(0, 0, filled))).toEqual({ kind: "move", r: 2, c: 0, tabStart: null });
  expect(gridKeyAction(key("ArrowDown", { ctrlKey: true }), at(2, 0, filled))).toEqual({ kind: "move", r: 6, c: 0, tabStart: null });
  expect(gridKeyAction(key("ArrowDown", { ctrlKey: true }), at(6, 0, filled))).toEqual({ kind: "move", r: 99, c: 0, tabStart: null });
  expect(gridKeyAction(key("ArrowUp", { ctrlKey: true }), at(6, 0, filled))).toEqual({ kind: "move", r: 2, c: 0, tabStart: null });
});

test("clipboard text: tabs and newlines, CRLF, a final newline, quoted cells with tabs, newlines and quotes", () => {
  expect(parseClipboard("a\tb\r\nc\td\r\n")).toEqual([
    ["a", "b"],
    ["c", "d"],
  ]);
  expect(parseClipboard("a\n\nb")).toEqual([["a"], [""], ["b"]]);
  expect(parseClipboard('"x\ty"\t"say ""hi"""\n"two\nlines"\tz')).toEqual([
    ["x\ty", 'say "hi"'],
    ["two\nlines", "z"],
  ]);
  expect(parseClipboard('5" screen\tq')).toEqual([['5" screen', "q"]]);
  // Without quotes, a fast split that agrees with the cell-by-cell reading.
  expect(parseClipboard("")).toEqual([]);
  expect(parseClipboard("a\n\n")).toEqual([["a"], [""]]);
  expect(parseClipboard("a\rb\r\n\tc\t")).toEqual([["a"], ["b"], ["", "c", ""]]);
  expect(parseClipboard('a\n\n"')).toEqual([["a"], [""], ['"']]);
});

test("cell views show text, fill, bold and the dropdown as Excel draws them", async () => {
  const sim = createSimulatedExcel();
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.getRange("A1").values = [["Header"]];
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("B2").format.fill.color = "#FFC7CE";
    sheet.getRange("C3").values = [[42]];
    sheet.getRange("D:D").dataValidation.rule = { list: { inCellDropDown: true, source: "Admin,Member" } };
    await context.sync();
  });
  const wb = sim.model;
  const sheet = wb.activeSheet;
  expect(cellView(wb, sheet, 0, 0)).toEqual(expect.objectContaining({ text: "Header", bold: true, color: undefined, hasList: false }));
  expect(cellView(wb, sheet, 1, 1)).toEqual(expect.objectContaining({ fill: "#FFC7CE", color: "#000000" }));
  expect(cellView(wb, sheet, 2, 2)).toEqual(expect.objectContaining({ text: "42", align: "right" }));
  expect(cellView(wb, sheet, 5, 3).hasList).toBe(true);
});
