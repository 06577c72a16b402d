// The pane's state and actions over the workbook layer (through a WorkbookPort): live validation
// feeding the summary and findings, set-up, fixes, export and import, busy/progress/cancel, and
// errors in plain words. No Excel calls here (the port has them); components get the store this
// returns (pane-model.ts).
import { exportCsv as toCsv, extraValuesNotice, importCsvBytes, rowsKeepingExtraValues } from "../csv";
import { countPeople, exportRefusal, planExport, resolveTeam, validateSheet, type TeamProfile } from "../invites";
import type { LiveValidation, SheetSummary } from "../workbook";
import { readFileBytes } from "./browser-files";
import type { ExportOutcome, ImportMode, ImportOutcome, PaneActions, PaneState, PaneStore, Progress, Summary } from "./pane-model";
import { describeError, isAbort } from "./plain-errors";
import type { SubmitStore } from "./submit/submit-model";
import type { SubmitHost } from "./submit/submit-host";
import type { WorkbookPort } from "./workbook-port";

export const EXPORT_FILE_NAME = "splashtop-invites.csv";

export interface PaneController extends PaneStore {
  /** Looks for the invite table; when there is one, checks it and starts live validation. */
  start(): Promise<void>;
  /** Stops live validation and forgets any Splashtop session (the pane is closing). */
  stop(): Promise<void>;
}

export interface PaneOptions {
  team?: TeamProfile;
  /** The add-in server's origin (the Splashtop relay); without it the pane offers no Submit. */
  serverOrigin?: string;
  /** Creates the submit store; by default loads its chunk (with the Splashtop client) on first use. */
  createSubmit?: (host: SubmitHost) => Promise<SubmitStore>;
}

const loadSubmitChunk = (host: SubmitHost): Promise<SubmitStore> =>
  import(/* webpackChunkName: "pane-submit" */ "./submit/submit-controller.js").then((m) => m.createSubmitController(host));

/** Where work is: its cancel signal and progress. */
interface Work {
  signal: AbortSignal;
  onProgress(done: number, total: number | null): void;
}

export function toSummary(s: SheetSummary): Summary {
  return { rows: s.rows, ready: s.ready, errors: s.errors, warnings: s.warnings, submitted: s.submitted };
}

