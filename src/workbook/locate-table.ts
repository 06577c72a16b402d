// Finding the invite table: by its name, in one sync. Everything else starts from here.
import { parseArea } from "./a1";
import { layoutFromTable, TABLE_NAME, type TableLayout } from "./sheet-layout";
import { WorkbookError, type RunExcel } from "./run-excel";
import { serialized } from "./serialize";
import { cellText } from "./cell-text";

export interface LocatedTable {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  layout: TableLayout;
}

/** Queues the loads that describe the table; call `describe` after the sync. */
export function queueTableLoad(context: Excel.RequestContext): { table: Excel.Table; describe(): LocatedTable | null } {
  const table = context.workbook.tables.getItemOrNullObject(TABLE_NAME);
  const range = table.getRange().load("address, rowIndex, columnIndex, rowCount");
  const header = table.getHeaderRowRange().load("values");
  const sheet = table.worksheet.load("name");
  return {
    table,
    describe() {
      if (table.isNullObject) return null;
      const headers = (header.values[0] ?? []).map(cellText);
      const layout = layoutFromTable(sheet.name, TABLE_NAME, range.rowIndex, range.columnIndex, headers, range.rowCount - 1);
      return { table, sheet, layout };
    },
  };
}

export async function findTable(context: Excel.RequestContext): Promise<LocatedTable | null> {
  const pending = queueTableLoad(context);
  await context.sync();
  return pending.describe();
}

export async function requireTable(context: Excel.RequestContext): Promise<LocatedTable> {
  const found = await findTable(context);
  if (!found) throw new WorkbookError("There is no invite sheet in this workbook yet: click Set up sheet first.");
  return found;
}

/** The table's current extent from a loaded Range.address (rows are 0-based sheet rows). */
export function extentOf(address: string): { headerRow: number; lastRow: number } | null {
  const rect = parseArea(address);
  return rect ? { headerRow: rect.r0, lastRow: rect.r1 } : null;
}

/** Whether the workbook has the invite table (the pane starts live validation when it does). */
export function hasInviteTable(run: RunExcel): Promise<boolean> {
  return serialized(run, () => run(async (context) => (await findTable(context)) !== null));
}
