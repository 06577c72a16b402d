// Fixes, applied as a user would make them: one write per fixed cell (vertical runs coalesced),
// nothing else touched. The writes raise onChanged like any edit, so live validation re-checks
// the rows (they are not the validator's own Status writes).
import { fixAll, resolveTeam, COLUMN_KEYS, type Finding, type TeamProfile } from "../invites";
import { writeInBatches } from "./chunking";
import { cellWriteOps, type CellWrite } from "./cell-writes";
import { requireTable } from "./locate-table";
import { readRowCells } from "./read-rows";
import { WorkbookError, type RunExcel } from "./run-excel";
import { serialized } from "./serialize";
import { firstRowNumber, sheetColumn } from "./sheet-layout";

/** Writes one finding's fix into its cell. */
export function applyFix(run: RunExcel, finding: Finding): Promise<void> {
  return serialized(run, () => run(async (context) => {
    if (finding.fix === undefined || finding.column === null) throw new WorkbookError("This problem has no automatic fix: change the cell by hand.");
    const { layout, sheet } = await requireTable(context);
    const col = sheetColumn(layout, finding.column);
    const index = finding.row - firstRowNumber(layout);
    if (col === null || index < 0 || index >= layout.rowCount) throw new WorkbookError(`Row ${finding.row} is no longer in the invite table: run Re-check.`);
    sheet.getRangeByIndexes(finding.row - 1, col, 1, 1).values = [[finding.fix]];
    await context.sync();
  }));
}

export interface FixReport {
  /** Cells changed. */
  cells: number;
}

/** Applies every safe fix to the whole table, to a fixed point, as `invite-sheet fix` does (invites' fixAll). */
export function applyAllFixes(run: RunExcel, options: { team?: TeamProfile } = {}): Promise<FixReport> {
  return serialized(run, () => run(async (context) => {
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
        if (col !== null && row[key] !== before[key]) writes.push({ row: layout.headerRow + 1 + i, col, value: row[key] });
      }
    });
    await writeInBatches(context, layout.sheetName, cellWriteOps(writes));
    return { cells: writes.length };
  }));
}
