// Live validation: the invite sheet's onChanged handler keeps the index, the Status cells and the
// fills in step with what the user does. One edit costs two syncs whatever the sheet's size (read
// the changed rows together with the table's extent; write what changed), and the validator's
// own Status writes are recognised and cost nothing (see own-writes.ts).
// Events: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
// WorksheetChangedEventArgs (address, changeType, triggerSource):
// https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
// Excel on the web does not report dropdown picks, so the pane offers `recheck()` (and calls it
// before export and submit).
import { resolveTeam, type TeamProfile } from "../invites";
import { MAX_ROWS, parseArea, type Rect } from "./a1";
import { READ_CHUNK_ROWS, writeInBatches } from "./chunking";
import { queueDropdowns } from "./dropdowns";
import { groupNames, writeGroupList } from "./lists-sheet";
import { queueTableLoad, requireTable, type LocatedTable } from "./locate-table";
import { OwnWrites } from "./own-writes";
import { readRowCells, rowFromValues, type RowCells } from "./read-rows";
import type { RunExcel } from "./run-excel";
import { serialized } from "./serialize";
import { SheetIndex, type SheetSummary } from "./sheet-index";
import { sameShape, width, type TableLayout } from "./sheet-layout";
import { planWrites } from "./write-plan";

/**
 * What a round followed: a check the pane asked for, or a change at `address` on the sheet,
 * made by this add-in's own writes or by anything else (a person; triggerSource says, ExcelApi
 * 1.14; older hosts give none, so their changes count as a person's).
 */
export type SummaryCause = { kind: "check" } | { kind: "change"; address: string; byThisAddin: boolean };

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
  /** Full checks (start, recheck, team change, and changes that could not be followed row by row). */
  fullChecks: number;
  /** Changes recognised as the validator's own Status writes and ignored. */
  ownWritesIgnored: number;
  /** Changes outside the table (nothing to do). */
  ignored: number;
}

export interface LiveValidation {
  /** Reads and checks every row (for dropdown picks on the web, and before export/submit). */
  recheck(): Promise<SheetSummary>;
  /** Re-checks everything against a new team profile and refreshes the Group dropdown. */
  setTeam(profile: TeamProfile): Promise<SheetSummary>;
  /** Stops listening; the sheet keeps its Status cells and fills. */
  stop(): Promise<void>;
  /** The latest summary. */
  summary(): SheetSummary;
  readonly counters: LiveValidationCounters;
}

type Change = { address: string; changeType: string; source: string | undefined };

class Validator {
  private index!: SheetIndex;
  private layout!: TableLayout;
  private stale = false;
  private stopped = false;
  readonly own = new OwnWrites();
  readonly counters: LiveValidationCounters = { rounds: 0, fullChecks: 0, ownWritesIgnored: 0, ignored: 0 };
  private team;
  private cause: SummaryCause = { kind: "check" };

  constructor(
    private readonly run: RunExcel,
    private readonly options: LiveValidationOptions,
  ) {
    this.team = resolveTeam(options.team);
  }

  readonly handler = (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (this.stopped) return Promise.resolve();
    // triggerSource is ExcelApi 1.14; older hosts leave it undefined.
    const source = (args as { triggerSource?: string }).triggerSource;
    if (this.own.claim(args.address, source)) {
      this.counters.ownWritesIgnored++;
      return Promise.resolve();
    }
    const change = { address: args.address, changeType: args.changeType, source };
    return serialized(this.run, () => this.onChange(change)).catch((error: unknown) => {
      this.stale = true;
      if (!this.options.onError) throw error;
      this.options.onError(error);
    });
  };

  summary(): SheetSummary {
    return this.index.summary();
  }

  private emit(): SheetSummary {
    const summary = this.index.summary();
    this.options.onSummary?.(summary, this.cause);
    this.cause = { kind: "check" };
    return summary;
  }

  async start(): Promise<SheetSummary> {
    return serialized(this.run, () => this.run(async (context) => {
      const located = await requireTable(context);
      located.sheet.onChanged.add(this.handler);
      await context.sync();
      await this.fullCheck(context, located);
      return this.emit();
    }));
  }

  stop(): Promise<void> {
    this.stopped = true;
    return serialized(this.run, () => this.run(async (context) => {
      // EventHandlers.remove(handler): https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlers
      context.workbook.worksheets.getItem(this.layout.sheetName).onChanged.remove(this.handler);
      await context.sync();
    }));
  }

