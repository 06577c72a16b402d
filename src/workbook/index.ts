// The workbook layer: the only code that touches Excel. The pane calls only what is exported here,
// each taking `run` (Excel.run in Office, the simulator's run elsewhere).
//
//   setUpSheet(run, { team? })                  -> SetUpResult   create, adopt, or re-apply (idempotent)
//   startLiveValidation(run, { team?, onSummary?, onError? })
//                                               -> LiveValidation { recheck(), setTeam(profile), stop(), summary(), counters }
//   applyFix(run, finding)                      -> void          one finding's fix into its cell
//   applyAllFixes(run, { team? })               -> FixReport     every safe fix, changed cells only
//   readRowsForExport(run)                      -> SheetRows     rows in sheet order with row numbers and Status
//   writeStatuses(run, [{ rowNumber, status }]) -> void          submit results into Status
//   importRows(run, rows, "append" | "replace") -> ImportReport
//   selectCell(run, rowNumber, column | null)   -> void
//   hasInviteTable(run)                         -> boolean       whether the invite table exists
//
// Every operation runs after the previous one on the same `run` has finished, so a validation
// round never interleaves with a fix, an import or a submit result. Problems the user can act on
// are WorkbookError with a plain message; Office errors propagate unchanged.
export type { RunExcel } from "./run-excel";
export { WorkbookError } from "./run-excel";
export { setUpSheet, type SetUpOptions, type SetUpResult } from "./set-up-sheet";
export { startLiveValidation, type LiveValidation, type LiveValidationCounters, type LiveValidationOptions } from "./live-validation";
export type { SheetSummary } from "./sheet-index";
export { applyFix, applyAllFixes, type FixReport } from "./apply-fixes";
export { readRowsForExport, type SheetRows } from "./read-rows";
export { writeStatuses, type StatusResult } from "./write-results";
export { importRows, type ImportMode, type ImportReport } from "./import-rows";
export { selectCell } from "./select-cell";
export { hasInviteTable } from "./locate-table";
export { ERROR_FILL, WARNING_FILL } from "./highlights";
export { DEFAULT_SHEET_NAME, LISTS_SHEET_NAME, TABLE_NAME } from "./sheet-layout";
