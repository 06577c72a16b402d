// Sorting rows as Excel's Sort does: values, formulas and cell formats (fill, font, number format)
// move with their rows; data validation stays with the cells. Ascending order is numbers, then
// text (case-insensitive), then FALSE < TRUE; blank cells always sort last; the sort is stable.
// https://support.microsoft.com/office/sort-data-in-a-range-or-table-62d0b95d-2a90-4610-a6ae-2e545c4a4654
import { Rect } from "./address";
import { SheetModel } from "./sheet";
import { CellValue } from "./values";

export interface SortOptions {
  /** Key column, 0-based within the sorted range. */
  column: number;
  ascending?: boolean;
  /** The first row of the range is a header row that stays in place. */
  hasHeaders?: boolean;
}

function rank(v: CellValue): number {
  if (typeof v === "number") return 0;
  if (typeof v === "string") return v.startsWith("#") ? 3 : 1;
  return 2;
}

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: false });

function compare(a: CellValue, b: CellValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return collator.compare(a, b);
  return Number(a) - Number(b);
}

export function sortRows(sheet: SheetModel, rect: Rect, options: SortOptions): void {
  const col = rect.c0 + options.column;
  const dir = options.ascending === false ? -1 : 1;
  const stored = Math.max(sheet.values.rows.length, sheet.formulas.rows.length, sheet.styles.rows.length);
  const last = Math.min(rect.r1, stored - 1);
  if (last <= rect.r0) return;
  const order = Array.from({ length: last - rect.r0 + 1 }, (_, i) => rect.r0 + i);
  order.sort((x, y) => {
    const a = sheet.valueAt(x, col);
    const b = sheet.valueAt(y, col);
    if (a === undefined || b === undefined) return a === b ? x - y : a === undefined ? 1 : -1;
    return dir * compare(a, b) || x - y;
  });
  sheet.permuteRows(rect.r0, order, rect.c0, rect.c1);
}
