// The workbook layer: the only code that touches Excel. Every operation takes `run` first
// (Excel.run in Office, the simulator's run elsewhere) and runs after the previous one on the same
// `run` has finished, so a validation round never interleaves with a fix, an import or a submit
// result. Problems the user can act on are WorkbookError with a plain message; Office errors
// propagate unchanged.
//
//   excel/   Excel plumbing: Excel.run with delayForCellEdit, A1 addresses, chunked reads and
//            writes under the payload limit, requirement sets
//   table/   where the invite table is and what its columns are (layout, geometry, reading rows)
//   setup/   Set up sheet: create or adopt the table, formats, dropdowns, the hidden lists sheet
//   live/    live validation (its index.ts walks a typed cell to its fill and Status)
//   io/      what the pane does to the sheet: fixes, imports, selecting a cell
//   results/ submit results kept by person on the hidden sheet, and the one-sender lease
//   undo/    the pane's Undo for Fix, Fix all and Import (before-images of the cells they change)
import { hasInviteTable } from "./table/locate-table";
import { applyAllFixes, applyFix } from "./io/apply-fixes";
import { importRows } from "./io/import-rows";
import { applyAllFixesUndoable, applyFixUndoable, importRowsUndoable, undoAction } from "./undo";
import { selectCell } from "./io/select-cell";
import { acquireLease, releaseLease, renewLease } from "./results/lease";
import { startLiveValidation } from "./live";
import { setUpSheet } from "./setup/set-up-sheet";
import type { RunExcel } from "./excel/run-excel";

/**
 * Every operation the pane may call. The pane's port (`bindWorkbook`) is derived from this object,
 * so adding an action means adding it here and nowhere else.
 */
const workbookActions = {
  /** Whether the invite table exists (set up earlier). */
  hasSheet: hasInviteTable,
  /** Creates the invite sheet, adopts the current sheet when its headers are recognisable, or re-applies formats (idempotent). */
  setUpSheet,
  /** Checks every row, marks findings in the sheet, and keeps doing so as the sheet changes. */
  startLiveValidation,
  /** A finding's fix into its cell; returns what undoes it. */
  applyFix: applyFixUndoable,
  /** Every safe fix; returns the report and what undoes it. */
  applyAllFixes: applyAllFixesUndoable,
  /** CSV rows appended or replacing the table's; returns the report and what undoes it. */
  importRows: importRowsUndoable,
  /** Puts back what an action changed, or refuses in plain words when those cells changed since. */
  undo: undoAction,
  /** `row` is the sheet row number; a null column selects the row's Status cell. */
  selectCell,
  /** The workbook's one-sender lease for submitting (results/lease.ts). */
  acquireLease,
  renewLease,
  releaseLease,
};

type Bound<F> = F extends (run: RunExcel, ...args: infer A) => infer R ? (...args: A) => R : never;

/** The workbook operations with `run` already bound: what the pane holds. */
export type WorkbookPort = { [K in keyof typeof workbookActions]: Bound<(typeof workbookActions)[K]> };

export function bindWorkbook(run: RunExcel): WorkbookPort {
  const port: Record<string, unknown> = {};
  for (const [name, action] of Object.entries(workbookActions)) {
    port[name] = (...args: unknown[]) => (action as (run: RunExcel, ...rest: unknown[]) => unknown)(run, ...args);
  }
  return port as WorkbookPort;
}

export {
  hasInviteTable,
  setUpSheet,
  startLiveValidation,
  applyFix,
  applyAllFixes,
  importRows,
  selectCell,
  acquireLease,
  renewLease,
  releaseLease,
};
export type { Lease, LeaseClock, LeaseOutcome } from "./results/lease";
export { WorkbookError, type RunExcel } from "./excel/run-excel";
export { undoTouches, type UndoEntry, type UndoOutcome } from "./undo";
export type { SetUpOptions, SetUpResult } from "./setup/set-up-sheet";
export * from "./live";
export type { FixReport } from "./io/apply-fixes";
export type { ImportMode, ImportReport } from "./io/import-rows";
export { DEFAULT_SHEET_NAME, LISTS_SHEET_NAME, TABLE_NAME } from "./table/sheet-layout";
