// Writing cells "as a user would": only the cells that change, column strips of changed cells in
// one column as one range write, under the per-sync byte budget.
import { areaAddress } from "../excel/a1";
import { ACTION_BYTES, cellBytes, MAX_CELLS_PER_WRITE, type WriteOp } from "../excel/chunking";
import { columnStrips, type CellAt, type CellStrip } from "../excel/column-strips";

export interface CellWrite extends CellAt {
  value: string;
}

export function cellWriteOps(writes: readonly CellWrite[]): WriteOp[] {
  return columnStrips(writes, MAX_CELLS_PER_WRITE).map((strip) => valuesOp(strip));
}

/** One write of a vertical strip of cells. */
export function valuesOp(strip: Readonly<CellStrip<CellWrite>>, before?: (address: string) => void): WriteOp {
  const [first] = strip;
  const address = areaAddress({ r0: first.row, r1: first.row + strip.length - 1, c0: first.col, c1: first.col });
  const values = strip.map((w) => [w.value]);
  return {
    address,
    bytes: ACTION_BYTES + address.length + strip.reduce((n, w) => n + cellBytes(w.value) + 3, 2),
    queue(sheet) {
      before?.(address);
      sheet.getRange(address).values = values;
    },
  };
}
