// Inserting and deleting rows, columns and cells, keeping tables in step.
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)
import { colCountOf, isEntireColumns, isEntireRows, MAX_COLS, Rect, rowCountOf } from "./address";
import { errors } from "./errors";
import { shiftLiveRanges } from "./live-ranges";
import { SheetModel } from "./sheet";
import { TableModel } from "./table-model";
import { WorkbookModel } from "./workbook";

export type InsertShift = "Down" | "Right";
export type DeleteShift = "Up" | "Left";

const rowsRect = (r0: number, r1: number): Rect => ({ r0, r1, c0: 0, c1: MAX_COLS - 1 });

export function insertRows(wb: WorkbookModel, sheet: SheetModel, at: number, count: number): void {
  sheet.insertRows(at, count);
  shiftLiveRanges(wb, sheet, { axis: "rows", at, count, from: 0, to: MAX_COLS - 1 });
  for (const t of wb.tablesOn(sheet)) {
    if (at <= t.rect.r0) t.rect = { ...t.rect, r0: t.rect.r0 + count, r1: t.rect.r1 + count };
    else if (at <= t.rect.r1) t.rect = { ...t.rect, r1: t.rect.r1 + count };
  }
  wb.record({ sheet, rect: rowsRect(at, at + count - 1), changeType: "RowInserted" });
}

function checkRowDelete(wb: WorkbookModel, sheet: SheetModel, a: number, b: number, location: string): void {
  for (const t of wb.tablesOn(sheet)) {
    const coversHeader = a <= t.rect.r0 && b >= t.rect.r0;
    if (coversHeader && b < t.rect.r1) throw errors.insertDeleteConflict(location);
  }
}

export function deleteRows(wb: WorkbookModel, sheet: SheetModel, at: number, count: number, location: string): void {
  const last = at + count - 1;
  checkRowDelete(wb, sheet, at, last, location);
  sheet.deleteRows(at, count);
  shiftLiveRanges(wb, sheet, { axis: "rows", at, count: -count, from: 0, to: MAX_COLS - 1 });
  for (const t of wb.tablesOn(sheet)) adjustTableForRowDelete(wb, t, at, last, count);
  wb.record({ sheet, rect: rowsRect(at, last), changeType: "RowDeleted" });
}

function adjustTableForRowDelete(wb: WorkbookModel, t: TableModel, a: number, b: number, count: number): void {
  const { r0, r1 } = t.rect;
  if (b < r0) t.rect = { ...t.rect, r0: r0 - count, r1: r1 - count };
  else if (a <= r0) wb.removeTable(t);
  else if (a <= r1) {
    const removed = Math.min(b, r1) - a + 1;
    t.rect = { ...t.rect, r1: Math.max(r0 + 1, r1 - removed) };
  }
}

/** Tables that a vertical shift of columns c0..c1 from row `at` down would move. */
function tablesShiftedDown(wb: WorkbookModel, sheet: SheetModel, at: number, c0: number, c1: number, location: string): TableModel[] {
  const moved: TableModel[] = [];
  for (const t of wb.tablesOn(sheet)) {
    if (t.rect.r1 < at || t.rect.c1 < c0 || t.rect.c0 > c1) continue;
    if (t.rect.c0 < c0 || t.rect.c1 > c1) throw errors.insertDeleteConflict(location);
    moved.push(t);
  }
  return moved;
}

/** Cells in c0..c1 from row `at` move down by `count`; tables in those columns move or grow. */
export function shiftDown(
  wb: WorkbookModel,
  sheet: SheetModel,
  at: number,
  count: number,
  c0: number,
  c1: number,
  location: string,
  except?: TableModel,
): void {
  const moved = tablesShiftedDown(wb, sheet, at, c0, c1, location).filter((t) => t !== except);
  sheet.shiftCellsDown(at, count, c0, c1);
  shiftLiveRanges(wb, sheet, { axis: "rows", at, count, from: c0, to: c1 });
  for (const t of moved) {
    if (at <= t.rect.r0) t.rect = { ...t.rect, r0: t.rect.r0 + count, r1: t.rect.r1 + count };
    else t.rect = { ...t.rect, r1: t.rect.r1 + count };
  }
}

