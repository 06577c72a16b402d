// What the task pane's components receive: the state they show and the actions they call.
// Components never touch Excel or Office; the integration (pane-controller.ts over a
// WorkbookPort from connect-workbook.ts) satisfies these types from the workbook layer.
import type { ColumnKey, Finding, TeamProfile } from "../invites";
import type { ImportMode } from "../workbook";
import type { SubmitStore } from "./submit/submit-model";

export type { ImportMode } from "../workbook";

/**
 * Counts shown in the live summary, all of them rows (a row with three problems counts once):
 * `ready` = non-blank rows without errors; `withErrors` + `ready` = `rows`.
 */
export interface SummaryCounts {
  rows: number;
  ready: number;
  withErrors: number;
  withWarnings: number;
  /** Rows whose Status holds a submit result (Invited / Failed / Skipped). */
  submitted?: number;
  /** Rows below the list that hold data (not in the list until included). */
  outside?: { rows: number; rowNumbers: number[] } | null;
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
  | {
      ok: true;
      csv: string;
      fileName: string;
      rowCount: number;
      skippedRows: number[];
      /** A row in the file asks for a Support (Technician) license: the article's Enterprise note applies (console-notes.ts). */
      licenseNote: boolean;
    }
  | {
      ok: false;
      reason: string;
      rowsWithErrors: number[];
      /** Rows below the list that hold data: export waits until they are included or cleared. */
      rowsOutside?: number[];
    };

export interface ImportOutcome {
  rows: number;
  mode: ImportMode;
  /** Plain-words remarks from the CSV reader (encoding, delimiter, ignored columns). */
  notices: string[];
  /** Sheet rows to look at: more values than the file's header (kept whole), or damaged text. */
  flaggedRows?: number[];
}

/** The part of the pane an action's result belongs to: it is shown there, beside the button pressed. */
export type MessageSource = "sheet" | "setup" | "recheck" | "fix" | "export" | "import" | "team";

/**
 * The result of the latest action (or a problem found while watching the sheet), shown beside
 * the button that started it and announced by the pane's one polite live region. It goes when the
 * next action replaces it, when dismissed, or when what it describes changes: a person's edit
 * ends a `transient` one, and an edit of the cells an action changed ends its Undo offer.
 * Errors stay until dismissed or replaced.
 */
export interface PaneMessage {
  /** New for every message (a new message is announced even when its text repeats). */
  id: number;
  intent: "success" | "info" | "warning" | "error";
  text: string;
  source: MessageSource;
  /** Gone at the person's next edit of the sheet. */
  transient: boolean;
  /** The action can be undone: the Undo button's name, e.g. "Undo Fix all". */
  undo?: string;
}

export interface PaneState {
  /** True once the invite sheet exists in the workbook (set up or adopted). */
  sheetReady: boolean;
  /** null until the first check. */
  summary: SummaryCounts | null;
  /** Every finding, in sheet order. */
  findings: readonly Finding[];
  /** Set while long work runs; the buttons that start work are disabled meanwhile. */
  busy: Progress | null;
  /** The latest action's result or problem, in plain words. */
  message: PaneMessage | null;
  /** Counts the person's edits of the sheet seen so far (results shown outside `message` expire on a change). */
  edits: number;
  team: TeamProfile;
}

export interface PaneActions {
  setUpSheet(): Promise<void>;
  recheck(): Promise<void>;
  /** Makes the rows below the list that hold data part of it. */
  includeRowsBelow(): Promise<void>;
  applyFix(finding: Finding): Promise<void>;
  /** Every safe fix (spaces, spellings) in the whole table. */
  applyAllFixes(): Promise<void>;
  /** Undoes the action the current message offers to undo (Fix, Fix all, Import). */
  undo(): Promise<void>;
  /** Re-checks first; refuses (ok: false, with the reason) while errors remain unless skipInvalid; null when it failed (see `error`). */
  exportCsv(options: { skipInvalid: boolean }): Promise<ExportOutcome | null>;
  /** null when the file could not be read or written (see `error`). */
  importCsv(file: Blob, mode: ImportMode): Promise<ImportOutcome | null>;
  /** `row` is the sheet row number (header = 1); a null column selects the row's first cell. */
  selectCell(row: number, column: ColumnKey | null): Promise<void>;
  setTeam(profile: TeamProfile): Promise<void>;
  /** Stops the long work in progress (if it is cancellable). */
  cancel(): void;
  dismissMessage(): void;
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
