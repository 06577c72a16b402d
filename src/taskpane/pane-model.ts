// What the task pane's components receive: the state they show and the actions they call.
// Components never touch Excel or Office; the integration (pane-controller.ts over a
// WorkbookPort from connect-workbook.ts) satisfies these types from the workbook layer.
import type { ColumnKey, Finding, TeamProfile } from "../invites";
import type { ImportMode } from "../workbook";
import type { SubmitStore } from "./submit/submit-model";

export type { ImportMode } from "../workbook";

/** Counts shown in the live summary. `ready` = non-blank rows without errors. */
export interface Summary {
  rows: number;
  ready: number;
  errors: number;
  warnings: number;
  /** Rows whose Status holds a submit result (Invited / Failed / Skipped). */
  submitted?: number;
}

/** Long work in progress. `total` null = indeterminate. */
export interface Progress {
  label: string;
  done: number;
  total: number | null;
  /** Whether the work stops when the user presses Cancel. */
  cancellable: boolean;
}

export type ExportOutcome =
  | { ok: true; csv: string; fileName: string; rowCount: number; skippedRows: number[] }
  | { ok: false; reason: string; rowsWithErrors: number[] };

export interface ImportOutcome {
  rows: number;
  mode: ImportMode;
  /** Plain-words remarks from the CSV reader (encoding, delimiter, ignored columns). */
  notices: string[];
  /** Sheet rows to look at: more values than the file's header (kept whole), or damaged text. */
  flaggedRows?: number[];
}

/** A message the pane shows until dismissed or replaced. */
export interface Notice {
  intent: "success" | "info" | "warning";
  text: string;
}

export interface PaneState {
  /** True once the invite sheet exists in the workbook (set up or adopted). */
  sheetReady: boolean;
  /** null until the first check. */
  summary: Summary | null;
  /** Every finding, in sheet order. */
  findings: readonly Finding[];
  /** Set while long work runs; the buttons that start work are disabled meanwhile. */
  busy: Progress | null;
  /** What went wrong, in plain words. Never cleared silently: the user dismisses it or the next action replaces it. */
  error: string | null;
  notice: Notice | null;
  team: TeamProfile;
}

export interface PaneActions {
  setUpSheet(): Promise<void>;
  recheck(): Promise<void>;
  applyFix(finding: Finding): Promise<void>;
  /** Every safe fix (spaces, spellings) in the whole table. */
  applyAllFixes(): Promise<void>;
  /** Re-checks first; refuses (ok: false, with the reason) while errors remain unless skipInvalid; null when it failed (see `error`). */
  exportCsv(options: { skipInvalid: boolean }): Promise<ExportOutcome | null>;
  /** null when the file could not be read or written (see `error`). */
  importCsv(file: Blob, mode: ImportMode): Promise<ImportOutcome | null>;
  /** `row` is the sheet row number (header = 1); a null column selects the row's first cell. */
  selectCell(row: number, column: ColumnKey | null): Promise<void>;
  setTeam(profile: TeamProfile): Promise<void>;
  /** Stops the long work in progress (if it is cancellable). */
  cancel(): void;
  dismissError(): void;
  dismissNotice(): void;
}

/** Files and clipboard, as the host allows (browser-files.ts in production, fakes in tests). */
export interface PaneEnvironment {
  /** Whether saving a file works here (Office on Mac and iPad ignores downloads from the pane). */
  canDownload: boolean;
  download(fileName: string, text: string): void;
  /** Rejects when the host blocks the clipboard. */
  copyText(text: string): Promise<void>;
}

/** The pane's state and actions, observable (useSyncExternalStore). */
export interface PaneStore {
  getState(): PaneState;
  subscribe(listener: () => void): () => void;
  actions: PaneActions;
  /**
   * Submit to Splashtop: loads the client and its controller the first time (a separate chunk)
   * and returns the same store every time after, so the session lives as long as the pane.
   * Absent where the pane cannot submit.
   */
  loadSubmit?: () => Promise<SubmitStore>;
}
