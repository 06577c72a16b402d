// What a Range proxy resolves to: a sheet and a rectangle. Navigation (getCell, getOffsetRange,
// getResizedRange, getRow, ...) is rectangle arithmetic, checked against the sheet's bounds.
// https://learn.microsoft.com/javascript/api/excel/excel.range
import { intersect, MAX_COLS, MAX_ROWS, parseAreas, parseRef, Rect } from "./address";
import { errors } from "./errors";
import { SheetModel } from "./sheet";
import { WorkbookModel } from "./workbook";

export interface RangeEntity {
  sheet: SheetModel;
  rect: Rect;
  /** Set when every cell of a live range was deleted (live-ranges.ts). */
  deleted?: boolean;
}

export interface AreasEntity {
  sheet: SheetModel;
  rects: Rect[];
}

function checked(sheet: SheetModel, rect: Rect, location: string): RangeEntity {
  const ok = rect.r0 >= 0 && rect.c0 >= 0 && rect.r1 < MAX_ROWS && rect.c1 < MAX_COLS && rect.r0 <= rect.r1 && rect.c0 <= rect.c1;
  if (!ok) throw errors.invalidArgument(location, "The range is outside the worksheet or has no cells.");
  return { sheet, rect };
}

/**
 * Worksheet.getRange: "The `address` has a limit of 8192 characters. If the address exceeds the
 * character limit, this method returns an `InvalidArgument` error." (@types/office-js; the simulator
 * holds getRanges to the same limit: Excel's reference length limit.)
 */
const MAX_ADDRESS_CHARS = 8192;

function checkLength(address: string, location: string): void {
  if (address.length > MAX_ADDRESS_CHARS) {
    throw errors.invalidArgument(location, `The address is ${address.length} characters long; the limit is ${MAX_ADDRESS_CHARS}.`);
  }
}

/** Worksheet.getRange(address): the address may not name another sheet. */
export function rangeOnSheet(wb: WorkbookModel, sheet: SheetModel, address: string | undefined, location: string): RangeEntity {
  if (address === undefined) return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
  checkLength(address, location);
  const ref = parseRef(address);
  if (!ref) throw errors.invalidArgument(location, `The address '${address}' is not valid.`);
  const target = ref.sheet === undefined ? sheet : wb.sheet(ref.sheet, location);
  return { sheet: target, rect: ref };
}

export function areasOnSheet(sheet: SheetModel, address: string, location: string): AreasEntity {
  checkLength(address, location);
  const refs = parseAreas(address);
  if (!refs) throw errors.invalidArgument(location, `The address '${address}' is not valid.`);
  return { sheet, rects: refs.map(({ r0, c0, r1, c1 }) => ({ r0, c0, r1, c1 })) };
}

export const nav = {
  cell: (e: RangeEntity, r: number, c: number) =>
    checked(e.sheet, { r0: e.rect.r0 + r, c0: e.rect.c0 + c, r1: e.rect.r0 + r, c1: e.rect.c0 + c }, "Range.getCell"),
  offset: (e: RangeEntity, dr: number, dc: number) =>
    checked(e.sheet, { r0: e.rect.r0 + dr, c0: e.rect.c0 + dc, r1: e.rect.r1 + dr, c1: e.rect.c1 + dc }, "Range.getOffsetRange"),
  resized: (e: RangeEntity, dr: number, dc: number) =>
    checked(e.sheet, { ...e.rect, r1: e.rect.r1 + dr, c1: e.rect.c1 + dc }, "Range.getResizedRange"),
  row: (e: RangeEntity, i: number) => checked(e.sheet, { ...e.rect, r0: e.rect.r0 + i, r1: e.rect.r0 + i }, "Range.getRow"),
  column: (e: RangeEntity, i: number) => checked(e.sheet, { ...e.rect, c0: e.rect.c0 + i, c1: e.rect.c0 + i }, "Range.getColumn"),
  entireRow: (e: RangeEntity) => ({ sheet: e.sheet, rect: { ...e.rect, c0: 0, c1: MAX_COLS - 1 } }),
  entireColumn: (e: RangeEntity) => ({ sheet: e.sheet, rect: { ...e.rect, r0: 0, r1: MAX_ROWS - 1 } }),
  lastRow: (e: RangeEntity) => ({ sheet: e.sheet, rect: { ...e.rect, r0: e.rect.r1 } }),
  lastColumn: (e: RangeEntity) => ({ sheet: e.sheet, rect: { ...e.rect, c0: e.rect.c1 } }),
  lastCell: (e: RangeEntity) => ({ sheet: e.sheet, rect: { ...e.rect, r0: e.rect.r1, c0: e.rect.c1 } }),
  rowsAbove: (e: RangeEntity, n: number) => checked(e.sheet, { ...e.rect, r0: e.rect.r0 - n, r1: e.rect.r0 - 1 }, "Range.getRowsAbove"),
  rowsBelow: (e: RangeEntity, n: number) => checked(e.sheet, { ...e.rect, r0: e.rect.r1 + 1, r1: e.rect.r1 + n }, "Range.getRowsBelow"),
  columnsBefore: (e: RangeEntity, n: number) =>
    checked(e.sheet, { ...e.rect, c0: e.rect.c0 - n, c1: e.rect.c0 - 1 }, "Range.getColumnsBefore"),
  columnsAfter: (e: RangeEntity, n: number) =>
    checked(e.sheet, { ...e.rect, c0: e.rect.c1 + 1, c1: e.rect.c1 + n }, "Range.getColumnsAfter"),
  bounding: (e: RangeEntity, other: RangeEntity) => ({
    sheet: e.sheet,
    rect: {
      r0: Math.min(e.rect.r0, other.rect.r0),
      c0: Math.min(e.rect.c0, other.rect.c0),
      r1: Math.max(e.rect.r1, other.rect.r1),
      c1: Math.max(e.rect.c1, other.rect.c1),
    },
  }),
  intersection: (e: RangeEntity, other: RangeEntity): RangeEntity | null => {
    if (other.sheet !== e.sheet) return null;
    const rect = intersect(e.rect, other.rect);
    return rect ? { sheet: e.sheet, rect } : null;
  },
  /** The used part of the range (Range.getUsedRange), or null when it holds nothing. */
  used: (e: RangeEntity, valuesOnly: boolean): RangeEntity | null => {
    const used = e.sheet.usedRect(valuesOnly);
    const rect = used && intersect(used, e.rect);
    return rect ? { sheet: e.sheet, rect } : null;
  },
};
