// The Excel simulator's one entry point. `run` has Excel.run's signature and contract; `user` is
// what a person does in the grid; `stats` is what Excel would charge (syncs, actions, bytes).
// Excel.run syncs once more after the batch's promise resolves, then releases its objects:
// https://learn.microsoft.com/javascript/api/excel#excel-excel-run-function(1)
import { Stats, WEB_PAYLOAD_LIMIT } from "./accounting";
import { SimContext } from "./context";
import { errors } from "./errors";
import { EventHub } from "./events";
import { RangeProxy } from "./proxies/range-proxy";
import { rangeOnSheet } from "./range-entity";
import { UserApi } from "./user";
import { WorkbookModel } from "./workbook";

export type HostKind = "web" | "desktop";

export interface SimOptions {
  /** "web" (default, the strictest: 5 MB payload limit, dropdown picks don't fire onChanged) or "desktop". */
  host?: HostKind;
  /** Defaults to false on web and true on desktop. */
  dropdownPickFiresOnChanged?: boolean;
  /** Request/response byte limit; defaults to 5 MB on web and no limit on desktop. */
  payloadLimitBytes?: number;
  /** Name of the workbook's first sheet (default "Sheet1"). */
  firstSheetName?: string;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
export interface RunFn {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  <T>(context: Excel.RequestContext, batch: Batch<T>): Promise<T>;
}

export interface SimulatedExcel {
  run: RunFn;
  user: UserApi;
  stats: Stats;
  host: HostKind;
  /** Waits until every pending onChanged event was delivered and its handler settled. */
  settle(): Promise<void>;
  /** Errors thrown by event handlers (Excel swallows them; tests can check here). */
  handlerErrors: unknown[];
  /** The workbook model, for the workbench's grid (read-only use). */
  model: WorkbookModel;
}

export function createSimulatedExcel(options: SimOptions = {}): SimulatedExcel {
  const host = options.host ?? "web";
  const wb = new WorkbookModel(options.firstSheetName);
  const stats = new Stats();
  const hub = new EventHub(eventRangeFactory(wb), () => stats.eventsDelivered++);
  const payloadLimit = options.payloadLimitBytes ?? (host === "web" ? WEB_PAYLOAD_LIMIT : Number.POSITIVE_INFINITY);
  const pickFires = options.dropdownPickFiresOnChanged ?? host === "desktop";
  const user = new UserApi(wb, hub, stats, { dropdownPickFiresOnChanged: pickFires });

  const run: RunFn = async <T>(first: Batch<T> | Excel.RunOptions | Excel.RequestContext, second?: Batch<T>): Promise<T> => {
    const batch = (typeof first === "function" ? first : second) as Batch<T>;
    const ctx = first instanceof SimContext ? first.reopen() : new SimContext({ wb, hub, stats, payloadLimit });
    stats.runs++;
    try {
      const pending = batch(ctx as unknown as Excel.RequestContext);
      if (!pending || typeof (pending as Promise<unknown>).then !== "function") throw errors.runMustReturnPromise();
      const result = await pending;
      return await ctx.sync(result);
    } finally {
      ctx.end();
    }
  };

  return { run, user, stats, host, settle: () => hub.settle(), handlerErrors: hub.handlerErrors, model: wb };
}

function eventRangeFactory(wb: WorkbookModel) {
  return (ctx: unknown, sheetId: string, address: string, orNull: boolean): unknown => {
    const proxy = new RangeProxy(ctx as SimContext, () => {
      const sheet = wb.findSheet(sheetId);
      if (!sheet) {
        if (orNull) return null;
        throw errors.itemNotFound("WorksheetChangedEventArgs.getRange");
      }
      return rangeOnSheet(wb, sheet, address, "WorksheetChangedEventArgs.getRange");
    }, `event.getRange(${address})`);
    return orNull ? proxy.queueOrNull() : proxy;
  };
}

export { SimError, isSimError } from "./errors";
export type { SimErrorCode } from "./errors";
export type { StatsSnapshot, SyncRecord } from "./accounting";
export type { EditResult, CellValidation, TableInfo } from "./user";
export { UserApi } from "./user";
export type { SortOptions } from "./sort";
export type { CellValue } from "./values";
