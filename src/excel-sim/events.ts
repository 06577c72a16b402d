// onChanged delivery. Excel raises WorksheetChanged / TableChanged for the user's edits and for
// add-ins' own writes (triggerSource tells them apart), asynchronously, after the change is made.
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
// https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
// https://learn.microsoft.com/javascript/api/excel/excel.eventtriggersource
import { formatRect, intersect, Rect } from "./address";
import { TableModel } from "./table-model";
import { valueType } from "./values";
import { ChangeRecord, WorkbookModel } from "./workbook";

export type EventKind = "worksheet" | "worksheets" | "table";
export type TriggerSource = "ThisLocalAddin" | "Unknown";
export type Handler = (args: never) => unknown;

/** Builds `args.getRange(ctx)` for a given request context (supplied by the proxy layer). */
export type RangeFactory = (ctx: unknown, sheetId: string, address: string, orNull: boolean) => unknown;

interface Registration {
  kind: EventKind;
  key: string;
  handler: Handler;
}

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
  private queue: { handler: Handler; args: ChangedArgs }[] = [];
  private scheduled = false;
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(
    private readonly rangeFactory: RangeFactory,
    private readonly onDeliver: () => void = () => undefined,
  ) {}

  register(kind: EventKind, key: string, handler: Handler): number {
    const id = this.nextId++;
    this.regs.set(id, { kind, key, handler });
    return id;
  }

  unregister(id: number): void {
    this.regs.delete(id);
  }

  unregisterHandler(kind: EventKind, key: string, handler: Handler): void {
    for (const [id, reg] of this.regs) if (reg.kind === kind && reg.key === key && reg.handler === handler) this.regs.delete(id);
  }

  get registrations(): number {
    return this.regs.size;
  }

  /** Queues events for changes; they are delivered on a later macrotask, never inside the write. */
  dispatch(wb: WorkbookModel, changes: ChangeRecord[], trigger: TriggerSource): void {
    if (!this.enabled || this.regs.size === 0) return;
    for (const change of changes) this.enqueueFor(wb, change, trigger);
    if (this.queue.length > 0 && !this.scheduled) {
      this.scheduled = true;
      setTimeout(() => this.drain(), 0);
    }
  }

  private enqueueFor(wb: WorkbookModel, change: ChangeRecord, trigger: TriggerSource): void {
    const sheetArgs = this.args(change, change.rect, trigger, "WorksheetChanged");
    for (const reg of this.regs.values()) {
      if (reg.kind === "worksheet" && reg.key === change.sheet.id) this.queue.push({ handler: reg.handler, args: sheetArgs });
      if (reg.kind === "worksheets") this.queue.push({ handler: reg.handler, args: sheetArgs });
    }
    for (const table of wb.tablesOn(change.sheet)) this.enqueueTable(table, change, trigger);
  }

  private enqueueTable(table: TableModel, change: ChangeRecord, trigger: TriggerSource): void {
    const part = intersect(table.rect, change.rect);
    if (!part) return;
    const handlers = [...this.regs.values()].filter((r) => r.kind === "table" && r.key === table.id);
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
      triggerSource: trigger,
      worksheetId: sheetId,
      getRange: (ctx) => factory(ctx, sheetId, address, false),
      getRangeOrNullObject: (ctx) => factory(ctx, sheetId, address, true),
    };
    if (change.single) {
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

  private invoke(handler: Handler, args: ChangedArgs): void {
    this.onDeliver();
    try {
      const result = (handler as (a: ChangedArgs) => unknown)(args);
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