  recheck(): Promise<SheetSummary> {
    return serialized(this.run, () => this.run(async (context) => {
      this.cause = { kind: "check" };
      await this.fullCheck(context, await requireTable(context));
      return this.emit();
    }));
  }

  setTeam(profile: TeamProfile): Promise<SheetSummary> {
    this.team = resolveTeam(profile);
    return serialized(this.run, () => this.run(async (context) => {
      this.cause = { kind: "check" };
      const located = await requireTable(context);
      const source = await writeGroupList(context, groupNames(this.team));
      queueDropdowns(located.table, located.layout, source);
      await context.sync();
      await this.fullCheck(context, located);
      return this.emit();
    }));
  }

  /** Reads every row, re-checks, clears our fills over the table body and paints what is found. */
  private async fullCheck(context: Excel.RequestContext, located: LocatedTable): Promise<void> {
    this.counters.fullChecks++;
    this.counters.rounds++;
    const { layout } = located;
    const cells = await readRowCells(context, layout, 0, layout.rowCount);
    this.layout = layout;
    this.index = new SheetIndex(layout, this.team);
    this.index.load(cells);
    this.index.refreshSheetWide();
    // Fills already in the body are unknown (an earlier session's, pasted ones): clear them all in
    // one action per column, then paint only what is found now.
    const clear: Rect[] = [];
    if (layout.rowCount > 0) {
      for (const offset of this.index.highlightOffsets) {
        const c = layout.firstColumn + offset;
        clear.push({ r0: layout.headerRow + 1, r1: layout.headerRow + layout.rowCount, c0: c, c1: c });
      }
    }
    for (let i = 0; i < this.index.length; i++) this.index.markPainted(i, 0);
    const plan = planWrites(this.index, layout, range(0, this.index.length), this.own, clear);
    await writeInBatches(context, layout.sheetName, plan.ops);
    this.stale = false;
  }

  private async onChange(change: Change): Promise<void> {
    if (this.stopped) return;
    this.cause = { kind: "change", address: change.address, byThisAddin: change.source === "ThisLocalAddin" };
    const rect = parseArea(change.address);
    await this.run(async (context) => {
      if (this.stale || rect === null) return this.fullCheckAndEmit(context);
      switch (change.changeType) {
        case "RangeEdited": return this.edited(context, rect);
        case "RowInserted": return this.rowsShifted(context, rect, 1);
        case "RowDeleted": return this.rowsShifted(context, rect, -1);
        // Columns or cells moved: positions are no longer ours to follow row by row.
        default: return this.fullCheckAndEmit(context);
      }
    });
  }

  private async fullCheckAndEmit(context: Excel.RequestContext): Promise<void> {
    await this.fullCheck(context, await requireTable(context));
    this.emit();
  }

  private tableRect(): Rect {
    const L = this.layout;
    return { r0: L.headerRow, r1: L.headerRow + this.index.length, c0: L.firstColumn, c1: L.firstColumn + width(L) - 1 };
  }

  /** Values changed (typing, paste, delete, sort, fixes, imports, submit results). */
  private async edited(context: Excel.RequestContext, rect: Rect): Promise<void> {
    const table = this.tableRect();
    if (rect.c1 < table.c0 || rect.c0 > table.c1 || rect.r1 < table.r0) { this.counters.ignored++; return; }
    if (rect.r0 <= table.r0) return this.fullCheckAndEmit(context);
    // Only the row right below the table can have joined it (AutoExpansion).
    if (rect.r0 > table.r1 + 1) { this.counters.ignored++; return; }
    const firstData = table.r0 + 1;
    const from = rect.r0 - firstData;
    const lastRow = rect.r1 === MAX_ROWS - 1 ? table.r1 : rect.r1;
    const to = lastRow - firstData + 1;
    this.counters.rounds++;
    // Sync 1: the table's extent and headers, and (for an edit of ordinary size) the rows.
    const pending = queueTableLoad(context);
    const sheet = context.workbook.worksheets.getItem(this.layout.sheetName);
    const small = to - from <= READ_CHUNK_ROWS;
    const values = small ? sheet.getRangeByIndexes(firstData + from, table.c0, to - from, width(this.layout)).load("values") : null;
    await context.sync();
    const located = pending.describe();
    if (!located || !sameShape(located.layout, this.layout)) return this.fullCheckAndEmit(context);
    const actual = located.layout.rowCount;
    // The table may only have grown into the rows just read; anything else means we lost track.
    if (actual < this.index.length || (actual > this.index.length && (from > this.index.length || to < actual))) {
      return this.fullCheckAndEmit(context);
    }
    const cells: RowCells[] = values
      ? values.values.map((v) => rowFromValues(this.layout, v))
      : await readRowCells(context, this.layout, from, Math.min(to, actual));
    this.index.grow(actual - this.index.length);
    this.layout = located.layout;
    this.index.setLayout(located.layout);
    const unknown = this.index.unknownFor(rect.c0 - table.c0, rect.c1 - table.c0);
    const changed: number[] = [];
    for (let k = 0; k < cells.length && from + k < actual; k++) {
      this.index.setRow(from + k, cells[k] as RowCells, unknown);
      changed.push(from + k);
    }
    await this.writeChanges(context, changed);
  }

