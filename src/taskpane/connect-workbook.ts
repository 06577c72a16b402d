// ============================================================================================
// TEMPORARY ADAPTER — replace with src/workbook when it lands (the lead integrates it).
// ============================================================================================
// Builds the pane's WorkbookPort from a `run` function (Excel.run in Office, the simulator's run
// in the workbench). This is the ONLY module of the pane that talks to Excel. Until the workbook
// layer exists it does the minimum, naively, so the pane and the workbench can be used end to end:
// a sheet "Invites" with the five columns + Status, whole-sheet reads in one request, plain value
// writes, and a re-check on every user edit. Each TODO names what the workbook layer provides.
import { COLUMN_KEYS, EXPORT_HEADERS, FIRST_DATA_ROW, resolveTeam, rowFromCells, STATUS_HEADER, validateSheet, type ColumnKey, type InviteRow, type TeamProfile } from "../invites";
import type { ImportMode } from "./pane-model";
import type { CellEdit, CheckResult, Work, WorkbookPort } from "./workbook-port";

/** Excel.run's signature (the simulator's run has the same). */
export type RunFn = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const SHEET = "Invites";
const HEADERS = [...COLUMN_KEYS.map((key) => EXPORT_HEADERS[key]), STATUS_HEADER];
const LETTERS = "ABCDEF";

function letter(column: ColumnKey | null): string {
  return LETTERS[column === null ? 0 : COLUMN_KEYS.indexOf(column)] ?? "A";
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason ?? new DOMException("Cancelled.", "AbortError");
}

function isBlank(row: InviteRow): boolean {
  return COLUMN_KEYS.every((key) => row[key].trim() === "");
}

export function connectWorkbook(run: RunFn): WorkbookPort {
  // TODO(workbook): read in chunks under the 5 MB payload limit (workbook layer's readRows).
  const readRows = async (work: Work): Promise<InviteRow[]> => {
    throwIfAborted(work.signal);
    return run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowCount, rowIndex");
      await context.sync();
      if (used.isNullObject) return [];
      const last = used.rowIndex + used.rowCount; // 1-based number of the last used row
      if (last < FIRST_DATA_ROW) return [];
      const range = sheet.getRange(`A${FIRST_DATA_ROW}:E${last}`);
      range.load("text");
      await context.sync();
      work.onProgress(last - 1, last - 1);
      return range.text.map((cells) => rowFromCells(cells));
    });
  };

  const check = async (team: TeamProfile, work: Work): Promise<CheckResult> => {
    const rows = await readRows(work);
    // TODO(workbook): mark findings in the sheet (fills + Status text) and keep an index for live checks.
    const findings = validateSheet(rows, resolveTeam(team), FIRST_DATA_ROW);
    return { rows: rows.filter((row) => !isBlank(row)).length, findings };
  };

  return {
    hasSheet: () =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(SHEET);
        await context.sync();
        return !sheet.isNullObject;
      }),

    // TODO(workbook): the real set-up (table, hidden lists sheet for groups, adopting an existing sheet by header aliases).
    setUpSheet: async (_team, work) => {
      throwIfAborted(work.signal);
      await run(async (context) => {
        let sheet = context.workbook.worksheets.getItemOrNullObject(SHEET);
        await context.sync();
        if (sheet.isNullObject) sheet = context.workbook.worksheets.add(SHEET);
        sheet.getRange("A:E").numberFormat = [["@"]];
        const header = sheet.getRange("A1:F1");
        header.values = [HEADERS];
        header.format.font.bold = true;
        sheet.getRange("D:D").dataValidation.rule = { list: { inCellDropDown: true, source: "Access,Support" } };
        sheet.getRange("E:E").dataValidation.rule = { list: { inCellDropDown: true, source: "Admin,Member" } };
        sheet.freezePanes.freezeRows(1);
        sheet.activate();
        await context.sync();
      });
    },

    check,
    readRows,

    writeCells: async (edits: readonly CellEdit[], work) => {
      throwIfAborted(work.signal);
      // TODO(workbook): batch by contiguous ranges and clear the fixed cells' highlights.
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(SHEET);
        for (const edit of edits) sheet.getRange(`${letter(edit.column)}${edit.row}`).values = [[edit.value]];
        await context.sync();
      });
    },

    importRows: async (rows: readonly InviteRow[], mode: ImportMode, work) => {
      throwIfAborted(work.signal);
      // TODO(workbook): chunked writes (payload limit), table rows.add, progress per chunk.
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(SHEET);
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowCount, rowIndex");
        await context.sync();
        const lastUsed = used.isNullObject ? 1 : used.rowIndex + used.rowCount;
        if (mode === "replace" && lastUsed >= FIRST_DATA_ROW) sheet.getRange(`A${FIRST_DATA_ROW}:F${lastUsed}`).clear("Contents");
        const first = mode === "replace" ? FIRST_DATA_ROW : Math.max(FIRST_DATA_ROW, lastUsed + 1);
        if (rows.length > 0) {
          sheet.getRange(`A${first}:E${first + rows.length - 1}`).values = rows.map((row) => COLUMN_KEYS.map((key) => row[key]));
        }
        await context.sync();
      });
      work.onProgress(rows.length, rows.length);
    },

    selectCell: (row, column) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(SHEET);
        sheet.activate();
        sheet.getRange(`${letter(column)}${row}`).select();
        await context.sync();
      }),

    // TODO(workbook): the workbook layer's live validation (changed rows only, bounded syncs).
    watch: async (team, onResult, onError) => {
      let pending = false;
      const handler = async (args: Excel.WorksheetChangedEventArgs) => {
        if (args.triggerSource === "ThisLocalAddin" || pending) return;
        pending = true;
        try {
          onResult(await check(team(), { signal: new AbortController().signal, onProgress: () => undefined }));
        } catch (error) {
          onError(error);
        } finally {
          pending = false;
        }
      };
      await run(async (context) => {
        context.workbook.worksheets.getItem(SHEET).onChanged.add(handler);
        await context.sync();
      });
      // Office removes a handler only in the context that added it; the workbook layer keeps that context.
      return async () => {
        await run(async (context) => {
          context.workbook.worksheets.getItem(SHEET).onChanged.remove(handler);
          await context.sync();
        });
      };
    },
  };
}
