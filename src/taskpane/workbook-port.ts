// The seam between the pane and the workbook layer (src/workbook). The pane controller calls only
// these functions; connect-workbook.ts builds them from a `run` function (Excel.run in Office,
// the simulator's run in the workbench). Everything here may talk to Excel; nothing else in
// src/taskpane does.
import type { ColumnKey, Finding, InviteRow, TeamProfile } from "../invites";
import type { ImportMode } from "./pane-model";

/** Passed to long work: stop when `signal` aborts (throw its reason), report progress as you go. */
export interface Work {
  signal: AbortSignal;
  onProgress(done: number, total: number | null): void;
}

export interface CheckResult {
  /** Non-blank data rows. */
  rows: number;
  findings: Finding[];
}

export interface CellEdit {
  /** Sheet row number (header = 1). */
  row: number;
  column: ColumnKey;
  value: string;
}

export interface WorkbookPort {
  /** Whether the invite sheet already exists (set up earlier, or adoptable). */
  hasSheet(): Promise<boolean>;
  /** Creates the invite sheet, or adopts an existing one; running it twice changes nothing. */
  setUpSheet(team: TeamProfile, work: Work): Promise<void>;
  /** Full check: reads every row, validates, and marks findings in the sheet (fills + Status). */
  check(team: TeamProfile, work: Work): Promise<CheckResult>;
  /** The data rows in sheet order (first = row 2), blank rows included. */
  readRows(work: Work): Promise<InviteRow[]>;
  /** Writes cell values (the fixes), as the add-in (not the user). */
  writeCells(edits: readonly CellEdit[], work: Work): Promise<void>;
  /** Appends rows after the last data row, or replaces all data rows. */
  importRows(rows: readonly InviteRow[], mode: ImportMode, work: Work): Promise<void>;
  selectCell(row: number, column: ColumnKey | null): Promise<void>;
  /**
   * Live validation: `onResult` receives a fresh check after the user's edits (not the add-in's
   * own writes). Resolves to a function that stops watching.
   */
  watch(team: () => TeamProfile, onResult: (result: CheckResult) => void, onError: (error: unknown) => void): Promise<() => Promise<void>>;
}
