// Cells grouped into vertical runs (one column, consecutive rows), the unit every write of ours
// uses: one range write or one RangeAreas area per run instead of one per cell.

export interface CellAt {
  /** 0-based sheet row and column. */
  row: number;
  col: number;
}

/** Runs sorted by column then row; a run is at most `maxLength` cells; a repeated cell is kept once. */
export function verticalRuns<T extends CellAt>(cells: readonly T[], maxLength = Number.POSITIVE_INFINITY): T[][] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: T[][] = [];
  let run: T[] = [];
  for (const cell of sorted) {
    const last = run[run.length - 1];
    if (last && last.col === cell.col && last.row === cell.row) continue;
    if (last && last.col === cell.col && last.row + 1 === cell.row && run.length < maxLength) run.push(cell);
    else {
      if (run.length) runs.push(run);
      run = [cell];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}
