// Fixes, applied as a user would make them: one write per fixed cell (column strips coalesced),
// nothing else touched. The writes raise onChanged like any edit, so live validation re-checks
// the rows (they are not the validator's own Status writes).
import { fixAll, resolveTeam, COLUMN_KEYS, type Finding, type TeamProfile } from "../../invites";
import { writeInBatches } from "../excel/chunking";
import { cellWriteOps, type CellWrite } from "./cell-writes";
import { requireTable } from "../table/locate-table";
import { readRowCells } from "../table/read-rows";
import { WorkbookError, type RunExcel } from "../excel/run-excel";
import { excelJob } from "../excel/serialize";
import { firstRowNumber, sheetColumn, sheetRowOf } from "../table/geometry";
import type { WriteWatch } from "../undo";

/** Writes one finding's fix into its cell. `watch` sees the cell before and after (the pane's Undo). */
export function applyFix(run: RunExcel, finding: Finding, watch?: WriteWatch): Promise<void> {
  return excelJob(run, async (context) => {
    if (finding.fix === undefined || finding.column === null)
      throw new WorkbookError("This problem has no automatic fix: change the cell by hand.");
    const { layout, sheet } = await requireTable(context);
    const col = sheetColumn(layout, finding.column);
    const index = finding.row - firstRowNumber(layout);
    if (col === null || index < 0 || index >= layout.rowCount)
      throw new WorkbookError(`Row ${finding.row} is no longer in the invite table: run Re-check.`);
    const cell = [{ r0: finding.row - 1, r1: finding.row - 1, c0: col, c1: col }];
    await watch?.before(context, layout, cell);
    sheet.getRangeByIndexes(finding.row - 1, col, 1, 1).values = [[finding.fix]];
    await context.sync();
    await watch?.after(context, cell, layout.rowCount);
  });
}

export interface FixReport {
  /** Cells changed. */
  cells: number;
}

/** Applies every safe fix to the whole table, to a fixed point, as `invite-sheet fix` does (invites' fixAll). */
export function applyAllFixes(run: RunExcel, options: { team?: TeamProfile } = {}, watch?: WriteWatch): Promise<FixReport> {
  return excelJob(run, async (context) => {
    const { layout } = await requireTable(context);
    const first = firstRowNumber(layout);
    const rows = (await readRowCells(context, layout, 0, layout.rowCount)).map((c) => c.row);
    const fixed = fixAll(rows, resolveTeam(options.team), first).rows;
    const writes: CellWrite[] = [];
    fixed.forEach((row, i) => {
      const before = rows[i];
      if (!before || row === before) return;
      for (const key of COLUMN_KEYS) {
        const col = sheetColumn(layout, key);
        if (col !== null && row[key] !== before[key]) writes.push({ row: sheetRowOf(layout, i), col, value: row[key] });
      }
    });
    const cells = writes.map((w) => ({ r0: w.row, r1: w.row, c0: w.col, c1: w.col }));
    await watch?.before(context, layout, cells);
    await writeInBatches(context, layout.sheetName, cellWriteOps(writes));
    await watch?.after(context, cells, layout.rowCount);
    return { cells: writes.length };
  });
}
