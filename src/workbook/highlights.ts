// Marking cells: a fill colour per finding's cell (errors one colour, warnings another), painted
// with RangeAreas so many scattered cells cost one action per colour, not one per cell.
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges
// Fills are formats, and format changes do not raise onChanged, so painting never re-triggers
// validation. https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member
import { areaAddress, type Rect } from "./a1";
import { ACTION_BYTES, MAX_AREAS_ADDRESS_CHARS, type WriteOp } from "./chunking";

/** Excel's own "Light Red Fill" and "Yellow Fill" from conditional formatting's presets. */
export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";

export const NONE = 0;
export const ERROR = 1;
export const WARNING = 2;
/** Not known: the cell may carry a fill we did not put there (pasted, or copied into an inserted row). */
export const UNKNOWN = 3;
export type Paint = typeof NONE | typeof ERROR | typeof WARNING;

export interface PaintedCell {
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  paint: Paint;
}

/** Vertical runs of cells in one column become one area each ("B5:B9"). */
function areas(cells: readonly { row: number; col: number }[]): Rect[] {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const rows = byColumn.get(cell.col) ?? [];
    rows.push(cell.row);
    byColumn.set(cell.col, rows);
  }
  const out: Rect[] = [];
  for (const [col, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0] as number;
    let prev = start;
    for (let i = 1; i <= rows.length; i++) {
      const row = rows[i];
      if (row === prev + 1) { prev = row; continue; }
      if (row === prev) continue;
      out.push({ r0: start, r1: prev, c0: col, c1: col });
      if (row !== undefined) { start = row; prev = row; }
    }
  }
  return out;
}

/** Groups areas into RangeAreas addresses no longer than the cap. */
function addresses(rects: readonly Rect[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const rect of rects) {
    const a = areaAddress(rect);
    if (current && current.length + 1 + a.length > MAX_AREAS_ADDRESS_CHARS) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

function fillOp(address: string, color: string | null): WriteOp {
  return {
    bytes: ACTION_BYTES * 2 + address.length + (color ? color.length + 2 : 0),
    queue(sheet) {
      const fill = sheet.getRanges(address).format.fill;
      if (color === null) fill.clear();
      else fill.color = color;
    },
  };
}

/**
 * The operations that bring cells to the wanted fills: first `clearAreas` (whole areas whose fills
 * are not known) and cells that should have none, then the error and the warning cells.
 */
export function paintOps(cells: readonly PaintedCell[], clearAreas: readonly Rect[] = []): WriteOp[] {
  const clear = [...clearAreas, ...areas(cells.filter((c) => c.paint === NONE))];
  return [
    ...addresses(clear).map((a) => fillOp(a, null)),
    ...addresses(areas(cells.filter((c) => c.paint === ERROR))).map((a) => fillOp(a, ERROR_FILL)),
    ...addresses(areas(cells.filter((c) => c.paint === WARNING))).map((a) => fillOp(a, WARNING_FILL)),
  ];
}
