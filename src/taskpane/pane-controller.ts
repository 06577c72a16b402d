// The pane's state and actions over a WorkbookPort: busy/progress/cancel, errors in plain words,
// the summary, and the pure parts of export and import (rules, CSV). No Excel calls here; those
// are the port's. Components get the store this returns (pane-model.ts).
import { exportCsv as toCsv, importCsvBytes } from "../csv";
import {
  describeRows,
  FIRST_DATA_ROW,
  fixableFindings,
  planExport,
  resolveTeam,
  validateSheet,
  type Finding,
  type FindingCode,
  type TeamProfile,
} from "../invites";
import type { ExportOutcome, ImportMode, ImportOutcome, PaneActions, PaneState, PaneStore, Progress, Summary } from "./pane-model";
import { readFileBytes } from "./browser-files";
import { describeError, isAbort } from "./plain-errors";
import type { CellEdit, CheckResult, Work, WorkbookPort } from "./workbook-port";

export const EXPORT_FILE_NAME = "splashtop-invites.csv";

export interface PaneController extends PaneStore {
  /** Looks for the sheet, checks it and starts live validation. */
  start(): Promise<void>;
  /** Stops live validation. */
  stop(): Promise<void>;
}

export function summarize(result: CheckResult): Summary {
  const rowsWithErrors = new Set<number>();
  let errors = 0;
  for (const f of result.findings) {
    if (f.severity !== "error") continue;
    errors++;
    rowsWithErrors.add(f.row);
  }
  return { rows: result.rows, ready: Math.max(0, result.rows - rowsWithErrors.size), errors, warnings: result.findings.length - errors };
}

/** The fixes to write: one per cell (the first finding's fix wins, as in invites/applyFixes). */
export function fixEdits(findings: readonly Finding[]): CellEdit[] {
  const seen = new Set<string>();
  const edits: CellEdit[] = [];
  for (const f of fixableFindings(findings)) {
    if (f.column === null || f.fix === undefined) continue;
    const key = `${f.row}:${f.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edits.push({ row: f.row, column: f.column, value: f.fix });
  }
  return edits;
}

function abortError(): Error {
  const error = new Error("Cancelled.");
  error.name = "AbortError";
  return error;
}

export function createPaneController(port: WorkbookPort, initialTeam: TeamProfile = {}): PaneController {
  let state: PaneState = { sheetReady: false, summary: null, findings: [], busy: null, error: null, notice: null, team: initialTeam };
  const listeners = new Set<() => void>();
  let current: AbortController | null = null;
  let stopWatching: (() => Promise<void>) | null = null;

  const set = (patch: Partial<PaneState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  const fail = (error: unknown) => {
    console.error("Invite Sheet:", error);
    set({ error: describeError(error) });
  };

  const showResult = (result: CheckResult) => set({ findings: result.findings, summary: summarize(result) });

  /** Runs long work with progress and cancel; errors land in `state.error`. Undefined when it failed or was cancelled. */
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
      if (controller.signal.aborted) throw abortError();
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

  const check = (w: Work) => port.check(state.team, w).then(showResult);

  async function startWatching(): Promise<void> {
    if (stopWatching) return;
    stopWatching = await port.watch(() => state.team, (result) => showResult(result), fail);
  }

  async function writeFixes(findings: readonly Finding[], label: string): Promise<void> {
    const edits = fixEdits(findings);
    if (edits.length === 0) {
      set({ notice: { intent: "info", text: "Nothing to fix automatically." } });
      return;
    }
    await work(label, false, async (w) => {
      await port.writeCells(edits, w);
      await check(w);
    });
  }

  async function exportCsv(options: { skipInvalid: boolean }): Promise<ExportOutcome | null> {
    const outcome = await work("Checking rows for export…", true, async (w) => {
      const rows = await port.readRows(w);
      const findings = validateSheet(rows, resolveTeam(state.team), FIRST_DATA_ROW);
      showResult({ rows: rows.filter((r) => Object.values(r).some((v) => v.trim() !== "")).length, findings });
      const plan = planExport(rows, findings, { skipInvalid: options.skipInvalid, firstRow: FIRST_DATA_ROW });
      if (!plan.ok) {
        const which = describeRows(plan.rowsWithErrors);
        const verb = plan.rowsWithErrors.length === 1 ? "has" : "have";
        return {
          ok: false as const,
          rowsWithErrors: plan.rowsWithErrors,
          reason: `Export is blocked: ${which} ${verb} errors. Fix them, or choose "Skip invalid rows" to leave them out of the file.`,
        };
      }
      if (plan.rows.length === 0) {
        return { ok: false as const, rowsWithErrors: plan.skipped, reason: "There is nothing to export: the sheet has no rows without errors." };
      }
      return { ok: true as const, csv: toCsv(plan.rows), fileName: EXPORT_FILE_NAME, rowCount: plan.rows.length, skippedRows: plan.skipped };
    });
    return outcome ?? null;
  }

  async function importCsv(file: Blob, mode: ImportMode): Promise<ImportOutcome | null> {
    const outcome = await work("Importing CSV…", true, async (w) => {
      const parsed = importCsvBytes(await readFileBytes(file));
      if (!parsed.ok) throw new Error(parsed.error);
      await port.importRows(parsed.csv.rows, mode, w);
      await check(w);
      return { rows: parsed.csv.rows.length, mode, notices: parsed.csv.notices };
    });
    if (outcome) {
      const verb = mode === "append" ? "Added" : "Replaced the sheet's rows with";
      const text = [`${verb} ${outcome.rows} ${outcome.rows === 1 ? "row" : "rows"} from the file.`, ...outcome.notices].join(" ");
      set({ notice: { intent: "success", text } });
    }
    return outcome ?? null;
  }

  const actions: PaneActions = {
    async setUpSheet() {
      await work("Setting up the sheet…", false, async (w) => {
        await port.setUpSheet(state.team, w);
        set({ sheetReady: true });
        await check(w);
      });
      if (state.sheetReady) await startWatching().catch(fail);
    },
    async recheck() {
      await work("Checking every row…", true, check);
    },
    applyFix: (finding) => writeFixes([finding], "Fixing…"),
    applyAllFixes: (code?: FindingCode) =>
      writeFixes(code ? state.findings.filter((f) => f.code === code) : state.findings, "Fixing…"),
    exportCsv,
    importCsv,
    async selectCell(row, column) {
      await port.selectCell(row, column).catch(fail);
    },
    async setTeam(profile) {
      set({ team: profile });
      if (state.sheetReady) await actions.recheck();
    },
    cancel() {
      current?.abort(abortError());
    },
    dismissError: () => set({ error: null }),
    dismissNotice: () => set({ notice: null }),
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    actions,
    async start() {
      try {
        if (!(await port.hasSheet())) return;
        set({ sheetReady: true });
        await actions.recheck();
        await startWatching();
      } catch (error) {
        fail(error);
      }
    },
    async stop() {
      const stop = stopWatching;
      stopWatching = null;
      await stop?.();
    },
  };
}
