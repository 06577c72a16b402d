// The pane's state and actions over the workbook layer (through a WorkbookPort): live validation
// feeding the summary and findings, set-up, fixes, export and import, busy/progress/cancel, and
// errors in plain words. No Excel calls here (the port has them); components get the store this
// returns (pane-model.ts).
import { exportCsv as toCsv, extraValuesNotice, importCsvBytes, rowsKeepingExtraValues } from "../csv";
import { countPeople, EXPORT_HEADERS, exportRefusal, needsEnterpriseLicenseWarning, planExport, type TeamProfile } from "../invites";
import { undoTouches, type LiveValidation, type SheetSummary, type SummaryCause, type UndoEntry } from "../workbook";
import { readFileBytes } from "./browser-files";
import type {
  ExportOutcome,
  ImportMode,
  ImportOutcome,
  MessageSource,
  PaneActions,
  PaneMessage,
  PaneState,
  PaneStore,
  Progress,
  SummaryCounts,
} from "./pane-model";
import { outsideReason } from "./outside-rows";
import { describeError, isAbort } from "./plain-errors";
import type { SubmitStore } from "./submit/submit-model";
import type { SubmitHost } from "./submit/submit-host";
import type { WorkbookPort } from "./workbook-port";

const EXPORT_FILE_NAME = "splashtop-invites.csv";

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

