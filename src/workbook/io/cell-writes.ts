// Writing cells "as a user would": only the cells that change, vertical runs of changed cells in
// one column as one range write, under the per-sync byte budget.
import { areaAddress } from "../excel/a1";
import { ACTION_BYTES, cellBytes, MAX_CELLS_PER_WRITE, type WriteOp } from "../excel/chunking";
import { verticalRuns, type CellAt, type VerticalRun } from "../excel/vertical-runs";

export interface CellWrite extends CellAt {
  value: string;
}

export function cellWriteOps(writes: readonly CellWrite[]): WriteOp[] {
  return verticalRuns(writes, MAX_CELLS_PER_WRITE).map((run) => valuesOp(run));
}

/** One write of a vertical run of cells. */
export function valuesOp(run: Readonly<VerticalRun<CellWrite>>, before?: (address: string) => void): WriteOp {
  const [first] = run;
  const address = areaAddress({ r0: first.row, r1: first.row + run.length - 1, c0: first.col, c1: first.col });
  const values = run.map((w) => [w.value]);
  return {
    address,
    bytes: ACTION_BYTES + address.length + run.reduce((n, w) => n + cellBytes(w.value) + 3, 2),
    queue(sheet) {
      before?.(address);
      sheet.getRange(address).values = values;
    },
  };
}
