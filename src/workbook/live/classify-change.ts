// What a change on the invite sheet means for the validator, decided from the event alone and the
// table's last known place (pure: no Excel here). WorksheetChangedEventArgs gives an address and a
// change type: https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
// ("RangeEdited", "RowInserted", "RowDeleted", "ColumnInserted", "ColumnDeleted", "CellInserted",
// "CellDeleted": https://learn.microsoft.com/javascript/api/excel/excel.datachangetype).
import { MAX_ROWS, parseArea, type Rect } from "../excel/a1";
import { indexOfSheetRow, width } from "../table/geometry";
import type { TableLayout } from "../table/sheet-layout";

export type Change = { address: string; changeType: string };

export type ChangeAction =
  /** Nothing of ours: above the table, left of it, or well right of it. */
  | { kind: "ignore" }
  /**
   * Cells in or under the table's columns changed: sheet rows [r0, r1] are read again. Rows below
   * the table may have joined it (Excel grows a table typed or pasted into from below) or stay
   * outside it (then the pane says so).
   */
  | { kind: "cells"; r0: number; r1: number; c0: number; c1: number }
  /** Blank rows inserted in the body at data index `at` (or right below it). */
  | { kind: "insert"; at: number; count: number }
  | { kind: "remove"; at: number; count: number }
  /** Whole rows inserted or deleted above the table: it moved by `delta` rows. */
  | { kind: "moved"; delta: number; sheetRow: number }
  /** Rows inserted or deleted below the table: only the rows outside it move. */
  | { kind: "below"; sheetRow: number; delta: number }
  /** Positions cannot be followed row by row (headers, columns, cells shifted): check everything. */
  | { kind: "full"; reason: string };

const ignore: ChangeAction = { kind: "ignore" };

export function classifyChange(change: Change, layout: TableLayout): ChangeAction {
  const rect = parseArea(change.address);
  if (!rect) return { kind: "full", reason: `an address the add-in does not read: ${change.address}` };
  const lastRow = layout.headerRow + layout.rowCount;
  const c0 = layout.firstColumn;
  const c1 = c0 + width(layout) - 1;
  switch (change.changeType) {
    case "RangeEdited":
      return edited(rect, layout, lastRow, c0, c1);
    case "RowInserted":
      return rowsInserted(rect, layout, lastRow);
    case "RowDeleted":
      return rowsDeleted(rect, layout, lastRow);
    case "ColumnInserted":
    case "ColumnDeleted":
      return rect.c0 > c1 ? ignore : { kind: "full", reason: "columns were inserted or deleted" };
    default:
      // CellInserted / CellDeleted shift cells sideways or up; anything else is unknown.
      return rect.r1 < layout.headerRow ? ignore : { kind: "full", reason: `cells moved (${change.changeType})` };
  }
}

function edited(rect: Rect, layout: TableLayout, lastRow: number, c0: number, c1: number): ChangeAction {
  if (rect.r1 < layout.headerRow || rect.c1 < c0) return ignore;
  // The column right of the table: typing there can widen the table (or sits beside it).
  if (rect.c0 > c1 + 1) return ignore;
  if (rect.r0 <= layout.headerRow) return { kind: "full", reason: "the header row changed" };
  if (rect.c0 === c1 + 1) return { kind: "full", reason: "a column beside the table changed" };
  // A whole column (Delete on a selected column): read the body; rows far below are rescanned.
  if (rect.r1 === MAX_ROWS - 1) return { kind: "full", reason: "whole columns changed" };
  return { kind: "cells", r0: rect.r0, r1: rect.r1, c0: Math.max(rect.c0, c0), c1: Math.min(rect.c1, c1) };
}

function rowsInserted(rect: Rect, layout: TableLayout, lastRow: number): ChangeAction {
  const count = rect.r1 - rect.r0 + 1;
  if (rect.r0 <= layout.headerRow) return { kind: "moved", delta: count, sheetRow: rect.r0 };
  // Inserting right below the last row adds rows to the table too (Excel's "Insert Table Rows Below").
  if (rect.r0 <= lastRow + 1) return { kind: "insert", at: indexOfSheetRow(layout, rect.r0), count };
  return { kind: "below", sheetRow: rect.r0, delta: count };
}

function rowsDeleted(rect: Rect, layout: TableLayout, lastRow: number): ChangeAction {
  const count = rect.r1 - rect.r0 + 1;
  if (rect.r1 < layout.headerRow) return { kind: "moved", delta: -count, sheetRow: rect.r0 };
  if (rect.r0 <= layout.headerRow) return { kind: "full", reason: "the header row was deleted" };
  if (rect.r0 > lastRow) return { kind: "below", sheetRow: rect.r0, delta: -count };
  if (rect.r1 > lastRow) return { kind: "full", reason: "rows of the table and below it were deleted" };
  return { kind: "remove", at: indexOfSheetRow(layout, rect.r0), count };
}
