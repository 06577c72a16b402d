// Writing cells "as a user would": only the cells that change, vertical runs of changed cells in
// one column as one range write, under the per-sync byte budget.
import { areaAddress } from "./a1";
import { ACTION_BYTES, cellBytes, type WriteOp } from "./chunking";

export interface CellWrite {
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  value: string;
}

export function cellWriteOps(writes: readonly CellWrite[]): WriteOp[] {
  const sorted = [...writes].sort((a, b) => a.col - b.col || a.row - b.row);
  const ops: WriteOp[] = [];
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i] as CellWrite;
    let j = i + 1;
    while (j < sorted.length && (sorted[j] as CellWrite).col === first.col && (sorted[j] as CellWrite).row === (sorted[j - 1] as CellWrite).row + 1) j++;
    const run = sorted.slice(i, j);
    const address = areaAddress({ r0: first.row, r1: first.row + run.length - 1, c0: first.col, c1: first.col });
    const values = run.map((w) => [w.value]);
    ops.push({
      bytes: ACTION_BYTES + address.length + run.reduce((n, w) => n + cellBytes(w.value) + 3, 2),
      queue(sheet) {
        sheet.getRange(address).values = values;
      },
    });
    i = j;
  }
  return ops;
}
