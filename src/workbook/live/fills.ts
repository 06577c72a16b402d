// Marking cells: a fill colour per finding's cell (errors one colour, warnings another), painted
// with RangeAreas so many scattered cells cost one action per colour, not one per cell.
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges
// Fills are formats, and format changes do not raise onChanged, so painting never re-triggers
// validation. https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member
import { areaAddress, type Rect } from "../excel/a1";
import { ACTION_BYTES, MAX_AREAS_ADDRESS_CHARS, type WriteOp } from "../excel/chunking";
import { columnStrips, type CellAt } from "../excel/column-strips";

/** Excel's own "Light Red Fill" and "Yellow Fill" from conditional formatting's presets. */
export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";

export type Fill = "none" | "error" | "warning";

export interface FilledCell extends CellAt {
  fill: Fill;
}

const areasOf = (cells: readonly CellAt[]): Rect[] =>
  columnStrips(cells).map((strip) => {
    const [first] = strip;
    return { r0: first.row, r1: first.row + strip.length - 1, c0: first.col, c1: first.col };
  });

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
    address,
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
export function fillOps(cells: readonly FilledCell[], clearAreas: readonly Rect[] = []): WriteOp[] {
  const clear = [...clearAreas, ...areasOf(cells.filter((c) => c.fill === "none"))];
  return [
    ...addresses(clear).map((a) => fillOp(a, null)),
    ...addresses(areasOf(cells.filter((c) => c.fill === "error"))).map((a) => fillOp(a, ERROR_FILL)),
    ...addresses(areasOf(cells.filter((c) => c.fill === "warning"))).map((a) => fillOp(a, WARNING_FILL)),
  ];
}
