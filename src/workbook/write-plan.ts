// From the index to the fewest writes: Status cells whose text must change (contiguous rows are
// one range write) and cells whose fill must change (painted with RangeAreas). Rows that need
// nothing cost nothing. Writes that raise onChanged (Status values) are announced to OwnWrites.
import { areaAddress, type Rect } from "./a1";
import { ACTION_BYTES, cellBytes, type WriteOp } from "./chunking";
import { paintOps, UNKNOWN, type Paint, type PaintedCell } from "./highlights";
import type { OwnWrites } from "./own-writes";
import type { SheetIndex } from "./sheet-index";
import type { TableLayout } from "./sheet-layout";

export interface WritePlan {
  ops: WriteOp[];
  statusCells: number;
  paintedCells: number;
}

function statusOp(layout: TableLayout, start: number, texts: string[], own: OwnWrites): WriteOp {
  const col = layout.firstColumn + layout.status;
  const rect: Rect = { r0: layout.headerRow + 1 + start, r1: layout.headerRow + start + texts.length, c0: col, c1: col };
  const address = areaAddress(rect);
  const values = texts.map((t) => [t]);
  return {
    bytes: ACTION_BYTES + address.length + texts.reduce((n, t) => n + cellBytes(t) + 3, 2),
    queue(sheet) {
      own.expect(address);
      sheet.getRange(address).values = values;
    },
  };
}

/**
 * The writes that make rows `candidates` show what the index wants, updating the index's record
 * of what the sheet holds. `clearAreas` are cleared of fills first (their fills are not known).
 */
export function planWrites(index: SheetIndex, layout: TableLayout, candidates: Iterable<number>, own: OwnWrites, clearAreas: Rect[] = []): WritePlan {
  const rows = [...new Set(candidates)].filter((i) => i >= 0 && i < index.length).sort((a, b) => a - b);
  const statusOps: WriteOp[] = [];
  const cells: PaintedCell[] = [];
  let run: { start: number; texts: string[] } | null = null;
  let statusCells = 0;
  const offsets = index.highlightOffsets;
  for (const i of rows) {
    const status = index.wantedStatus(i);
    if (status !== index.statuses[i]) {
      index.markStatus(i, status);
      statusCells++;
      if (run && run.start + run.texts.length === i) run.texts.push(status);
      else {
        if (run) statusOps.push(statusOp(layout, run.start, run.texts, own));
        run = { start: i, texts: [status] };
      }
    }
    const want = index.wantedPaint(i);
    const have = index.painting(i);
    if (want === have) continue;
    offsets.forEach((offset, slot) => {
      const w = index.slotPaint(want, slot);
      const h = index.slotPaint(have, slot);
      if (w !== h || h === UNKNOWN) cells.push({ row: layout.headerRow + 1 + i, col: layout.firstColumn + offset, paint: w as Paint });
    });
    index.markPainted(i, want);
  }
  if (run) statusOps.push(statusOp(layout, run.start, run.texts, own));
  return { ops: [...paintOps(cells, clearAreas), ...statusOps], statusCells, paintedCells: cells.length };
}
