// From a diff to the fewest writes (pure): Status cells whose text changes, contiguous rows as one
// range write of at most 1,500 cells (so Office sends it whole and it raises one change event), and
// fills as RangeAreas per colour. Status writes raise onChanged; the validator recognises them by
// their addresses (own-writes.ts). Fills are formats and raise nothing.
import type { Rect } from "../excel/a1";
import { MAX_CELLS_PER_WRITE, type WriteOp } from "../excel/chunking";
import { columnStrips } from "../excel/column-strips";
import { valuesOp } from "../io/cell-writes";
import { sheetColumnOf, sheetRowOf } from "../table/geometry";
import type { TableLayout } from "../table/sheet-layout";
import { fillOps, type FilledCell } from "./fills";
import type { RowDiff } from "./sheet-view";

export interface WritePlan {
  /** Fills first, then Status writes. */
  ops: WriteOp[];
  /** Addresses of the Status writes: each raises one change event the validator must not re-check. */
  statusAddresses: string[];
  statusCells: number;
  filledCells: number;
}

export function planWrites(diffs: readonly RowDiff[], layout: TableLayout, clearAreas: readonly Rect[] = []): WritePlan {
  const statusColumn = sheetColumnOf(layout, layout.status);
  const statusCells: { row: number; col: number; value: string }[] = [];
  const filled: FilledCell[] = [];
  for (const d of diffs) {
    const row = sheetRowOf(layout, d.index);
    if (d.status !== undefined) statusCells.push({ row, col: statusColumn, value: d.status });
    for (const { offset, fill } of d.fills) filled.push({ row, col: sheetColumnOf(layout, offset), fill });
  }
  const statusOps = columnStrips(statusCells, MAX_CELLS_PER_WRITE).map((strip) => valuesOp(strip));
  return {
    ops: [...fillOps(filled, clearAreas), ...statusOps],
    statusAddresses: statusOps.map((op) => op.address as string),
    statusCells: statusCells.length,
    filledCells: filled.length,
  };
}
