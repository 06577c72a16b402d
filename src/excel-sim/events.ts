// Event delivery. Excel raises WorksheetChanged / TableChanged for the user's edits and for
// add-ins' own writes (triggerSource tells them apart), asynchronously, after the change is made;
// and WorksheetSelectionChanged / TableSelectionChanged when the selection moves.
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
// https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
// https://learn.microsoft.com/javascript/api/excel/excel.worksheetselectionchangedeventargs
// https://learn.microsoft.com/javascript/api/excel/excel.eventtriggersource
// Args carry only what the host's requirement sets offer: `details` is ExcelApi 1.9,
// `triggerSource` ExcelApi 1.14 (@types/office-js remarks); older hosts leave them undefined.
import { formatRect, intersect, Rect } from "./address";
import { hasApi } from "./requirements";
import { SheetModel } from "./sheet";
import { TableModel } from "./table-model";
import { valueType } from "./values";
import { ChangeRecord, WorkbookModel } from "./workbook";

export type EventKind = "worksheet" | "worksheets" | "table";
export type EventName = "Changed" | "SelectionChanged";
export type TriggerSource = "ThisLocalAddin" | "Unknown";
export type Handler = (args: never) => unknown;

/** Builds `args.getRange(ctx)` for a given request context (supplied by the proxy layer). */
export type RangeFactory = (ctx: unknown, sheetId: string, address: string, orNull: boolean) => unknown;

interface Registration {
  event: EventName;
  kind: EventKind;
  key: string;
  handler: Handler;
}

export interface SelectionArgs {
  type: "WorksheetSelectionChanged" | "TableSelectionChanged";
  address: string;
  worksheetId: string;
  tableId?: string;
  isInsideTable?: boolean;
}

type Args = ChangedArgs | SelectionArgs;

export interface ChangedArgs {
  type: "WorksheetChanged" | "TableChanged";
  address: string;
  changeType: ChangeRecord["changeType"];
  source: "Local";
  /** WorksheetChanged only; TableChangedEventArgs has no triggerSource. */
  triggerSource?: TriggerSource;
  worksheetId: string;
  tableId?: string;
  details?: { valueBefore: unknown; valueAfter: unknown; valueTypeBefore: string; valueTypeAfter: string };
  changeDirectionState?: { insertShiftDirection?: string; deleteShiftDirection?: string };
  getRange(ctx: unknown): unknown;
  getRangeOrNullObject(ctx: unknown): unknown;
}

export class EventHub {
  enabled = true;
  readonly handlerErrors: unknown[] = [];
  private readonly regs = new Map<number, Registration>();
  private nextId = 1;
  private queue: { handler: Handler; args: Args }[] = [];
  private scheduled = false;
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(
    private readonly rangeFactory: RangeFactory,
    private readonly sets: ReadonlyMap<string, string>,
    private readonly onDeliver: () => void = () => undefined,
  ) {}

  register(event: EventName, kind: EventKind, key: string, handler: Handler): number {
    const id = this.nextId++;
    this.regs.set(id, { event, kind, key, handler });
    return id;
  }

  unregister(id: number): void {
    this.regs.delete(id);
  }

  get registrations(): number {
    return this.regs.size;
  }

  private listeners(event: EventName, kind: EventKind, key: string): Registration[] {
    return [...this.regs.values()].filter((r) => r.event === event && r.kind === kind && (kind === "worksheets" || r.key === key));
  }

  /** Queues events for changes; they are delivered on a later macrotask, never inside the write. */
  dispatch(wb: WorkbookModel, changes: ChangeRecord[], trigger: TriggerSource): void {
    if (!this.enabled || this.regs.size === 0) return;
    for (const change of changes) this.enqueueFor(wb, change, trigger);
    this.schedule();
  }

