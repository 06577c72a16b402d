// The invite table's look and input rules, applied the same way on every Set up (so running it
// twice changes nothing): text number format on the input columns (so "0012" or "=x" stay as
// typed; https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member),
// a bold header, frozen header row, and the dropdowns. Widths only for columns the add-in created.
import { COLUMN_KEYS } from "../../invites";
import { queueDropdowns } from "./dropdowns";
import type { TableLayout } from "../table/sheet-layout";

const TEXT_FORMAT = "@";
export const STATUS_WIDTH = 420;

export interface FormatOptions {
  /** Column widths in points by table-column offset (only for columns the add-in created). */
  widths?: ReadonlyMap<number, number>;
  groupSource: string | null;
}

export function queueTableFormat(table: Excel.Table, sheet: Excel.Worksheet, layout: TableLayout, options: FormatOptions): void {
  for (const key of COLUMN_KEYS) {
    const offset = layout.columns[key];
    if (offset !== undefined) table.columns.getItemAt(offset).getDataBodyRange().numberFormat = [[TEXT_FORMAT]];
  }
  table.columns.getItemAt(layout.status).getDataBodyRange().numberFormat = [[TEXT_FORMAT]];
  table.getHeaderRowRange().format.font.bold = true;
  for (const [offset, points] of options.widths ?? []) table.columns.getItemAt(offset).getRange().format.columnWidth = points;
  sheet.freezePanes.freezeRows(layout.headerRow + 1);
  queueDropdowns(table, layout, options.groupSource);
}