/** The pane's counts from the sheet's summary. */
function countsOf(s: SheetSummary): SummaryCounts {
  const warned = new Set<number>();
  for (const f of s.findings) if (f.severity === "warning") warned.add(f.row);
  return {
    rows: s.rows,
    ready: s.ready,
    withErrors: s.rowsWithErrors,
    withWarnings: warned.size,
    submitted: s.submitted,
    outside: s.outside,
  };
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

/** What an action reports when it ends: its message, if any (and, for Fix, Fix all and Import, what undoes it). */
interface Outcome<T> {
  value: T;
  message?: Omit<PaneMessage, "id" | "source"> & { source?: MessageSource };
  undo?: UndoEntry | null;
}

const done = (intent: PaneMessage["intent"], text: string, transient = true) => ({ intent, text, transient });

export function createPaneController(port: WorkbookPort, options: PaneOptions = {}): PaneController {
  let state: PaneState = { sheetReady: false, summary: null, findings: [], busy: null, message: null, edits: 0, team: options.team ?? {} };
  const listeners = new Set<() => void>();
  let current: AbortController | null = null;
  let live: LiveValidation | null = null;
  let submit: Promise<SubmitStore> | null = null;
  let closed = false;
  let messages = 0;
  /** What the current message's Undo puts back (one level, as the message offers). */
  let undoEntry: UndoEntry | null = null;

  const set = (patch: Partial<PaneState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  const message = (m: Omit<PaneMessage, "id">): PaneMessage => ({ ...m, id: ++messages });

  const fail = (error: unknown, source: MessageSource) => {
    console.error("Invite Sheet:", error);
    undoEntry = null;
    set({ message: message({ intent: "error", text: describeError(error), source, transient: false }) });
  };

  const showSummary = (summary: SheetSummary, cause?: SummaryCause) => {
    if (closed) return;
    const patch: Partial<PaneState> = { summary: countsOf(summary), findings: summary.findings };
    if (cause?.kind === "change" && !cause.byThisAddin) {
      // A person changed the sheet: results about the sheet as it was go, and so does an Undo
      // whose cells were changed (Undo would refuse anyway).
      patch.edits = state.edits + 1;
      const m = state.message;
      if (m && (m.transient || (undoEntry && cause.addresses.some((address) => undoTouches(undoEntry as UndoEntry, address))))) {
        patch.message = null;
        undoEntry = null;
      }
    }
    set(patch);
  };

  /**
   * Runs work with progress (and Cancel when `cancellable`), then shows its message beside
   * `source`'s button; errors land there too. Undefined when it failed or was cancelled.
   */
  async function work<T>(
    label: string,
    source: MessageSource,
    cancellable: boolean,
    task: (w: Work) => Promise<Outcome<T>>,
  ): Promise<T | undefined> {
    current?.abort(abortError());
    const controller = new AbortController();
    current = controller;
    const busy: Progress = { label, done: 0, total: null, cancellable };
    undoEntry = null;
    set({ busy, message: null });
    const w: Work = {
      signal: controller.signal,
      onProgress: (done, total) => {
        if (current === controller) set({ busy: { ...busy, done, total } });
      },
    };
    let outcome: Outcome<T> | undefined;
    let patch: Partial<PaneState> = {};
    try {
      outcome = await task(w);
      throwIfAborted(controller.signal);
      undoEntry = outcome.undo ?? null;
      const m = outcome.message;
      patch = {
        message: m
          ? message({ ...m, source: m.source ?? source, ...(undoEntry ? { undo: m.undo ?? `Undo ${undoEntry.action}` } : {}) })
          : null,
      };
      return outcome.value;
    } catch (error) {
      outcome = undefined;
      if (isAbort(error) || controller.signal.aborted) {
        if (current === controller)
          patch = { message: message({ intent: "info", text: `${label.replace(/…$/, "")}: cancelled.`, source, transient: true }) };
      } else {
        console.error("Invite Sheet:", error);
        patch = { message: message({ intent: "error", text: describeError(error), source, transient: false }) };
      }
      return undefined;
    } finally {
      if (current === controller) {
        current = null;
        // The result and the end of work in one update: focus moves to the result as the buttons come back.
        set({ busy: null, ...patch });
      }
    }
  }

  /** Starts live validation afresh (its first full check marks the sheet and fills the summary). */
  async function startLive(): Promise<LiveValidation> {
    const previous = live;
    live = null;
    if (previous) {
      // Its sheet may be gone (the user deleted the table and set up again): the handler went with it.
      await previous
        .stop()
        .catch((error: unknown) => console.warn("Invite Sheet: the previous live validation could not be stopped cleanly", error));
    }
    const started = await port.startLiveValidation({ team: state.team, onSummary: showSummary, onError: (error) => fail(error, "sheet") });
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
    const outcome = await work("Checking rows for export…", "export", true, async (w): Promise<Outcome<ExportOutcome>> => {
      // Excel on the web does not report dropdown picks: check everything first, so the sheet's
      // marks match what is exported; the check's snapshot is what is exported.
      const sheet = await (await liveValidation()).recheck();
      throwIfAborted(w.signal);
      const outside = sheet.summary.outside;
      if (outside)
        return {
          value: { ok: false, rowsWithErrors: [], rowsOutside: outside.rowNumbers, reason: outsideReason(outside.rowNumbers, "Export") },
        };
      // The same steps as `invite-sheet export`, on the rows just checked, so the file is the CLI's.
      const plan = planExport(sheet.rows, sheet.findings, { skipInvalid: opts.skipInvalid, firstRow: sheet.firstRow });
      // The Export section shows the outcome itself, beside its button (it knows when it is out of date).
      const refusal = exportRefusal(plan, "pane");
      if (refusal !== null || !plan.ok)
        return { value: { ok: false, rowsWithErrors: plan.ok ? [] : plan.rowsWithErrors, reason: refusal ?? "" } };
      return {
        value: {
          ok: true,
          csv: toCsv(plan.rows),
          fileName: EXPORT_FILE_NAME,
          rowCount: plan.rows.length,
          skippedRows: plan.skipped,
          licenseNote: needsEnterpriseLicenseWarning(plan.rows),
        },
      };
    });
    return outcome ?? null;
  }

  async function importCsv(file: Blob, mode: ImportMode): Promise<ImportOutcome | null> {
    const outcome = await work("Importing CSV…", "import", true, async (w): Promise<Outcome<ImportOutcome>> => {
      const bytes = await readFileBytes(file);
      throwIfAborted(w.signal);
      const parsed = importCsvBytes(bytes);
      if (!parsed.ok) throw new Error(parsed.error);
      const { csv } = parsed;
      if (countPeople(csv.rows) === 0) throw new Error("The file has a header row but no rows of people.");
      throwIfAborted(w.signal);
      // From here the rows are written in one go; live validation checks them as they land. A row
      // with more values than the header keeps them in its last column, and is named below.
      const { report, undo } = await port.importRows(
        rowsKeepingExtraValues(csv.rows, csv.extraValues, csv.lastColumn, csv.delimiter),
        mode,
      );
      const extraRows = [...csv.extraValues.keys()].map((index) => report.firstRow + index);
      const notices = extraRows.length ? [...csv.notices, extraValuesNotice(extraRows, csv.lastColumn, csv.delimiter)] : csv.notices;
      const damagedRows = csv.damagedRows.map((index) => report.firstRow + index);
      const flaggedRows = [...new Set([...extraRows, ...damagedRows])].sort((a, b) => a - b);
      const verb = mode === "append" ? "Added" : "Replaced the sheet's rows with";
      const text = [`${verb} ${plural(report.rows, "row")} from the file.`, ...notices].join(" ");
      const intent = flaggedRows.length ? "warning" : "success";
      return {
        value: { rows: report.rows, mode, notices, flaggedRows },
        message: { ...done(intent, text, false), undo: "Undo import" },
        undo,
      };
    });
    return outcome ?? null;
  }

  const actions: PaneActions = {
    async setUpSheet() {
      await work("Setting up the sheet…", "setup", false, async () => {
        const result = await port.setUpSheet({ team: state.team });
        // A table that was already there keeps its live validation; a new or adopted one gets its own.
        if (result.outcome === "existing" && live) await live.recheck();
        else await startLive();
        const other = result.otherColumns.length ? ` Other columns left as they are: ${result.otherColumns.join(", ")}.` : "";
        const what =
          result.outcome === "created"
            ? `Created the sheet ${result.sheetName}.`
            : result.outcome === "adopted"
              ? `Using the columns already on ${result.sheetName}.`
              : `Restored headers, formats and dropdowns on ${result.sheetName}.`;
        return { value: undefined, message: done("success", what + other) };
      });
    },
    async includeRowsBelow() {
      await work("Adding the rows below to the list…", "recheck", false, async () => {
        const s = await (await liveValidation()).includeRowsBelow();
        return { value: undefined, message: done("success", `The list now has ${plural(s.rows, "row")} of people.`) };
      });
    },
    async recheck() {
      await work("Checking every row…", "recheck", false, async () => {
        const s = countsOf((await (await liveValidation()).recheck()).summary);
        const problems = s.withErrors ? ` ${plural(s.withErrors, "row")} with errors.` : " No errors.";
        return { value: undefined, message: done(s.withErrors ? "warning" : "success", `Checked ${plural(s.rows, "row")}.${problems}`) };
      });
    },
    async applyFix(finding) {
      // The write raises onChanged like an edit; live validation re-checks the row and updates the summary.
      await work("Fixing…", "fix", false, async () => {
        const undo = await port.applyFix(finding);
        const where = finding.column ? `row ${finding.row}, ${EXPORT_HEADERS[finding.column]}` : `row ${finding.row}`;
        return {
          value: undefined,
          message: { ...done("success", `Fixed ${where}: now "${finding.fix ?? ""}".`, false), undo: "Undo fix" },
          undo,
        };
      });
    },
    async applyAllFixes() {
      await work("Fixing…", "fix", false, async () => {
        const { report, undo } = await port.applyAllFixes({ team: state.team });
        return {
          value: undefined,
          message: report.cells
            ? { ...done("success", `Fixed ${plural(report.cells, "cell")}.`, false), undo: "Undo Fix all" }
            : done("info", "Nothing to fix automatically."),
          undo,
        };
      });
    },
    async undo() {
      const entry = undoEntry;
      const source = state.message?.source ?? "fix";
      if (!entry) return;
      await work("Undoing…", source, false, async () => {
        const outcome = await port.undo(entry);
        if (!outcome.ok) return { value: undefined, message: done("warning", outcome.reason, false) };
        return {
          value: undefined,
          message: done("success", `Undid ${entry.action}: ${plural(outcome.cells, "cell")} as they were before.`),
        };
      });
    },
    exportCsv,
    importCsv,
    async selectCell(row, column) {
      await port.selectCell(row, column).catch((error: unknown) => fail(error, "sheet"));
    },
    async setTeam(profile) {
      set({ team: profile });
      const running = live;
      if (running) {
        await work("Checking against the team profile…", "team", false, async () => {
          const s = countsOf(await running.setTeam(profile));
          return {
            value: undefined,
            message: done("success", `Team saved; the sheet is checked against it: ${plural(s.withErrors, "row")} with errors.`),
          };
        });
      }
    },
    cancel() {
      current?.abort(abortError());
    },
    dismissMessage: () => {
      undoEntry = null;
      set({ message: null });
    },
  };

  const host: SubmitHost = {
    serverOrigin: options.serverOrigin ?? "",
    team: () => state.team,
    setTeam: (profile) => actions.setTeam(profile),
    snapshot: async () => (await liveValidation()).recheck(),
    recordResults: async (records) => (await liveValidation()).recordResults(records),
    lease: {
      acquire: (owner, label) => port.acquireLease(owner, label),
      renew: (owner, label) => port.renewLease(owner, label),
      release: (owner) => port.releaseLease(owner),
    },
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
        await work("Checking every row…", "sheet", false, async () => {
          await startLive();
          return { value: undefined };
        });
      } catch (error) {
        fail(error, "sheet");
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
