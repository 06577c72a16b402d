// Adopting a sheet the user already has: a header row with recognisable names (Email, Name,
// Licence...) becomes the invite table where it stands. Nothing is moved, reordered or lost: the
// header and data range becomes the table (Excel keeps cell values in place when a range becomes
// a table), Status is added right of the data when missing, and columns we do not recognise stay
// in the table untouched. Cells elsewhere on the sheet (notes, totals) are not pulled in: the table
// spans the header's contiguous block of named columns, down to the block's last used row.
import { areaAddress, parseArea, type Rect } from "../excel/a1";
import { readInChunks } from "../excel/chunking";
import { cellText } from "../excel/cell-text";
import { WorkbookError } from "../excel/run-excel";
import { isRecognisable, recognisedColumns, statusOffset } from "../table/sheet-layout";

/** How many rows from the top of the used range are searched for a header row. */
export const HEADER_SEARCH_ROWS = 10;

export interface HeaderBlock {
  /** 0-based sheet row of the header and the block's first and last column. */
  row: number;
  c0: number;
  c1: number;
  hasStatus: boolean;
}

/** The header row among the top rows of the used range (`top` are their values), or null. */
export function findHeaderBlock(usedAddress: string, top: readonly (readonly unknown[])[]): HeaderBlock | null {
  const used = parseArea(usedAddress);
  if (!used) return null;
  const at = top.findIndex((row) => isRecognisable(row.map(cellText)));
  if (at < 0) return null;
  const headers = (top[at] ?? []).map(cellText);
  const first = Math.min(...Object.values(recognisedColumns(headers)));
  let c0 = first;
  let c1 = first;
  const named = (i: number) => (headers[i] ?? "").trim() !== "";
  while (c0 > 0 && named(c0 - 1)) c0--;
  while (c1 + 1 < headers.length && named(c1 + 1)) c1++;
  const block = headers.slice(c0, c1 + 1);
  return { row: used.r0 + at, c0: used.c0 + c0, c1: used.c0 + c1, hasStatus: statusOffset(block) >= 0 };
}

export interface AdoptPlan {
  /** The range that becomes the table (header row through the block's last used row). */
  address: string;
  rect: Rect;
  /** Where "Status" is written first, when the block has no Status column. */
  statusHeader: string | null;
}

/**
 * Reads the block's columns and the one right of it from the header down to the used range's last
 * row (chunked), to find the block's last used row and check that the Status column would land
 * on empty cells. (Range.getUsedRange cannot tell: it is the sheet's used range cut to the range,
 * so an empty column inside it is not "unused".)
 */
export async function planBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: HeaderBlock,
  usedLastRow: number,
): Promise<AdoptPlan> {
  const cols = block.c1 - block.c0 + 2;
  const rows = await readInChunks(block.row + 1, usedLastRow + 1, async (start, count) => {
    const range = sheet.getRangeByIndexes(start, block.c0, count, cols).load("values");
    await context.sync();
    return range.values.map((values, i) => ({ row: start + i, values }));
  });
  let last = block.row + 1;
  let blocked = -1;
  for (const { row, values } of rows) {
    if (values.slice(0, cols - 1).some((v) => cellText(v) !== "")) last = row;
  }
  if (!block.hasStatus) {
    for (const { row, values } of rows)
      if (row <= last && cellText(values[cols - 1]) !== "") {
        blocked = row;
        break;
      }
  }
  if (blocked >= 0) {
    throw new WorkbookError(
      `The column right of your list is not empty (row ${blocked + 1}), so there is no room for the Status column. Insert an empty column there and run Set up sheet again.`,
    );
  }
  const statusCol = block.c1 + 1;
  const rect = { r0: block.row, r1: last, c0: block.c0, c1: block.hasStatus ? block.c1 : statusCol };
  const statusHeader = block.hasStatus ? null : areaAddress({ r0: block.row, r1: block.row, c0: statusCol, c1: statusCol });
  return { address: areaAddress(rect), rect, statusHeader };
}
