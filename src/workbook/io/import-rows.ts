// Importing rows (from src/csv) into the table: "append" after the last row that holds anything,
// or "replace" every data row. Existing rows are written in place (blank rows at the end are
// filled first), more rows are added with TableRowCollection.add, which takes many rows at once
// and gives them the formats and dropdowns of the row above:
// https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
// Writes go under the per-sync byte budget. Live validation sees them as changes and checks them.
import { COLUMN_KEYS, emptyRow, isBlankRow, type ColumnKey, type InviteRow } from "../../invites";
import { areaAddress } from "../excel/a1";
import { ACTION_BYTES, batchByBytes, cellBytes } from "../excel/chunking";
import { requireTable } from "../table/locate-table";
import { readRowCells } from "../table/read-rows";
import type { RunExcel } from "../excel/run-excel";
import { excelJob } from "../excel/serialize";
import { bodyRect, firstRowNumber } from "../table/geometry";
import type { TableLayout } from "../table/sheet-layout";
import type { WriteWatch } from "../undo";

export type ImportMode = "append" | "replace";

export interface ImportReport {
  /** Sheet row number of the first imported row. */
  firstRow: number;
  rows: number;
}

/** Table-width cells for a row: our columns from the row, Status blank, other columns `other` (null: left as they are). */
function cellsFor(layout: TableLayout, row: InviteRow, other: "" | null): (string | null)[] {
  const byOffset = new Map<number, ColumnKey>();
  for (const key of COLUMN_KEYS) {
    const offset = layout.columns[key];
    if (offset !== undefined) byOffset.set(offset, key);
  }
  return layout.headers.map((_, offset) => {
    const key = byOffset.get(offset);
    if (key) return row[key];
    return offset === layout.status ? "" : other;
  });
}

/** Whether the table has columns that are neither ours nor Status (the user's own). */
function hasOwnColumns(layout: TableLayout): boolean {
  return layout.headers.length > Object.keys(layout.columns).length + 1;
}

const rowBytes = (cells: readonly (string | null)[]) => cells.reduce((n, c) => n + cellBytes(c) + 1, 2);

type Op = { bytes: number; queue(table: Excel.Table, sheet: Excel.Worksheet): void };

function overwriteOps(layout: TableLayout, start: number, rows: readonly InviteRow[], other: "" | null): Op[] {
  const ops: Op[] = [];
  const values = rows.map((r) => cellsFor(layout, r, other));
  for (const batch of batchByBytes(
    values.map((v, i) => ({ v, i, bytes: rowBytes(v) })),
    1024 * 1024,
  )) {
    const first = start + (batch[0]?.i ?? 0);
    const address = areaAddress(bodyRect(layout, first, first + batch.length));
    const grid = batch.map((b) => b.v);
    ops.push({
      bytes: ACTION_BYTES + address.length + batch.reduce((n, b) => n + b.bytes, 0),
      queue: (_t, sheet) => {
        sheet.getRange(address).values = grid;
      },
    });
  }
  return ops;
}

function addOps(layout: TableLayout, rows: readonly InviteRow[]): Op[] {
  const values = rows.map((r) => cellsFor(layout, r, "").map((c) => c ?? ""));
  return batchByBytes(
    values.map((v) => ({ v, bytes: rowBytes(v) })),
    1024 * 1024,
  ).map((batch) => {
    const grid = batch.map((b) => b.v);
    return {
      bytes: ACTION_BYTES + batch.reduce((n, b) => n + b.bytes, 0),
      queue: (table) => {
        table.rows.add(undefined, grid);
      },
    };
  });
}

/** `watch` sees the rows the import changes, before and after (the pane's Undo). */
export function importRows(run: RunExcel, rows: readonly InviteRow[], mode: ImportMode, watch?: WriteWatch): Promise<ImportReport> {
  return excelJob(run, async (context) => {
    const { layout, table, sheet } = await requireTable(context);
    const existing = layout.rowCount;
    let start = 0;
    if (mode === "append") {
      const cells = await readRowCells(context, layout, 0, existing);
      let last = cells.length - 1;
      while (last >= 0 && isBlankRow((cells[last] as (typeof cells)[number]).row) && !(cells[last] as (typeof cells)[number]).status)
        last--;
      start = last + 1;
    }
    const inPlace = Math.min(rows.length, existing - start);
    // The user's own columns in the table (Notes...) are theirs: never written, in either mode.
    const ops: Op[] = [...overwriteOps(layout, start, rows.slice(0, inPlace), null), ...addOps(layout, rows.slice(inPlace))];
    let rowsAfter = mode === "replace" ? Math.max(rows.length, 1) : Math.max(existing, start + rows.length);
    if (mode === "replace" && rows.length < existing) {
      const keep = Math.max(rows.length, 1);
      const blank = emptyRow();
      if (rows.length === 0) ops.push(...overwriteOps(layout, 0, [blank], null));
      if (existing > keep && hasOwnColumns(layout)) {
        // Rows beyond the import lose their invite cells; deleting them would delete the user's columns too.
        ops.push(
          ...overwriteOps(
            layout,
            keep,
            Array.from({ length: existing - keep }, () => blank),
            null,
          ),
        );
        rowsAfter = existing;
      } else if (existing > keep) {
        // Rows beyond the import go; a table keeps at least one data row, left blank.
        const address = areaAddress(bodyRect(layout, keep, existing));
        ops.push({ bytes: ACTION_BYTES + address.length, queue: (_t, s) => s.getRange(address).delete("Up") });
      }
    }
    const body = (count: number) => (count > start ? [bodyRect(layout, start, count)] : []);
    await watch?.before(context, layout, body(existing));
    for (const batch of batchByBytes(ops)) {
      for (const op of batch) op.queue(table, sheet);
      await context.sync();
    }
    await watch?.after(context, body(rowsAfter), rowsAfter);
    return { firstRow: firstRowNumber(layout) + start, rows: rows.length };
  });
}
