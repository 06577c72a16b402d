// Cells grouped into vertical runs (one column, consecutive rows), the unit every write of ours
// uses: one range write or one RangeAreas area per run instead of one per cell.

export interface CellAt {
  /** 0-based sheet row and column. */
  row: number;
  col: number;
}

/** One column, consecutive rows; never empty. */
export type VerticalRun<T extends CellAt> = [T, ...T[]];

/** Runs sorted by column then row; a run is at most `maxLength` cells; a repeated cell is kept once. */
export function verticalRuns<T extends CellAt>(cells: readonly T[], maxLength = Number.POSITIVE_INFINITY): VerticalRun<T>[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: VerticalRun<T>[] = [];
  let run: VerticalRun<T> | null = null;
  let last: T | null = null;
  for (const cell of sorted) {
    if (last && last.col === cell.col && last.row === cell.row) continue;
    if (run && last && last.col === cell.col && last.row + 1 === cell.row && run.length < maxLength) run.push(cell);
    else runs.push((run = [cell]));
    last = cell;
  }
  return runs;
}
