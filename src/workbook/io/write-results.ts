// Submit results into Status: "Invited", "Failed: ...", "Skipped: ..." exactly as
// src/invites/row-status.ts formats them, so a later run (and validation, which never overwrites
// them) recognises them.
import { formatRowStatus, type RowStatus } from "../../invites";
import { writeInBatches } from "../excel/chunking";
import { cellWriteOps } from "./cell-writes";
import { requireTable } from "../table/locate-table";
import { WorkbookError, type RunExcel } from "../excel/run-excel";
import { excelJob } from "../excel/serialize";
import { firstRowNumber } from "../table/geometry";

export interface StatusResult {
  /** Sheet row number (header = the row above the first data row). */
  rowNumber: number;
  status: RowStatus;
}

export function writeStatuses(run: RunExcel, results: readonly StatusResult[]): Promise<void> {
  if (results.length === 0) return Promise.resolve();
  return excelJob(run, async (context) => {
    const { layout } = await requireTable(context);
    const first = firstRowNumber(layout);
    const col = layout.firstColumn + layout.status;
    const outside = results.find((r) => r.rowNumber < first || r.rowNumber >= first + layout.rowCount);
    if (outside) throw new WorkbookError(`Row ${outside.rowNumber} is not in the invite table any more; its result was: ${formatRowStatus(outside.status)}`);
    const writes = results.map((r) => ({ row: r.rowNumber - 1, col, value: formatRowStatus(r.status) }));
    await writeInBatches(context, layout.sheetName, cellWriteOps(writes));
  });
}
