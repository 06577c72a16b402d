// What the pane and the workbook's other operations get from live validation: copies, never the
// view's own arrays. A summary after every round; a snapshot (every row, Status and finding) from
// a re-check, which export, submit and Fix all work from without reading the sheet again.
import type { Finding, InviteRow, SubmitRecord } from "../../invites";
import { firstRowNumber } from "../table/geometry";
import type { SheetView } from "./sheet-view";

/** Rows below the table that hold data: people the user sees but the list does not have. */
export interface OutsideRowsSummary {
  /** How many rows. */
  rows: number;
  /** Their row numbers (1-based, ascending). */
  rowNumbers: number[];
}

export interface SheetSummary {
  /** Non-blank data rows. */
  rows: number;
  /** Non-blank rows without errors (warnings allowed). */
  ready: number;
  /** Rows whose Status holds a submit result (Invited / Failed / Skipped). */
  submitted: number;
  errors: number;
  warnings: number;
  rowsWithErrors: number;
  /** Row number of the first data row (the header is the row above). */
  firstRow: number;
  findings: readonly Finding[];
  /** Rows below the list with data in its columns, or null when there are none. */
  outside: OutsideRowsSummary | null;
}

export interface SheetSnapshot {
  summary: SheetSummary;
  /** Row number of rows[0]. */
  firstRow: number;
  /** Every data row in sheet order, blank rows included. */
  rows: InviteRow[];
  /** Each row's Status cell. */
  statuses: string[];
  /** Every finding, by row and column. */
  findings: readonly Finding[];
  /** The submit records kept in the workbook, by folded address. */
  records: ReadonlyMap<string, SubmitRecord>;
}

export function describeSummary(view: SheetView, outsideSheetRows: readonly number[]): SheetSummary {
  const counts = view.counts();
  const findings = view.sheet.allFindings();
  const firstRow = firstRowNumber(view.layout);
  const outside = outsideSheetRows.length ? { rows: outsideSheetRows.length, rowNumbers: outsideSheetRows.map((r) => r + 1) } : null;
  return { ...counts, firstRow, findings, outside };
}

export function describeSnapshot(
  view: SheetView,
  outsideSheetRows: readonly number[],
  records: ReadonlyMap<string, SubmitRecord>,
): SheetSnapshot {
  const summary = describeSummary(view, outsideSheetRows);
  const rows: InviteRow[] = [];
  const statuses: string[] = [];
  for (let i = 0; i < view.length; i++) {
    rows.push({ ...view.row(i) });
    statuses.push(view.status(i));
  }
  return { summary, firstRow: summary.firstRow, rows, statuses, findings: summary.findings, records: new Map(records) };
}
