// Rows under the table that hold something in its invite columns (a full check looks for them; live
// edits keep the list current). Reads only when the sheet's used range goes below the table.
import { isBlankRow } from "../../invites";
import { readValues, rowFromValues } from "../table/read-rows";
import { bodyRect, sheetRowOf } from "../table/geometry";
import type { LocatedTable } from "../table/locate-table";
import type { TableLayout } from "../table/sheet-layout";

export function hasInviteData(layout: TableLayout, values: readonly unknown[]): boolean {
  return !isBlankRow(rowFromValues(layout, values).row);
}

/** 0-based sheet rows below the table with data in its invite columns. */
export async function scanBelow(context: Excel.RequestContext, located: LocatedTable): Promise<number[]> {
  const { layout, lastUsedRow } = located;
  const first = sheetRowOf(layout, layout.rowCount);
  if (lastUsedRow === null || lastUsedRow < first) return [];
  const rect = { ...bodyRect(layout), r0: first, r1: lastUsedRow };
  const values = await readValues(context, layout.sheetName, rect);
  return values.flatMap((row, k) => (hasInviteData(layout, row) ? [first + k] : []));
}
