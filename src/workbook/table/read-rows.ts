// Reading rows: the invite fields by our column positions, and the Status text, chunked so that no
// response exceeds the payload limit.
import { COLUMN_KEYS, emptyRow, type InviteRow } from "../../invites";
import type { Rect } from "../excel/a1";
import { cellText } from "../excel/cell-text";
import { readInChunks } from "../excel/chunking";
import { bodyRect } from "./geometry";
import type { TableLayout } from "./sheet-layout";

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

/** Values of a block of the sheet, rows in order, one sync per chunk of rows. */
export function readValues(context: Excel.RequestContext, sheetName: string, rect: Rect): Promise<unknown[][]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const columns = rect.c1 - rect.c0 + 1;
  return readInChunks(rect.r0, rect.r1 + 1, async (start, count) => {
    const range = sheet.getRangeByIndexes(start, rect.c0, count, columns).load("values");
    await context.sync();
    return range.values;
  });
}

/** Data rows [from, to) of the table. */
export async function readRowCells(context: Excel.RequestContext, layout: TableLayout, from: number, to: number): Promise<RowCells[]> {
  if (to <= from) return [];
  return (await readValues(context, layout.sheetName, bodyRect(layout, from, to))).map((values) => rowFromValues(layout, values));
}
