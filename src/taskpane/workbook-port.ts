// The seam between the pane and the workbook layer (src/workbook): the workbook API with `run`
// already bound, so the pane controller never sees Excel.run. connect-workbook.ts builds it (the
// one place that holds `run`: Excel.run in Office, the simulator's run in the workbench); tests
// may pass a fake to drive the controller through slow or failing work.
import type { ColumnKey, Finding, InviteRow, TeamProfile } from "../invites";
import type {
  FixReport,
  ImportMode,
  ImportReport,
  LiveValidation,
  LiveValidationOptions,
  SetUpResult,
  SheetRows,
  StatusResult,
} from "../workbook";
import type { UndoEntry, UndoOutcome } from "../workbook/undo";

export interface WorkbookPort {
  /** Whether the invite table exists (set up earlier). */
  hasSheet(): Promise<boolean>;
  /** Creates the invite sheet, adopts the current sheet when its headers are recognisable, or re-applies formats (idempotent). */
  setUpSheet(team: TeamProfile): Promise<SetUpResult>;
  /** Checks every row, marks findings in the sheet, and keeps doing so as the sheet changes. */
  startLiveValidation(options: LiveValidationOptions): Promise<LiveValidation>;
  /** The fix, and what undoes it. */
  applyFix(finding: Finding): Promise<UndoEntry | null>;
  applyAllFixes(team: TeamProfile): Promise<{ report: FixReport; undo: UndoEntry | null }>;
  /** The table's rows in sheet order with their Status text. */
  readRows(): Promise<SheetRows>;
  /** Submit results into Status. */
  writeStatuses(results: readonly StatusResult[]): Promise<void>;
  importRows(rows: readonly InviteRow[], mode: ImportMode): Promise<{ report: ImportReport; undo: UndoEntry | null }>;
  /** Puts back what an action changed, or refuses when those cells changed since. */
  undo(entry: UndoEntry): Promise<UndoOutcome>;
  /** `row` is the sheet row number; a null column selects the row's Status cell. */
  selectCell(row: number, column: ColumnKey | null): Promise<void>;
}
