// Finding the invite table: by its name, in one sync. Everything else starts from here.
import { WorkbookError, type RunExcel } from "../excel/run-excel";
import { excelJob } from "../excel/serialize";
import { cellText } from "../excel/cell-text";
import { layoutFromTable, TABLE_NAME, type TableLayout } from "./sheet-layout";

export interface LocatedTable {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  layout: TableLayout;
  /** Last 0-based sheet row holding a value (the sheet's used range, values only); null when not asked for. */
  lastUsedRow: number | null;
}

/**
 * Queues the loads that describe the table; call `describe` after the sync. With `usedRange`, also
 * how far down the sheet holds values (a full check looks for rows left below the table).
 */
export function queueTableLoad(
  context: Excel.RequestContext,
  options: { usedRange?: boolean } = {},
): { table: Excel.Table; describe(): LocatedTable | null } {
  const table = context.workbook.tables.getItemOrNullObject(TABLE_NAME);
  const range = table.getRange().load("rowIndex, columnIndex, rowCount");
  const header = table.getHeaderRowRange().load("values");
  const sheet = table.worksheet.load("name");
  // In the same sync: how far down the sheet holds values, to find rows left below the table.
  const used = options.usedRange ? sheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount") : null;
  return {
    table,
    describe() {
      if (table.isNullObject) return null;
      const headers = (header.values[0] ?? []).map(cellText);
      const layout = layoutFromTable(sheet.name, TABLE_NAME, range.rowIndex, range.columnIndex, headers, range.rowCount - 1);
      const lastUsedRow = !used ? null : used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1;
      return { table, sheet, layout, lastUsedRow };
    },
  };
}

export async function findTable(context: Excel.RequestContext, options: { usedRange?: boolean } = {}): Promise<LocatedTable | null> {
  const pending = queueTableLoad(context, options);
  await context.sync();
  return pending.describe();
}

export async function requireTable(context: Excel.RequestContext, options: { usedRange?: boolean } = {}): Promise<LocatedTable> {
  const found = await findTable(context, options);
  if (!found) throw new WorkbookError("There is no invite sheet in this workbook yet: click Set up sheet first.");
  return found;
}

/** Whether the workbook has the invite table (the pane starts live validation when it does). */
export function hasInviteTable(run: RunExcel): Promise<boolean> {
  return excelJob(run, async (context) => (await findTable(context)) !== null);
}
