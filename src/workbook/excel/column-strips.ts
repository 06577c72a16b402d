// Cells grouped into column strips (one column, consecutive rows), the unit every write of ours
// uses: one range write or one RangeAreas area per strip instead of one per cell.

export interface CellAt {
  /** 0-based sheet row and column. */
  row: number;
  col: number;
}

/** One column, consecutive rows; never empty. */
export type CellStrip<T extends CellAt> = [T, ...T[]];

/** Strips sorted by column then row; a strip is at most `maxLength` cells; a repeated cell is kept once. */
export function columnStrips<T extends CellAt>(cells: readonly T[], maxLength = Number.POSITIVE_INFINITY): CellStrip<T>[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const strips: CellStrip<T>[] = [];
  let strip: CellStrip<T> | null = null;
  let last: T | null = null;
  for (const cell of sorted) {
    if (last && last.col === cell.col && last.row === cell.row) continue;
    if (strip && last && last.col === cell.col && last.row + 1 === cell.row && strip.length < maxLength) strip.push(cell);
    else strips.push((strip = [cell]));
    last = cell;
  }
  return strips;
}