  /**
   * Rows inserted or deleted: shift the index instead of reading the sheet again. Inserted rows
   * are read (TableRowCollection.add inserts rows with values; a user's inserted rows are blank)
   * in the same sync as the table's extent.
   */
  private async rowsShifted(context: Excel.RequestContext, rect: Rect, sign: 1 | -1): Promise<void> {
    const L = this.layout;
    const count = rect.r1 - rect.r0 + 1;
    const lastRow = L.headerRow + this.index.length;
    let expected = L;
    let inserted: { at: number; range: Excel.Range | null } | null = null;
    this.counters.rounds++;
    if (sign < 0 && rect.r0 <= L.headerRow && rect.r1 >= L.headerRow) return this.fullCheckAndEmit(context);
    if (rect.r1 < L.headerRow || (sign > 0 && rect.r0 <= L.headerRow)) {
      expected = { ...L, headerRow: L.headerRow + sign * count };
    } else if (rect.r0 <= lastRow + (sign > 0 ? 1 : 0)) {
      const at = rect.r0 - L.headerRow - 1;
      if (sign > 0) {
        this.index.insertBlank(at, count);
        const range = count <= READ_CHUNK_ROWS
          ? context.workbook.worksheets.getItem(L.sheetName).getRangeByIndexes(rect.r0, L.firstColumn, count, width(L)).load("values")
          : null;
        inserted = { at, range };
      } else this.index.remove(at, Math.min(count, this.index.length - at));
    } else {
      this.counters.ignored++;
      return;
    }
    const pending = queueTableLoad(context);
    await context.sync();
    const located = pending.describe();
    if (!located || !sameShape(located.layout, expected) || located.layout.rowCount !== this.index.length) {
      return this.fullCheckAndEmit(context);
    }
    this.layout = located.layout;
    this.index.renumber(located.layout);
    const changed: number[] = [];
    if (inserted) {
      const cells = inserted.range
        ? inserted.range.values.map((v) => rowFromValues(this.layout, v))
        : await readRowCells(context, this.layout, inserted.at, inserted.at + count);
      // Inserted rows copy the row above's formats, our fills included: all their fills are unknown.
      cells.forEach((c, k) => { this.index.setRow(inserted.at + k, c, this.index.allUnknown); changed.push(inserted.at + k); });
    }
    await this.writeChanges(context, changed);
  }

  /** Sync 2: sheet-wide passes from the index, then only the Status cells and fills that change. */
  private async writeChanges(context: Excel.RequestContext, changed: number[]): Promise<void> {
    const affected = this.index.refreshSheetWide();
    const plan = planWrites(this.index, this.layout, [...changed, ...affected], this.own);
    await writeInBatches(context, this.layout.sheetName, plan.ops);
    this.emit();
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/**
 * Checks the whole invite table, marks what it finds, and keeps checking as the sheet changes.
 * Resolves once the first check is written.
 */
export async function startLiveValidation(run: RunExcel, options: LiveValidationOptions = {}): Promise<LiveValidation> {
  const validator = new Validator(run, options);
  await validator.start();
  return {
    recheck: () => validator.recheck(),
    setTeam: (profile) => validator.setTeam(profile),
    stop: () => validator.stop(),
    summary: () => validator.summary(),
    counters: validator.counters,
  };
}