  /**
   * The selection moved to `rect` on `sheet`: WorksheetSelectionChanged for the sheet (and the
   * workbook's collection), TableSelectionChanged for each table on the sheet, with the part of the
   * selection inside it (isInsideTable false and an empty address when the selection is outside).
   */
  dispatchSelection(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
    if (!this.enabled || this.regs.size === 0) return;
    const args: SelectionArgs = { type: "WorksheetSelectionChanged", address: formatRect(rect), worksheetId: sheet.id };
    for (const reg of [
      ...this.listeners("SelectionChanged", "worksheet", sheet.id),
      ...this.listeners("SelectionChanged", "worksheets", "*"),
    ]) {
      this.queue.push({ handler: reg.handler, args });
    }
    for (const table of wb.tablesOn(sheet)) {
      const part = intersect(table.rect, rect);
      const tableArgs: SelectionArgs = {
        type: "TableSelectionChanged",
        address: part ? formatRect(part) : "",
        isInsideTable: part !== undefined,
        tableId: table.id,
        worksheetId: sheet.id,
      };
      for (const reg of this.listeners("SelectionChanged", "table", table.id)) this.queue.push({ handler: reg.handler, args: tableArgs });
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.queue.length > 0 && !this.scheduled) {
      this.scheduled = true;
      setTimeout(() => this.drain(), 0);
    }
  }

  private enqueueFor(wb: WorkbookModel, change: ChangeRecord, trigger: TriggerSource): void {
    const sheetArgs = this.args(change, change.rect, trigger, "WorksheetChanged");
    for (const reg of [...this.listeners("Changed", "worksheet", change.sheet.id), ...this.listeners("Changed", "worksheets", "*")]) {
      this.queue.push({ handler: reg.handler, args: sheetArgs });
    }
    for (const table of wb.tablesOn(change.sheet)) this.enqueueTable(table, change, trigger);
  }

  private enqueueTable(table: TableModel, change: ChangeRecord, trigger: TriggerSource): void {
    const part = intersect(table.rect, change.rect);
    if (!part) return;
    const handlers = this.listeners("Changed", "table", table.id);
    if (handlers.length === 0) return;
    // Excel.TableChangedEventArgs has no triggerSource (only WorksheetChangedEventArgs does).
    const { triggerSource: _omit, ...rest } = this.args(change, part, trigger, "TableChanged");
    const args = { ...rest, tableId: table.id } as ChangedArgs;
    for (const reg of handlers) this.queue.push({ handler: reg.handler, args });
  }

  private args(change: ChangeRecord, rect: Rect, trigger: TriggerSource, type: ChangedArgs["type"]): ChangedArgs {
    const address = formatRect(rect);
    const sheetId = change.sheet.id;
    const factory = this.rangeFactory;
    const args: ChangedArgs = {
      type,
      address,
      changeType: change.changeType,
      source: "Local",
      worksheetId: sheetId,
      getRange: (ctx) => factory(ctx, sheetId, address, false),
      getRangeOrNullObject: (ctx) => factory(ctx, sheetId, address, true),
    };
    if (hasApi(this.sets, "WorksheetChangedEventArgs.triggerSource")) args.triggerSource = trigger;
    // "The direction ... that existing cells will shift when a new cell or cells are inserted" (ExcelApi 1.14).
    if (change.direction && hasApi(this.sets, "WorksheetChangedEventArgs.changeDirectionState"))
      args.changeDirectionState = change.direction;
    if (change.single && hasApi(this.sets, "WorksheetChangedEventArgs.details")) {
      args.details = {
        valueBefore: change.before ?? "",
        valueAfter: change.after ?? "",
        valueTypeBefore: valueType(change.before),
        valueTypeAfter: valueType(change.after),
      };
    }
    return args;
  }

  private drain(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    for (const { handler, args } of batch) this.invoke(handler, args);
  }

  private invoke(handler: Handler, args: Args): void {
    this.onDeliver();
    try {
      const result = (handler as (a: Args) => unknown)(args);
      if (result && typeof (result as Promise<unknown>).then === "function") {
        const p: Promise<unknown> = Promise.resolve(result)
          .catch((e: unknown) => this.handlerErrors.push(e))
          .finally(() => this.inflight.delete(p));
        this.inflight.add(p);
      }
    } catch (e) {
      this.handlerErrors.push(e);
    }
  }

  /** Resolves once every queued event has been delivered and every handler promise settled. */
  async settle(maxRounds = 10_000): Promise<void> {
    for (let i = 0; i < maxRounds; i++) {
      if (!this.scheduled && this.queue.length === 0 && this.inflight.size === 0) return;
      if (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
      else await new Promise((r) => setTimeout(r, 0));
    }
    throw new Error("excel-sim: events did not settle (a handler keeps re-triggering itself?)");
  }
}
