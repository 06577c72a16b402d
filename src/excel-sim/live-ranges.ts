// Range objects follow the cells they were made for: "unlike ranges or columns, which will adjust if
// new rows or columns are added before them, a `TableRow` object represents the physical location of
// the table row" (TableRowCollection.add / getItemAt, @types/office-js). A range resolved by a run
// moves when rows or columns are inserted or deleted before it, grows or shrinks when they are
// inserted or deleted inside it, and is gone when all its cells are deleted: using it then fails
// with InvalidReference (the code is from experience; docs/TESTING.md has the manual check).
// Only ranges wholly inside the shifted band move (a Range.insert over part of their columns leaves
// them alone). Ranges are live while the run that resolved them lasts (context.ts).
import { MAX_COLS, MAX_ROWS } from "./address";
import { RangeEntity } from "./range-entity";
import { SheetModel } from "./sheet";
import { WorkbookModel } from "./workbook";

/** Rows inserted (count > 0) or deleted (count < 0) at `at`, within columns from..to (or columns within rows). */
export interface Shift {
  axis: "rows" | "columns";
  at: number;
  count: number;
  /** The band that moves across the other axis (columns for a row shift, rows for a column shift). */
  from: number;
  to: number;
}

interface Span {
  lo: number;
  hi: number;
}

/** The span after the shift, or null when every cell of it was deleted. */
function shifted(span: Span, at: number, count: number, max: number): Span | null {
  if (span.lo === 0 && span.hi === max) return span; // whole columns (rows) stay whole
  if (count > 0) {
    if (span.lo >= at) return { lo: Math.min(span.lo + count, max), hi: Math.min(span.hi + count, max) };
    return span.hi >= at ? { lo: span.lo, hi: Math.min(span.hi + count, max) } : span;
  }
  const last = at - count - 1;
  if (span.hi < at) return span;
  if (span.lo > last) return { lo: span.lo + count, hi: span.hi + count };
  const lo = Math.min(span.lo, at);
  const hi = span.hi > last ? span.hi + count : at - 1;
  return hi < lo ? null : { lo, hi };
}

export function shiftLiveRanges(wb: WorkbookModel, sheet: SheetModel, shift: Shift): void {
  for (const e of wb.liveRanges) {
    if (e.sheet !== sheet || e.deleted) continue;
    moveOne(e, shift);
  }
}

function moveOne(e: RangeEntity, { axis, at, count, from, to }: Shift): void {
  const rows = axis === "rows";
  const across = rows ? { lo: e.rect.c0, hi: e.rect.c1 } : { lo: e.rect.r0, hi: e.rect.r1 };
  if (across.lo < from || across.hi > to) return;
  const along = rows ? { lo: e.rect.r0, hi: e.rect.r1 } : { lo: e.rect.c0, hi: e.rect.c1 };
  const next = shifted(along, at, count, (rows ? MAX_ROWS : MAX_COLS) - 1);
  if (next === null) {
    e.deleted = true;
    return;
  }
  e.rect = rows ? { ...e.rect, r0: next.lo, r1: next.hi } : { ...e.rect, c0: next.lo, c1: next.hi };
}