function abortError(): Error {
  const error = new Error("Cancelled.");
  error.name = "AbortError";
  return error;
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortError();
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function createPaneController(port: WorkbookPort, options: PaneOptions = {}): PaneController {
  let state: PaneState = { sheetReady: false, summary: null, findings: [], busy: null, error: null, notice: null, team: options.team ?? {} };
  const listeners = new Set<() => void>();
  let current: AbortController | null = null;
  let live: LiveValidation | null = null;
  let submit: Promise<SubmitStore> | null = null;
  let closed = false;

  const set = (patch: Partial<PaneState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  const fail = (error: unknown) => {
    console.error("Invite Sheet:", error);
    set({ error: describeError(error) });
  };

  const showSummary = (summary: SheetSummary) => {
    if (closed) return;
    set({ summary: toSummary(summary), findings: summary.findings });
  };

  /** Runs work with progress (and Cancel when `cancellable`); errors land in `state.error`. Undefined when it failed or was cancelled. */
  async function work<T>(label: string, cancellable: boolean, task: (w: Work) => Promise<T>): Promise<T | undefined> {
    current?.abort(abortError());
    const controller = new AbortController();
    current = controller;
    const busy: Progress = { label, done: 0, total: null, cancellable };
    set({ busy, error: null, notice: null });
    const w: Work = {
      signal: controller.signal,
      onProgress: (done, total) => {
        if (current === controller) set({ busy: { ...busy, done, total } });
      },
    };
    try {
      const result = await task(w);
      throwIfAborted(controller.signal);
      return result;
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) {
        if (current === controller) set({ notice: { intent: "info", text: `${label.replace(/…$/, "")}: cancelled.` } });
      } else fail(error);
      return undefined;
    } finally {
      if (current === controller) {
        current = null;
        set({ busy: null });
      }
    }
  }

  /** Starts live validation afresh (its first full check marks the sheet and fills the summary). */
  async function startLive(): Promise<LiveValidation> {
    const previous = live;
    live = null;
    if (previous) {
      // Its sheet may be gone (the user deleted the table and set up again): the handler went with it.
      await previous.stop().catch((error: unknown) => console.warn("Invite Sheet: the previous live validation could not be stopped cleanly", error));
    }
    const started = await port.startLiveValidation({ team: state.team, onSummary: showSummary, onError: fail });
    if (closed) {
      await started.stop();
      throw abortError();
    }
    live = started;
    set({ sheetReady: true });
    return started;
  }

  /** The running live validation, or the workbook layer's own "set up first" error. */
  async function liveValidation(): Promise<LiveValidation> {
    return live ?? startLive();
  }

  async function exportCsv(opts: { skipInvalid: boolean }): Promise<ExportOutcome | null> {
    const outcome = await work("Checking rows for export…", true, async (w): Promise<ExportOutcome> => {
      // Excel on the web does not report dropdown picks: check everything first, so the sheet's
      // marks match what is exported.
      await (await liveValidation()).recheck();
      throwIfAborted(w.signal);
      const sheet = await port.readRows();
      throwIfAborted(w.signal);
      // The same steps as `invite-sheet export`, on the rows just read, so the file is the CLI's.
      const findings = validateSheet(sheet.rows, resolveTeam(state.team), sheet.firstRow);
      const plan = planExport(sheet.rows, findings, { skipInvalid: opts.skipInvalid, firstRow: sheet.firstRow });
      const refusal = exportRefusal(plan, "pane");
      if (refusal !== null || !plan.ok) return { ok: false, rowsWithErrors: plan.ok ? [] : plan.rowsWithErrors, reason: refusal ?? "" };
      return { ok: true, csv: toCsv(plan.rows), fileName: EXPORT_FILE_NAME, rowCount: plan.rows.length, skippedRows: plan.skipped };
    });
    return outcome ?? null;
  }

  async function importCsv(file: Blob, mode: ImportMode): Promise<ImportOutcome | null> {
    const outcome = await work("Importing CSV…", true, async (w): Promise<ImportOutcome> => {
      const bytes = await readFileBytes(file);
      throwIfAborted(w.signal);
      const parsed = importCsvBytes(bytes);
      if (!parsed.ok) throw new Error(parsed.error);
      const { csv } = parsed;
      if (countPeople(csv.rows) === 0) throw new Error("The file has a header row but no rows of people.");
      throwIfAborted(w.signal);
      // From here the rows are written in one go; live validation checks them as they land. A row
      // with more values than the header keeps them in its last column, and is named below.
      const report = await port.importRows(rowsKeepingExtraValues(csv.rows, csv.extraValues, csv.lastColumn, csv.delimiter), mode);
      const extraRows = [...csv.extraValues.keys()].map((index) => report.firstRow + index);
      const notices = extraRows.length ? [...csv.notices, extraValuesNotice(extraRows, csv.lastColumn, csv.delimiter)] : csv.notices;
      const damagedRows = csv.damagedRows.map((index) => report.firstRow + index);
      return { rows: report.rows, mode, notices, flaggedRows: [...new Set([...extraRows, ...damagedRows])].sort((a, b) => a - b) };
    });
    if (outcome) {
      const verb = mode === "append" ? "Added" : "Replaced the sheet's rows with";
      const intent = outcome.flaggedRows?.length ? "warning" : "success";
      set({ notice: { intent, text: [`${verb} ${plural(outcome.rows, "row")} from the file.`, ...outcome.notices].join(" ") } });
    }
    return outcome ?? null;
  }

  const actions: PaneActions = {
    async setUpSheet() {
      await work("Setting up the sheet…", false, async () => {
        const result = await port.setUpSheet(state.team);
        // A table that was already there keeps its live validation; a new or adopted one gets its own.
        if (result.outcome === "existing" && live) await live.recheck();
        else await startLive();
        const other = result.otherColumns.length ? ` Other columns left as they are: ${result.otherColumns.join(", ")}.` : "";
        const what = result.outcome === "created" ? `Created the sheet ${result.sheetName}.` : result.outcome === "adopted" ? `Using the columns already on ${result.sheetName}.` : `Restored headers, formats and dropdowns on ${result.sheetName}.`;
        set({ notice: { intent: "success", text: what + other } });
      });
    },
    async recheck() {
      await work("Checking every row…", false, async () => {
        await (await liveValidation()).recheck();
      });
    },
    async applyFix(finding) {
      // The write raises onChanged like an edit; live validation re-checks the row and updates the summary.
      await work("Fixing…", false, () => port.applyFix(finding));
    },
    async applyAllFixes() {
      const report = await work("Fixing…", false, () => port.applyAllFixes(state.team));
      if (report) set({ notice: { intent: report.cells ? "success" : "info", text: report.cells ? `Fixed ${plural(report.cells, "cell")}.` : "Nothing to fix automatically." } });
    },
    exportCsv,
    importCsv,
    async selectCell(row, column) {
      await port.selectCell(row, column).catch(fail);
    },
    async setTeam(profile) {
      set({ team: profile });
      const running = live;
      if (running) await work("Checking against the team profile…", false, () => running.setTeam(profile));
    },
    cancel() {
      current?.abort(abortError());
    },
    dismissError: () => set({ error: null }),
    dismissNotice: () => set({ notice: null }),
  };

  const host: SubmitHost = {
    serverOrigin: options.serverOrigin ?? "",
    team: () => state.team,
    setTeam: (profile) => actions.setTeam(profile),
    recheck: async () => toSummary(await (await liveValidation()).recheck()),
    readRows: () => port.readRows(),
    writeStatuses: (results) => port.writeStatuses(results),
  };

  const controller: PaneController = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    actions,
    async start() {
      try {
        if (!(await port.hasSheet())) return;
        await work("Checking every row…", false, startLive);
      } catch (error) {
        fail(error);
      }
    },
    async stop() {
      closed = true;
      current?.abort(abortError());
      const pending = submit;
      submit = null;
      if (pending) (await pending).actions.disconnect();
      const running = live;
      live = null;
      await running?.stop();
    },
  };
  if (options.serverOrigin !== undefined) {
    controller.loadSubmit = () => {
      submit ??= (options.createSubmit ?? loadSubmitChunk)(host).then(
        (store) => store,
        (error: unknown) => {
          submit = null; // try again next time (a network hiccup while loading the chunk)
          throw error;
        },
      );
      return submit;
    };
  }
  return controller;
}
