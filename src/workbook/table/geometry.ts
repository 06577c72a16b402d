// The coordinate systems the workbook layer meets, and the one place that converts between them:
//   sheet row     0-based row on the sheet (Worksheet.getRangeByIndexes)
//   row number    1-based, what the user sees and what findings carry
//   data index    0-based row within the table body (the header is index -1)
//   offset        0-based column within the table
//   sheet column  0-based column on the sheet
import type { ColumnKey } from "../../invites";
import type { Rect } from "../excel/a1";
import type { TableLayout } from "./sheet-layout";

type Where = Pick<TableLayout, "headerRow" | "firstColumn">;

export const sheetRowOf = (layout: Where, index: number): number => layout.headerRow + 1 + index;
export const indexOfSheetRow = (layout: Where, sheetRow: number): number => sheetRow - layout.headerRow - 1;
export const rowNumberOf = (layout: Where, index: number): number => layout.headerRow + 2 + index;
export const sheetColumnOf = (layout: Where, offset: number): number => layout.firstColumn + offset;

/** Row number of the first data row (the header is the row above). */
export const firstRowNumber = (layout: Where): number => rowNumberOf(layout, 0);

export function width(layout: TableLayout): number {
  return layout.headers.length;
}

/** Offset of one of our columns (null: the Status column), or undefined when the table lacks it. */
function offsetOf(layout: TableLayout, key: ColumnKey | null): number | undefined {
  return key === null ? layout.status : layout.columns[key];
}

/** Sheet column of one of our columns (null: Status), or null when the table does not have it. */
export function sheetColumn(layout: TableLayout, key: ColumnKey | null): number | null {
  const offset = offsetOf(layout, key);
  return offset === undefined ? null : sheetColumnOf(layout, offset);
}

/** Data rows [from, to) across the whole table width. */
export function bodyRect(layout: TableLayout, from = 0, to = layout.rowCount): Rect {
  return {
    r0: sheetRowOf(layout, from),
    r1: sheetRowOf(layout, to - 1),
    c0: layout.firstColumn,
    c1: layout.firstColumn + width(layout) - 1,
  };
}

/** Header and data rows. */
export function tableRect(layout: TableLayout): Rect {
  return { ...bodyRect(layout), r0: layout.headerRow };
}

/** Data rows [from, to) of one table column. */
export function columnRect(layout: TableLayout, offset: number, from: number, to: number): Rect {
  const c = sheetColumnOf(layout, offset);
  return { r0: sheetRowOf(layout, from), r1: sheetRowOf(layout, to - 1), c0: c, c1: c };
}
