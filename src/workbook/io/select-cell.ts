// Taking the user to a finding's cell (the Status cell for whole-row findings).
import type { ColumnKey } from "../../invites";
import { requireTable } from "../table/locate-table";
import { WorkbookError, type RunExcel } from "../excel/run-excel";
import { excelJob } from "../excel/serialize";
import { sheetColumn } from "../table/geometry";

export function selectCell(run: RunExcel, row: number, column: ColumnKey | null): Promise<void> {
  return excelJob(run, async (context) => {
    const { layout, sheet } = await requireTable(context);
    const col = sheetColumn(layout, column) ?? layout.firstColumn + layout.status;
    if (row < layout.headerRow + 1) throw new WorkbookError(`Row ${row} is above the invite table.`);
    sheet.activate();
    sheet.getRangeByIndexes(row - 1, col, 1, 1).select();
    await context.sync();
  });
}
