// Where things are: the invite table's name, its columns (ours, recognised by header aliases from
// src/invites, and the user's own, left alone), and the Status column the add-in owns.
import { COLUMN_KEYS, columnForHeader, EXPORT_HEADERS, isStatusHeader, STATUS_HEADER, type ColumnKey } from "../../invites";
import { WorkbookError } from "../excel/run-excel";

export const DEFAULT_SHEET_NAME = "Invites";
export const TABLE_NAME = "InviteSheet";
export const LISTS_SHEET_NAME = "InviteSheetLists";

/** The header row a new sheet gets: the export headers in the article's order, then Status. */
export const NEW_SHEET_HEADERS: readonly string[] = [...COLUMN_KEYS.map((key) => EXPORT_HEADERS[key]), STATUS_HEADER];

/** Column widths in points for a new sheet (account and Status need room). */
export const NEW_SHEET_WIDTHS: readonly number[] = [190, 110, 140, 90, 70, 420];

export interface TableLayout {
  sheetName: string;
  tableName: string;
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  /** Header texts, one per table column. */
  headers: string[];
  /** Offset within the table of each of our columns the table has (adopted sheets may lack some). */
  columns: Partial<Record<ColumnKey, number>>;
  /** Offset within the table of the Status column. */
  status: number;
  /** Data rows in the table. */
  rowCount: number;
}

export function recognisedColumns(headers: readonly string[]): Partial<Record<ColumnKey, number>> {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const ranks: Partial<Record<ColumnKey, number>> = {};
  headers.forEach((header, offset) => {
    const match = columnForHeader(header);
    if (!match) return;
    // The most specific name wins ("Display name" over "Name"); on a tie the first column does.
    // The other column stays the user's own, untouched.
    const rank = ranks[match.key];
    if (rank === undefined || match.rank < rank) {
      columns[match.key] = offset;
      ranks[match.key] = match.rank;
    }
  });
  return columns;
}

export function statusOffset(headers: readonly string[]): number {
  return headers.findIndex((h) => isStatusHeader(h));
}

/** True when a header row is ours to adopt: the account column, or at least two of our columns. */
export function isRecognisable(headers: readonly string[]): boolean {
  const columns = recognisedColumns(headers);
  return columns.account !== undefined || Object.keys(columns).length >= 2;
}

export function layoutFromTable(
  sheetName: string,
  tableName: string,
  headerRow: number,
  firstColumn: number,
  headers: string[],
  rowCount: number,
): TableLayout {
  const status = statusOffset(headers);
  const columns = recognisedColumns(headers);
  if (status < 0 || Object.keys(columns).length === 0) {
    throw new WorkbookError(
      `The table ${tableName} on ${sheetName} no longer has its headers (Status and the invite columns). Run Set up sheet again.`,
    );
  }
  return { sheetName, tableName, headerRow, firstColumn, headers, columns, status, rowCount };
}

/** Table-column offsets that carry highlights: our input columns, then Status (whole-row findings). */
export function highlightOffsets(layout: TableLayout): number[] {
  const out: number[] = [];
  for (const key of COLUMN_KEYS) {
    const offset = layout.columns[key];
    if (offset !== undefined) out.push(offset);
  }
  out.push(layout.status);
  return out;
}

/** Where a table is and what its headers say (not how many rows it has). */
export type TablePlace = Pick<TableLayout, "sheetName" | "headerRow" | "firstColumn" | "headers">;

export function sameShape(a: TablePlace, b: TablePlace): boolean {
  return (
    a.sheetName === b.sheetName &&
    a.headerRow === b.headerRow &&
    a.firstColumn === b.firstColumn &&
    a.headers.length === b.headers.length &&
    a.headers.every((h, i) => h === b.headers[i])
  );
}
