// Undo for the pane's own actions (Fix, Fix all, Import): each runs as before, with a WriteWatch
// that records the cells it changes, and returns the entry Undo needs.
//
//   applyFixUndoable(run, finding)          -> UndoEntry | null
//   applyAllFixesUndoable(run, { team })    -> { report: FixReport, undo: UndoEntry | null }
//   importRowsUndoable(run, rows, mode)     -> { report: ImportReport, undo: UndoEntry | null }
//   undoAction(run, entry)                  -> { ok: true, cells } | { ok: false, reason }
import type { Finding, InviteRow, TeamProfile } from "../../invites";
import { applyAllFixes, applyFix, type FixReport } from "../io/apply-fixes";
import { importRows, type ImportMode, type ImportReport } from "../io/import-rows";
import type { RunExcel } from "../excel/run-excel";
import { recordWrites } from "./record-writes";
import type { UndoEntry } from "./undo-entry";

export { undoAction, type UndoOutcome } from "./undo-action";
export { undoTouches, type UndoEntry } from "./undo-entry";
export type { WriteWatch } from "./write-watch";

export async function applyFixUndoable(run: RunExcel, finding: Finding, action = "the fix"): Promise<UndoEntry | null> {
  const recorder = recordWrites(action);
  await applyFix(run, finding, recorder.watch);
  return recorder.entry();
}

export async function applyAllFixesUndoable(
  run: RunExcel,
  options: { team?: TeamProfile } = {},
): Promise<{ report: FixReport; undo: UndoEntry | null }> {
  const recorder = recordWrites("Fix all");
  const report = await applyAllFixes(run, options, recorder.watch);
  return { report, undo: recorder.entry() };
}

export async function importRowsUndoable(
  run: RunExcel,
  rows: readonly InviteRow[],
  mode: ImportMode,
): Promise<{ report: ImportReport; undo: UndoEntry | null }> {
  const recorder = recordWrites("the import");
  const report = await importRows(run, rows, mode, recorder.watch);
  return { report, undo: recorder.entry() };
}
