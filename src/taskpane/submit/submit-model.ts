// What the Submit-to-Splashtop part of the pane shows and the actions it calls. Types only: the
// client (src/splashtop) and its controller load in a separate chunk the first time the section
// opens (pane-controller.ts `loadSubmit`).
import type { ProfileField, Region, SubmitReport } from "../../splashtop";

export type { ProfileField, Region } from "../../splashtop";

/** Who the token belongs to. The token itself is never part of any state. */
export interface Connection {
  region: Region;
  email: string;
  teamId: string;
  /** The role as the API names it (null when it did not say). */
  role: string | null;
}

export interface SkippedPreview {
  rowNumber: number;
  account: string;
  reason: string;
}

/** What a submit will do, shown before anything is sent. */
export interface SubmitPreview {
  /** "failed": Retry failed (only rows whose Status says Failed). */
  scope: "all" | "failed";
  send: number;
  byLicense: { access: number; support: number };
  skipped: SkippedPreview[];
  /** Failed rows not sent again (sending again would fail the same way), with why. */
  leftOut: SkippedPreview[];
  /** Rows already invited (their record still matches): left alone. */
  alreadyInvited: number;
  /** Splashtop did not say which scopes the token has: what to do if the invite call is refused (null when it did). */
  scopeNote: string | null;
}

/** A result that has no row to show it in: the row moved out of the list or was deleted meanwhile. */
export interface UnplacedResult {
  account: string;
  text: string;
}

/**
 * "Download failed rows": the rows of the last submit that did not go in (failed or skipped, and
 * failures not sent again), as a CSV with a Reason column, ready to fix and import again.
 */
export interface FailedRowsFile {
  fileName: string;
  /** The file's text (with a byte-order mark, so Excel opens it as UTF-8). */
  text: string;
  /** Rows in the file. */
  rows: number;
  /** Rows whose request got no answer: not in the file (they may have been invited; Submit again checks them). */
  unconfirmed: number;
}

export interface SubmitProgress {
  /** Rows with a result so far (sent or skipped) out of `total`. */
  done: number;
  total: number;
  invited: number;
  failed: number;
  skipped: number;
  /** Cancel was pressed: stopping after the batch in flight. */
  cancelling: boolean;
}

/** What the pane shows of a finished submit: the client's report without its call counters. */
export type SubmitResult = Pick<
  SubmitReport,
  "outcome" | "stopReason" | "invited" | "failed" | "unconfirmed" | "skipped" | "alreadyInvited" | "notSent"
>;

export interface SubmitState {
  phase: "disconnected" | "connecting" | "connected";
  connection: Connection | null;
  /** After reading the team: which team-profile fields came from the API, and what could not be read. */
  filled: { fromApi: ProfileField[]; notes: string[] } | null;
  /** Set while a call other than the submit itself runs (fill, plan). */
  working: string | null;
  preview: SubmitPreview | null;
  progress: SubmitProgress | null;
  result: SubmitResult | null;
  /** Results whose rows were gone when they came back (kept here so none is lost). */
  unplaced: UnplacedResult[];
  /** After a submit with rows that did not go in: the file Download failed rows saves (null otherwise). */
  failedRows: FailedRowsFile | null;
  /** Something the user should know that is not an error (the sheet changed since the preview). */
  notice: string | null;
  error: string | null;
}

export interface SubmitActions {
  /**
   * Reads who the token belongs to, then the team profile (seats, groups, members). Gives up
   * after a timeout. The token is kept in memory only, for this pane's life.
   */
  connect(region: Region, token: string): Promise<void>;
  /** Stops waiting for Connect. */
  cancelConnect(): void;
  /** Forgets the token and the session. */
  disconnect(): void;
  /** Reads the team profile from the API again (and re-checks the sheet against it). */
  fillProfile(): Promise<void>;
  /**
   * Re-checks the sheet and shows what a submit would do, sending nothing. Refuses (an error, no
   * preview) when the token's scopes are known and none of them manages users.
   */
  preview(scope: "all" | "failed"): Promise<void>;
  /** Sends the previewed rows; each row's result goes into Status as its batch returns. */
  confirm(): Promise<void>;
  /** Closes the preview without sending. */
  discardPreview(): void;
  /** Stops after the batch in flight. */
  cancel(): void;
  dismissError(): void;
}

export interface SubmitStore {
  getState(): SubmitState;
  subscribe(listener: () => void): () => void;
  actions: SubmitActions;
}

/** Before connecting, and after Disconnect. */
export const INITIAL_SUBMIT_STATE: SubmitState = {
  phase: "disconnected",
  connection: null,
  filled: null,
  working: null,
  preview: null,
  progress: null,
  result: null,
  unplaced: [],
  failedRows: null,
  notice: null,
  error: null,
};
