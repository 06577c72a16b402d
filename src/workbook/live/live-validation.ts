// Live validation: the invite sheet's onChanged handler keeps the view (rows, findings, Status
// texts, fills) in step with what the user does, and writes only what changes. The walk is in
// ./index.ts. Events: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
import { isSubmittedStatus, recordKey, resolveTeam, type SubmitRecord, type ResolvedTeam, type TeamProfile } from "../../invites";
import { areaAddress, type Rect } from "../excel/a1";
import { batchByBytes, READ_CHUNK_ROWS, type WriteOp } from "../excel/chunking";
import { inExcel, WorkbookError, type RunExcel } from "../excel/run-excel";
import { excelJob, serialized } from "../excel/serialize";
import { hostSupports, REQUIREMENTS } from "../excel/requirements";
import { emptyBook, readRecords, writeRecords, type RecordBook } from "../results/results-sheet";
import { queueDropdowns } from "../setup/dropdowns";
import { groupNames, writeGroupList } from "../setup/lists-sheet";
import { bodyRect, columnRect, indexOfSheetRow, sheetRowOf, tableRect } from "../table/geometry";
import { queueTableLoad, requireTable, type LocatedTable } from "../table/locate-table";
import { readRowCells, readValues, rowFromValues } from "../table/read-rows";
import { highlightOffsets, sameShape, type TableLayout } from "../table/sheet-layout";
import { planBatch, type CellsAction, type PendingChange } from "./batch-plan";
import type { ChangeAction } from "./classify-change";
import { createOutsideRows } from "./outside-rows";
import { OwnWrites } from "./own-writes";
import { hasInviteData, scanBelow } from "./scan-below";
import { checkedTeam, legacyRecords, resultTextFor } from "./result-text";
import { cellsToRecheck } from "./selection-recheck";
import { createSheetView, type SheetView } from "./sheet-view";
import { describeSnapshot, describeSummary, type SheetSnapshot, type SheetSummary } from "./snapshot";
import { planWrites } from "./write-plan";

/**
 * What a round followed: a check (start, Re-check, a new team, results kept), or changes at
 * `addresses`, all made by this add-in's own writes (`byThisAddin`) or some by anything else (a
 * person; triggerSource says, ExcelApi 1.14; older hosts give none, so their changes count as a person's).
 */
export type SummaryCause = { kind: "check" } | { kind: "change"; addresses: readonly string[]; byThisAddin: boolean };

export interface LiveValidationOptions {
  team?: TeamProfile;
  /** Called after every round with the sheet's current state and what the round followed. */
  onSummary?: (summary: SheetSummary, cause: SummaryCause) => void;
  /**
   * Called when a round triggered by an edit fails (Excel swallows errors thrown by event
   * handlers, so without this they would be lost). Without it the error is thrown from the handler.
   */
  onError?: (error: unknown) => void;
}

export interface LiveValidationCounters {
  /** Rounds that read and checked rows after a change. */
  rounds: number;
  /** Full checks (start, recheck, and changes that could not be followed row by row). */
  fullChecks: number;
  /** Changes recognised as the validator's own Status writes and ignored. */
  ownWritesIgnored: number;
  /** Changes outside the table (nothing to do). */
  ignored: number;
  /** Cells checked again because the selection left them (dropdown picks on the web raise no event). */
  selectionRechecks: number;
}

export interface LiveValidation {
  /** Reads and checks every row; the snapshot is what export, submit and fix work from. */
  recheck(): Promise<SheetSnapshot>;
  /** Re-checks everything against a new team profile and refreshes the Group dropdown. */
  setTeam(profile: TeamProfile): Promise<SheetSummary>;
  /** Makes the rows below the table (that hold data) part of it, then checks them. */
  includeRowsBelow(): Promise<SheetSummary>;
  /**
   * Keeps submit results in the workbook and shows each on its person's row, found by address in
   * the same Excel.run (rows may have moved since the plan). Returns the results whose address is
   * in no row any more (moved out or deleted): the pane keeps those.
   */
  recordResults(records: readonly SubmitRecord[]): Promise<{ notFound: SubmitRecord[] }>;
  /** Stops listening; the sheet keeps its Status cells and fills. */
  stop(): Promise<void>;
  /** The latest summary. */
  summary(): SheetSummary;
  readonly counters: LiveValidationCounters;
}

