// Table AutoExpansion ("Include new rows and columns in table", on by default in Excel's AutoCorrect):
// "To add a row or column to a table, type in a cell just below the last row or to the right of
// the last column, paste data into a cell, or insert rows or columns", and a paste "in the leftmost
// cell below the last table row" or "to the right of the table's rightmost column" joins the table.
// https://support.microsoft.com/office/resize-a-table-by-adding-or-removing-rows-and-columns-e65ae4bb-e44b-43f4-ad8b-7d68784f1165
// It is a user-interface feature: the add-in's own API writes below or beside a table do not grow
// it (from experience; docs/TESTING.md has the manual check). What the article leaves open is
// modelled from experience (docs/excel-sim.md marks each):
// - only an entry that puts something in a cell expands a table (an empty entry does not);
// - a row below a gap of blank rows, or a cell diagonally below-right, joins nothing;
// - a paste that starts inside the table, on the last row or right below it, within the table's
//   columns, and runs past the last row grows the table to the paste's last row (pasted columns
//   beyond the table's stay outside it);
// - a paste that starts right of the last column, on the table's rows, adds all its columns;
// - a column added by a data cell gets the header "ColumnN" (the first free N); a header typed
//   beside the header row is kept, made unique like Excel's ("Name" -> "Name2");
// - rows that join take the formats and validation of the table's last row; columns that join
//   keep their own.
import { MAX_COLS, MAX_ROWS, Rect } from "./address";
import { SheetModel } from "./sheet";
import { TableModel } from "./table-model";
import { inheritFormats, keepHeadersUnique, overlapsOtherTable } from "./tables";
import { WorkbookModel } from "./workbook";

function fits(wb: WorkbookModel, t: TableModel, grown: Rect): boolean {
  if (grown.r1 >= MAX_ROWS || grown.c1 >= MAX_COLS) return false;
  return !overlapsOtherTable(wb, t, grown);
}

function growDown(wb: WorkbookModel, t: TableModel, r1: number): void {
  const grown = { ...t.rect, r1 };
  if (r1 <= t.rect.r1 || !fits(wb, t, grown)) return;
  const last = t.rect.r1;
  t.rect = grown;
  inheritFormats(t, last, last + 1, r1 - last, true);
}

function growRight(wb: WorkbookModel, t: TableModel, c1: number): void {
  const grown = { ...t.rect, c1 };
  if (c1 <= t.rect.c1 || !fits(wb, t, grown)) return;
  const added = { r0: t.rect.r0, r1: t.rect.r0, c0: t.rect.c1 + 1, c1 };
  for (let c = added.c0; c <= c1; c++) t.columnIds.push(t.newColumnId());
  t.rect = grown;
  // The new columns' header cells become names, as a header typed into the table would.
  keepHeadersUnique(wb, t.sheet, added);
}

/** After a person typed (or picked) a non-empty value into (r, c). */
export function expandAfterTyping(wb: WorkbookModel, sheet: SheetModel, r: number, c: number): void {
  for (const t of wb.tablesOn(sheet)) {
    const { r0, c0, r1, c1 } = t.rect;
    if (r === r1 + 1 && c >= c0 && c <= c1) growDown(wb, t, r);
    else if (c === c1 + 1 && r >= r0 && r <= r1) growRight(wb, t, c);
  }
}

/** After a person pasted a block with something in it at `rect`. */
export function expandAfterPaste(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  for (const t of wb.tablesOn(sheet)) {
    const { r0, c0, r1, c1 } = t.rect;
    const startsOnRows = rect.r0 >= r0 && rect.r0 <= r1 + 1;
    if (startsOnRows && rect.r1 > r1 && rect.c0 >= c0 && rect.c0 <= c1) growDown(wb, t, rect.r1);
    else if (rect.c0 === c1 + 1 && rect.r0 >= r0 && rect.r0 <= r1) growRight(wb, t, rect.c1);
  }
}
