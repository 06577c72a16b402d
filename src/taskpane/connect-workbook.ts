// The pane's WorkbookPort over the workbook layer: the only module of the pane that holds `run`
// (Excel.run in Office, the simulator's run in the workbench). The workbook layer serialises its
// operations per `run` function, so every call here passes the same one.
import {
  hasInviteTable,
  readRowsForExport,
  selectCell,
  setUpSheet,
  startLiveValidation,
  writeStatuses,
  type RunExcel,
} from "../workbook";
import { applyAllFixesUndoable, applyFixUndoable, importRowsUndoable, undoAction } from "../workbook/undo";
import type { WorkbookPort } from "./workbook-port";

export type { RunExcel } from "../workbook";

export function connectWorkbook(run: RunExcel): WorkbookPort {
  return {
    hasSheet: () => hasInviteTable(run),
    setUpSheet: (team) => setUpSheet(run, { team }),
    startLiveValidation: (options) => startLiveValidation(run, options),
    applyFix: (finding) => applyFixUndoable(run, finding),
    applyAllFixes: (team) => applyAllFixesUndoable(run, { team }),
    readRows: () => readRowsForExport(run),
    writeStatuses: (results) => writeStatuses(run, results),
    importRows: (rows, mode) => importRowsUndoable(run, rows, mode),
    undo: (entry) => undoAction(run, entry),
    selectCell: (row, column) => selectCell(run, row, column),
  };
}
