// Reading the table's rows: the invite fields by our column positions, and the Status text.
import { COLUMN_KEYS, emptyRow, type InviteRow } from "../invites";
import { readInChunks } from "./chunking";
import { firstRowNumber, width, type TableLayout } from "./sheet-layout";
import type { RunExcel } from "./run-excel";
import { requireTable } from "./locate-table";
import { cellText } from "./cell-text";

export interface RowCells {
  row: InviteRow;
  status: string;
}

export function rowFromValues(layout: TableLayout, values: readonly unknown[]): RowCells {
  const row = emptyRow();
  for (const key of COLUMN_KEYS) {
    const offset = layout.columns[key];
    if (offset !== undefined) row[key] = cellText(values[offset]);
  }
  return { row, status: cellText(values[layout.status]) };
}

/**
 * Data rows [from, to) of the table (0-based data indexes), chunked so that no response exceeds
 * the payload limit: one sync per chunk.
 */
export function readRowCells(context: Excel.RequestContext, layout: TableLayout, from: number, to: number): Promise<RowCells[]> {
  const sheet = context.workbook.worksheets.getItem(layout.sheetName);
  return readInChunks(from, to, async (start, count) => {
    const range = sheet.getRangeByIndexes(layout.headerRow + 1 + start, layout.firstColumn, count, width(layout)).load("values");
    await context.sync();
    return range.values.map((values) => rowFromValues(layout, values));
  });
}

/** The rows as the sheet holds them, for export and submit: sheet order, blank rows included. */
export interface SheetRows {
  /** Sheet row number of rows[0] (header = the row above). */
  firstRow: number;
  rows: InviteRow[];
  /** The Status cell of each row (Invited / Failed: ... / Skipped: ... / a validation message / ""). */
  statuses: string[];
}

export async function readRowsForExport(run: RunExcel): Promise<SheetRows> {
  return run(async (context) => {
    const { layout } = await requireTable(context);
    const cells = await readRowCells(context, layout, 0, layout.rowCount);
    return { firstRow: firstRowNumber(layout), rows: cells.map((c) => c.row), statuses: cells.map((c) => c.status) };
  });
}