type Registration = { remove(): void; context: unknown };

export function startLiveValidation(run: RunExcel, options: LiveValidationOptions = {}): Promise<LiveValidation> {
  let profileTeam: ResolvedTeam = resolveTeam(options.team);
  let team: ResolvedTeam = profileTeam;
  let view: SheetView | null = null;
  const outside = createOutsideRows();
  const ownWrites = new OwnWrites();
  const counters: LiveValidationCounters = { rounds: 0, fullChecks: 0, ownWritesIgnored: 0, ignored: 0, selectionRechecks: 0 };
  let pending: PendingChange[] = [];
  let stale = false;
  let stopped = false;
  let registrations: Registration[] = [];
  let lastSelection: string | null = null;
  let book: RecordBook = emptyBook();

  const current = (): SheetView => {
    if (!view) throw new WorkbookError("The invite sheet has not been checked yet.");
    return view;
  };
  const summary = (): SheetSummary => describeSummary(current(), outside.list());
  const emit = (cause: SummaryCause = { kind: "check" }) => {
    if (options.onSummary) options.onSummary(summary(), cause);
  };
  const fail = (error: unknown) => {
    stale = true;
    if (!options.onError) throw error;
    options.onError(error);
  };

  /** Queues ops under the byte budget, recognising our own Status writes; one sync per batch. */
  async function write(
    context: Excel.RequestContext,
    sheetName: string,
    ops: readonly WriteOp[],
    statusAddresses: readonly string[],
  ): Promise<void> {
    const ours = new Set(statusAddresses);
    for (const batch of batchByBytes(ops)) {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      for (const op of batch) {
        // Once per Status write: a fill op may name the same address, and raises no event.
        if (op.address && ours.delete(op.address)) ownWrites.expect(op.address);
        op.queue(sheet);
      }
      await context.sync();
    }
  }

  /** The diff of the view (the rows that changed, plus `extra`), written and committed. */
  async function writeChanges(context: Excel.RequestContext, extra: Iterable<number> = [], clearAreas: Rect[] = []): Promise<void> {
    const v = current();
    const diffs = v.diff(extra);
    const plan = planWrites(diffs, v.layout, clearAreas);
    await write(context, v.layout.sheetName, plan.ops, plan.statusAddresses);
    v.commit(diffs);
  }

  /** Reads and checks every row; `known` (located with its used range in this run) saves a read. */
  async function fullCheck(context: Excel.RequestContext, known?: LocatedTable): Promise<void> {
    counters.fullChecks++;
    counters.rounds++;
    const table = known?.lastUsedRow != null ? known : await requireTable(context, { usedRange: true });
    const { layout } = table;
    const cells = await readRowCells(context, layout, 0, layout.rowCount);
    const below = await scanBelow(context, table);
    book = await readRecords(context);
    await writeRecords(
      context,
      book,
      legacyRecords(
        book,
        cells.map((c) => c.row),
        cells.map((c) => c.status),
        new Date().toISOString(),
      ),
    );
    team = checkedTeam(profileTeam, book);
    view ??= createSheetView(
      layout,
      team,
      resultTextFor(
        () => book,
        (key) => view?.sheet.rowsWithAccount(key)[0],
      ),
      isSubmittedStatus,
    );
    view.load(cells, layout, team);
    outside.clear();
    for (const row of below) outside.set(row, true);
    // Fills already in the body are unknown (an earlier session's, pasted ones): clear them all in
    // one action per column, then paint only what is found now.
    const clear = layout.rowCount > 0 ? highlightOffsets(layout).map((offset) => columnRect(layout, offset, 0, layout.rowCount)) : [];
    view.clearedFills();
    await writeChanges(context, [], clear);
    stale = false;
  }

  async function drain(): Promise<void> {
    if (stopped || pending.length === 0) return;
    const batch = pending;
    pending = [];
    await inExcel(run, async (context) => {
      if (stale || !view) return fullCheck(context);
      const { plan: decision, ignored } = planBatch(batch, view.layout);
      counters.ignored += ignored;
      if (decision.kind === "none") return;
      if (decision.kind === "full") return fullCheck(context);
      counters.rounds++;
      if (decision.kind === "cells") return cellsChanged(context, decision.actions, decision.fromSelection);
      return structural(context, decision.action);
    });
    const byPerson = batch.filter((c) => !c.fromSelection && c.source !== "ThisLocalAddin");
    emit({ kind: "change", addresses: byPerson.map((c) => c.address), byThisAddin: byPerson.length === 0 });
  }

  /** Values changed in or under the table: read those rows (with the table's extent) and re-check them. */
  async function cellsChanged(
    context: Excel.RequestContext,
    actions: readonly CellsAction[],
    fromSelection: readonly boolean[],
  ): Promise<void> {
    const v = current();
    const before = v.layout;
    const r0 = Math.min(...actions.map((a) => a.r0));
    const r1 = Math.max(...actions.map((a) => a.r1));
    const rect: Rect = { ...bodyRect(before), r0, r1 };
    // Sync 1: the table's extent and headers, and (for an edit of ordinary size) the rows.
    const table = queueTableLoad(context);
    const small = r1 - r0 + 1 <= READ_CHUNK_ROWS;
    const range = small
      ? context.workbook.worksheets
          .getItem(before.sheetName)
          .getRangeByIndexes(r0, rect.c0, r1 - r0 + 1, rect.c1 - rect.c0 + 1)
          .load("values")
      : null;
    await context.sync();
    const located = table.describe();
    if (!located || !sameShape(located.layout, before)) return fullCheck(context);
    const layout = located.layout;
    const lastBefore = sheetRowOf(before, v.length - 1);
    const lastNow = sheetRowOf(layout, layout.rowCount - 1);
    // The table may only have grown into the rows just read (Excel's auto-expansion); anything else
    // means a change we have not seen yet: start again from the sheet.
    if (layout.rowCount < v.length || (lastNow > lastBefore && (r0 > lastBefore + 1 || r1 < lastNow))) return fullCheck(context);
    const values = range ? range.values : await readValues(context, before.sheetName, rect);
    if (layout.rowCount > v.length) v.insert(v.length, layout.rowCount - v.length);
    v.setLayout(layout);
    outside.dropThrough(lastNow);
    const edited = new Set<number>();
    actions.forEach((a, k) => {
      if (fromSelection[k]) return;
      for (let c = a.c0; c <= a.c1; c++) edited.add(c - layout.firstColumn);
    });
    const offsets = [...edited];
    const from = Math.max(r0, sheetRowOf(layout, 0));
    const tableRows = values.slice(from - r0, Math.max(from - r0, lastNow - r0 + 1)).map((row) => rowFromValues(layout, row));
    if (tableRows.length > 0) {
      const at = indexOfSheetRow(layout, from);
      // Rows the table just took in copied the formats of the row above (our fills included).
      const old = Math.min(tableRows.length, Math.max(0, lastBefore + 1 - from));
      v.setCells(at, tableRows.slice(0, old), offsets);
      v.setCells(at + old, tableRows.slice(old), "all");
    }
    for (let r = Math.max(r0, lastNow + 1); r <= r1; r++) outside.set(r, hasInviteData(layout, values[r - r0] ?? []));
    await writeChanges(context);
  }

  /** Rows inserted or deleted in, above or below the table: shift instead of reading it again. */
  async function structural(context: Excel.RequestContext, action: ChangeAction): Promise<void> {
    const v = current();
    const L = v.layout;
    if (action.kind === "below") {
      outside.shift(action.sheetRow, action.delta);
      return;
    }
    let expected: TableLayout = L;
    let inserted: { at: number; range: Excel.Range | null; count: number } | null = null;
    if (action.kind === "moved") expected = { ...L, headerRow: L.headerRow + action.delta };
    else if (action.kind === "insert") {
      expected = { ...L, rowCount: L.rowCount + action.count };
      const range =
        action.count <= READ_CHUNK_ROWS
          ? context.workbook.worksheets
              .getItem(L.sheetName)
              .getRangeByIndexes(sheetRowOf(L, action.at), L.firstColumn, action.count, L.headers.length)
              .load("values")
          : null;
      inserted = { at: action.at, range, count: action.count };
    } else if (action.kind === "remove") {
      expected = { ...L, rowCount: L.rowCount - Math.min(action.count, L.rowCount - action.at) };
    } else return fullCheck(context);
    const table = queueTableLoad(context);
    await context.sync();
    const located = table.describe();
    if (!located || !sameShape(located.layout, expected) || located.layout.rowCount !== expected.rowCount) return fullCheck(context);
    if (action.kind === "moved") {
      outside.shift(action.sheetRow, action.delta);
      v.setLayout(located.layout);
    } else if (action.kind === "remove") {
      outside.shift(sheetRowOf(L, action.at), -action.count);
      v.remove(action.at, Math.min(action.count, L.rowCount - action.at));
      v.setLayout(located.layout);
    } else if (inserted) {
      outside.shift(sheetRowOf(L, inserted.at), inserted.count);
      v.setLayout(located.layout);
      v.insert(inserted.at, inserted.count);
      // TableRowCollection.add inserts rows with values; a user's inserted rows are blank.
      const cells = inserted.range
        ? inserted.range.values.map((row) => rowFromValues(located.layout, row))
        : await readRowCells(context, located.layout, inserted.at, inserted.at + inserted.count);
      v.setCells(inserted.at, cells, "all");
    }
    await writeChanges(context);
  }

  const enqueue = (change: PendingChange): Promise<void> => {
    pending.push(change);
    return serialized(run, drain).catch(fail);
  };

  const onChanged = (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped) return Promise.resolve();
    // triggerSource is ExcelApi 1.14; older hosts leave it undefined (own-writes.ts).
    const source = (args as { triggerSource?: string }).triggerSource;
    if (ownWrites.claim(args.address, source)) {
      counters.ownWritesIgnored++;
      return Promise.resolve();
    }
    return enqueue({ address: args.address, changeType: args.changeType, source });
  };

  // Dropdown picks on the web raise no onChanged: the cells the selection left are read again.
  const onSelectionChanged = (args: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
    const left = lastSelection;
    lastSelection = args.address;
    const address = !stopped && left && view ? cellsToRecheck(left, view.layout) : null;
    if (!address) return Promise.resolve();
    counters.selectionRechecks++;
    return enqueue({ address, changeType: "RangeEdited", fromSelection: true });
  };

  async function start(): Promise<SheetSummary> {
    return excelJob(run, async (context) => {
      const located = await requireTable(context, { usedRange: true });
      const changed = located.sheet.onChanged.add(onChanged);
      const selection = hostSupports(REQUIREMENTS.selectionEvents) ? located.sheet.onSelectionChanged.add(onSelectionChanged) : null;
      await context.sync();
      registrations = [changed, selection].filter(
        (r): r is OfficeExtension.EventHandlerResult<never> => r !== null,
      ) as unknown as Registration[];
      await fullCheck(context, located);
      emit();
      return summary();
    });
  }

  /** Records whose address no row of the sheet holds (after a full check: the sheet as it is). */
  const notOnSheet = (records: readonly SubmitRecord[]) =>
    records.filter((r) => current().sheet.rowsWithAccount(recordKey(r.account)).length === 0);

  /** Rows (first of each address) that show `records`, checked against the sheet in this run. */
  async function showRecords(context: Excel.RequestContext, records: readonly SubmitRecord[]): Promise<SubmitRecord[]> {
    const v = current();
    const notFound: SubmitRecord[] = [];
    const rows: number[] = [];
    for (const record of records) {
      const index = v.sheet.rowsWithAccount(recordKey(record.account))[0];
      if (index === undefined) notFound.push(record);
      else rows.push(index);
    }
    // The view may be behind the sheet (an edit, a sort or an insert whose event has not come
    // yet): read those rows' addresses first, and write only if every one is where the view says.
    const account = v.layout.columns.account;
    if (account !== undefined && rows.length > 0) {
      const sheet = context.workbook.worksheets.getItem(v.layout.sheetName);
      const reads = rows.map((i) => ({ i, range: sheet.getCell(sheetRowOf(v.layout, i), v.layout.firstColumn + account).load("values") }));
      await context.sync();
      const moved = reads.some(({ i, range }) => recordKey(String(range.values[0]?.[0] ?? "")) !== recordKey(v.row(i).account));
      if (moved) {
        await fullCheck(context);
        return notOnSheet(records);
      }
    }
    await writeChanges(context, rows);
    return notFound;
  }

  const live: LiveValidation = {
    counters,
    summary,
    recheck: () =>
      excelJob(run, async (context) => {
        await fullCheck(context);
        emit();
        return describeSnapshot(current(), outside.list(), new Map([...book.byKey].map(([key, stored]) => [key, stored.record])));
      }),
    setTeam(profile) {
      profileTeam = resolveTeam(profile);
      team = checkedTeam(profileTeam, book);
      return excelJob(run, async (context) => {
        // With the used range, so a full check below can use this table as it is.
        const located = await requireTable(context, { usedRange: true });
        const source = await writeGroupList(context, groupNames(team));
        queueDropdowns(located.table, located.layout, source);
        await context.sync();
        if (stale || !view || !sameShape(located.layout, view.layout) || located.layout.rowCount !== view.length) {
          await fullCheck(context, located);
        } else {
          view.setTeam(team);
          await writeChanges(context);
        }
        emit();
        return summary();
      });
    },
    includeRowsBelow: () =>
      excelJob(run, async (context) => {
        const located = await requireTable(context);
        const rows = outside.list();
        const last = rows[rows.length - 1];
        if (last !== undefined) {
          if (!hostSupports(REQUIREMENTS.tableResize)) {
            throw new WorkbookError(
              `This version of Excel cannot resize a table from an add-in. Select the table, then Table Design > Resize Table, and extend it down to row ${last + 1}.`,
            );
          }
          const { layout } = located;
          const rect = { ...tableRect(layout), r1: last };
          located.table.resize(areaAddress(rect));
          await context.sync();
        }
        await fullCheck(context);
        emit();
        return summary();
      }),
    recordResults(records) {
      return excelJob(run, async (context) => {
        await writeRecords(context, book, records);
        const next = checkedTeam(profileTeam, book);
        if (next !== team) {
          team = next;
          view?.setTeam(team);
        }
        if (stale || !view) {
          await fullCheck(context);
          emit();
          return { notFound: notOnSheet(records) };
        }
        const notFound = await showRecords(context, records);
        emit();
        return { notFound };
      });
    },
    stop() {
      stopped = true;
      const removing = registrations;
      registrations = [];
      // A handler is removed in the context that added it (EventHandlerResult.remove; the events
      // article's sample runs `Excel.run(eventResult.context, ...)`). A new context would remove nothing.
      return serialized(run, async () => {
        for (const registration of removing) {
          await run(registration.context as Excel.RequestContext, async (context) => {
            registration.remove();
            await context.sync();
          });
        }
      });
    },
  };
  return start().then(() => live);
}
