// Reading and writing the exact content of cells for Undo: Range.formulas, which gives a formula
// where a cell has one and the constant (text, number, boolean) where it does not, and which puts
// both back when written ("Represents the formula in A1-style notation. If a cell has no formula,
// its value is returned instead", @types/office-js Excel.Range.formulas). Reads go in row chunks
// and writes under the per-sync byte budget (../chunking.ts), so a whole table's image fits Excel
// on the web's 5 MB payload limit.
import { areaAddress, type Rect } from "../excel/a1";
import { ACTION_BYTES, cellBytes, readInChunks, type WriteOp } from "../excel/chunking";

export type Cell = string | number | boolean;

/** Cells of one rectangle, row by row (0-based sheet rows and columns). */
export interface CellsImage {
  area: Rect;
  cells: Cell[][];
}

/** Small areas (single fixed cells) are loaded this many per sync. */
const AREAS_PER_SYNC = 2_000;

function asCell(value: unknown): Cell {
  return typeof value === "number" || typeof value === "boolean" ? value : value === null || value === undefined ? "" : String(value);
}

async function readArea(context: Excel.RequestContext, sheet: Excel.Worksheet, area: Rect): Promise<CellsImage> {
  const width = area.c1 - area.c0 + 1;
  const rows = await readInChunks(area.r0, area.r1 + 1, async (start, count) => {
    const range = sheet.getRangeByIndexes(start, area.c0, count, width).load("formulas");
    await context.sync();
    return range.formulas.map((row) => row.map(asCell));
  });
  return { area, cells: rows };
}

/** The content of `areas` on `sheetName`, in one sync per 2,000 small areas or per chunk of a large one. */
export async function readImages(context: Excel.RequestContext, sheetName: string, areas: readonly Rect[]): Promise<CellsImage[]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const out: CellsImage[] = [];
  const small = areas.filter((a) => a.r1 - a.r0 < 100);
  for (let i = 0; i < small.length; i += AREAS_PER_SYNC) {
    const batch = small.slice(i, i + AREAS_PER_SYNC).map((area) => ({
      area,
      range: sheet.getRangeByIndexes(area.r0, area.c0, area.r1 - area.r0 + 1, area.c1 - area.c0 + 1).load("formulas"),
    }));
    await context.sync();
    for (const { area, range } of batch) out.push({ area, cells: range.formulas.map((row) => row.map(asCell)) });
  }
  for (const area of areas) if (area.r1 - area.r0 >= 100) out.push(await readArea(context, sheet, area));
  return out;
}

/** Writes that put images back: one formulas write per block of rows, sized under the byte budget. */
export function writeImageOps(images: readonly CellsImage[], rowsPerOp = 2_000): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const { area, cells } of images) {
    for (let i = 0; i < cells.length; i += rowsPerOp) {
      const block = cells.slice(i, i + rowsPerOp);
      const address = areaAddress({ r0: area.r0 + i, r1: area.r0 + i + block.length - 1, c0: area.c0, c1: area.c1 });
      ops.push({
        bytes:
          ACTION_BYTES + address.length + block.reduce((n: number, row) => row.reduce((m: number, c) => m + cellBytes(c) + 1, n + 2), 2),
        queue(sheet) {
          sheet.getRange(address).formulas = block;
        },
      });
    }
  }
  return ops;
}

/** Vertical runs of single cells in one column become one area each (fewer loads and writes). */
export function coalesce(cells: readonly Rect[]): Rect[] {
  const sorted = [...cells].sort((a, b) => a.c0 - b.c0 || a.r0 - b.r0);
  const out: Rect[] = [];
  for (const cell of sorted) {
    const last = out[out.length - 1];
    if (last && last.c0 === cell.c0 && last.c1 === cell.c1 && cell.r0 === last.r1 + 1) last.r1 = cell.r1;
    else if (!(last && last.c0 === cell.c0 && last.c1 === cell.c1 && cell.r0 >= last.r0 && cell.r1 <= last.r1)) out.push({ ...cell });
  }
  return out;
}