function shiftUp(wb: WorkbookModel, sheet: SheetModel, rect: Rect, location: string): void {
  const count = rowCountOf(rect);
  const moved = tablesShiftedDown(wb, sheet, rect.r0, rect.c0, rect.c1, location);
  for (const t of moved)
    if (rect.r0 <= t.rect.r0 && rect.r1 >= t.rect.r0 && rect.r1 < t.rect.r1) throw errors.insertDeleteConflict(location);
  sheet.shiftCellsUp(rect.r0, count, rect.c0, rect.c1);
  shiftLiveRanges(wb, sheet, { axis: "rows", at: rect.r0, count: -count, from: rect.c0, to: rect.c1 });
  for (const t of moved) adjustTableForRowDelete(wb, t, rect.r0, rect.r1, count);
}

/** Tables right of column c0 in rows r0..r1 move sideways; a shift that would split one fails. */
function horizontalCheck(wb: WorkbookModel, sheet: SheetModel, rect: Rect, location: string): TableModel[] {
  const moved: TableModel[] = [];
  for (const t of wb.tablesOn(sheet)) {
    if (t.rect.c1 < rect.c0 || t.rect.r1 < rect.r0 || t.rect.r0 > rect.r1) continue;
    if (t.rect.r0 < rect.r0 || t.rect.r1 > rect.r1 || t.rect.c0 < rect.c0) throw errors.insertDeleteConflict(location);
    moved.push(t);
  }
  return moved;
}

function shiftRight(wb: WorkbookModel, sheet: SheetModel, rect: Rect, location: string): void {
  const count = colCountOf(rect);
  const moved = horizontalCheck(wb, sheet, rect, location);
  sheet.shiftCellsRight(rect.c0, count, rect.r0, rect.r1);
  shiftLiveRanges(wb, sheet, { axis: "columns", at: rect.c0, count, from: rect.r0, to: rect.r1 });
  for (const t of moved) t.rect = { ...t.rect, c0: t.rect.c0 + count, c1: t.rect.c1 + count };
}

function shiftLeft(wb: WorkbookModel, sheet: SheetModel, rect: Rect, location: string): void {
  const count = colCountOf(rect);
  const moved = horizontalCheck(wb, sheet, rect, location);
  for (const t of moved) if (t.rect.c0 <= rect.c1) throw errors.insertDeleteConflict(location);
  sheet.shiftCellsLeft(rect.c0, count, rect.r0, rect.r1);
  shiftLiveRanges(wb, sheet, { axis: "columns", at: rect.c0, count: -count, from: rect.r0, to: rect.r1 });
  for (const t of moved) t.rect = { ...t.rect, c0: t.rect.c0 - count, c1: t.rect.c1 - count };
}

/** Range.insert(shift): returns the rectangle of the new blank cells. */
export function insertCells(wb: WorkbookModel, sheet: SheetModel, rect: Rect, shift: InsertShift, location: string): Rect {
  if (isEntireRows(rect)) {
    insertRows(wb, sheet, rect.r0, rowCountOf(rect));
    return rect;
  }
  if (shift === "Down") {
    shiftDown(wb, sheet, rect.r0, rowCountOf(rect), rect.c0, rect.c1, location);
    wb.record({ sheet, rect, changeType: "CellInserted", direction: { insertShiftDirection: "Down" } });
  } else {
    shiftRight(wb, sheet, rect, location);
    if (isEntireColumns(rect)) wb.record({ sheet, rect, changeType: "ColumnInserted" });
    else wb.record({ sheet, rect, changeType: "CellInserted", direction: { insertShiftDirection: "Right" } });
  }
  return rect;
}

export function deleteCells(wb: WorkbookModel, sheet: SheetModel, rect: Rect, shift: DeleteShift, location: string): void {
  if (isEntireRows(rect)) return deleteRows(wb, sheet, rect.r0, rowCountOf(rect), location);
  if (shift === "Up") {
    shiftUp(wb, sheet, rect, location);
    wb.record({ sheet, rect, changeType: "CellDeleted", direction: { deleteShiftDirection: "Up" } });
  } else {
    shiftLeft(wb, sheet, rect, location);
    if (isEntireColumns(rect)) wb.record({ sheet, rect, changeType: "ColumnDeleted" });
    else wb.record({ sheet, rect, changeType: "CellDeleted", direction: { deleteShiftDirection: "Left" } });
  }
}
