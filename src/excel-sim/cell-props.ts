// Cell-level properties of a Range (values, text, formulas, number formats, value types): the
// limits Excel puts on reading and writing them.
// - Unbounded ranges (whole columns "A:F" or whole rows "2:2"): "the response will contain `null`
//   values for cell-level properties such as values, text, numberFormat, and formula", and "You
//   cannot set cell-level properties such as values, numberFormat, and formula on an unbounded
//   range ... The API returns an error."
//   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded
//   (null reads confirmed in office-js#4792). The article names no error code; InvalidArgument is
//   assumed. office-js-docs-pr#5400 reports that a 1x1 `numberFormat` array is accepted on all
//   hosts; the simulator follows the article unless `unboundedFormatBroadcast` is set.
// - "A range is limited to 5,000,000 cells for read operations" on every platform; beyond it Excel
//   returns RangeExceedsLimit ("The cell count in the range has exceeded the maximum supported number").
//   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
//   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
// - Range.cellCount "will return -1 if the cell count exceeds 2^31-1" (@types/office-js).
// - Writes of more than 1,500 cells go in row chunks, each its own action on its own range, after
//   a size check: `setRangePropertiesInBulk` in node_modules/@microsoft/office-js/dist/
//   excel-web-16.00.debug.js (maxCellCount = 1500; rows per chunk = max(1, round(1500 / columns));
//   `range._ValidateArraySize(rows, columns)` first; used by the Values, NumberFormat, Formulas,
//   FormulasLocal and FormulasR1C1 setters).
import { colCountOf, isEntireColumns, isEntireRows, Rect, rowCountOf } from "./address";
import { errors } from "./errors";
import { RangeEntity } from "./range-entity";

const CELL_READ_LIMIT = 5_000_000;
const MAX_CELLS_PER_SET = 1500;
const INT32_MAX = 2 ** 31 - 1;

export type CellProp = "values" | "formulas" | "formulasLocal" | "numberFormat";

function isUnbounded(rect: Rect): boolean {
  return isEntireColumns(rect) || isEntireRows(rect);
}

export function cellCount(rect: Rect): number {
  const n = rowCountOf(rect) * colCountOf(rect);
  return n > INT32_MAX ? -1 : n;
}

/** A cell-level read: null on unbounded ranges, RangeExceedsLimit past 5,000,000 cells. */
export function readCells<T>(e: RangeEntity, location: string, read: () => T): T | null {
  if (isUnbounded(e.rect)) return null;
  if (rowCountOf(e.rect) * colCountOf(e.rect) > CELL_READ_LIMIT) throw errors.rangeExceedsLimit(location);
  return read();
}

export interface Chunk {
  start: number;
  count: number;
}

/** setRangePropertiesInBulk's row chunks, or undefined when the write goes in one piece. */
export function bulkChunks(input: unknown): Chunk[] | undefined {
  if (!Array.isArray(input) || input.length === 0 || !Array.isArray(input[0])) return undefined;
  const columns = (input[0] as unknown[]).length;
  if (input.length * columns <= MAX_CELLS_PER_SET) return undefined;
  const perChunk = Math.max(1, Math.round(MAX_CELLS_PER_SET / columns));
  const chunks: Chunk[] = [];
  for (let start = 0; start < input.length; start += perChunk) chunks.push({ start, count: Math.min(perChunk, input.length - start) });
  return chunks;
}

/** `_ValidateArraySize(rows, columns)`: the array must match the range exactly. */
export function validateArraySize(e: RangeEntity, rows: number, columns: number, location: string): void {
  if (rowCountOf(e.rect) !== rows || colCountOf(e.rect) !== columns) {
    throw errors.invalidArgument(
      location,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
}

function isOneByOne(input: unknown): boolean {
  return Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && (input[0] as unknown[]).length === 1;
}

/** What Excel refuses before writing: a null array, and any cell-level write to an unbounded range. */
export function checkCellWrite(e: RangeEntity, prop: CellProp, input: unknown, formatBroadcast: boolean): void {
  const location = `Range.${prop}`;
  if (input === null || input === undefined) throw errors.invalidArgument(location);
  if (!isUnbounded(e.rect)) return;
  if (prop === "numberFormat" && formatBroadcast && isOneByOne(input)) return;
  throw errors.invalidArgument(location);
}
