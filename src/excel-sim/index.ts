// The Excel simulator's one entry point. `run` has Excel.run's signature and contract; `user` is
// what a person does in the grid; `stats` is what Excel would charge (syncs, actions, bytes).
// Excel.run syncs once more after the batch's promise resolves, then releases its objects:
// https://learn.microsoft.com/javascript/api/excel#excel-excel-run-function(1)
import { Stats, WEB_PAYLOAD_LIMIT } from "./accounting";
import { SimContext } from "./context";
import { EditMode } from "./edit-mode";
import { errors } from "./errors";
import { EventHub } from "./events";
import { RangeProxy } from "./proxies/range-proxy";
import { rangeOnSheet } from "./range-entity";
import { HostKind, isSetSupported, RequirementSets, resolveSets } from "./requirements";
import { Batch, parseRunArgs } from "./run-args";
import { UserApi } from "./user";
import { WorkbookModel } from "./workbook";

export type { HostKind, RequirementSets } from "./requirements";

export interface SimOptions {
  /** "web" (default, the strictest: 5 MB payload limit, dropdown picks don't fire onChanged) or "desktop". */
  host?: HostKind;
  /** Defaults to false on web and true on desktop. */
  dropdownPickFiresOnChanged?: boolean;
  /** Request/response byte limit; defaults to 5 MB on web and no limit on desktop. */
  payloadLimitBytes?: number;
  /** Name of the workbook's first sheet (default "Sheet1"). */
  firstSheetName?: string;
  /**
   * Requirement sets over the host's defaults (requirements.ts), e.g. `{ ExcelApi: "1.9" }` for an
   * older host or `{ ExcelApiOnline: null }` to drop one. APIs of missing sets throw ApiNotFound.
   */
  requirementSets?: RequirementSets;
  /**
   * Accept `numberFormat = [["x"]]` on whole columns/rows, as office-js-docs-pr#5400 reports real
   * hosts do. Default false: the documented contract, where every cell-level write to an unbounded
   * range fails.
   */
  unboundedFormatBroadcast?: boolean;
}

/** Excel.run with its overloads: (batch), (options, batch), (object | objects | context, batch). */
export interface RunFn {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  <T>(
    previous: OfficeExtension.ClientObject | OfficeExtension.ClientObject[] | OfficeExtension.ClientRequestContext,
    batch: Batch<T>,
  ): Promise<T>;
}

/** The part of `Office.context.requirements` a host built on the simulator can offer. */
export interface SimRequirements {
  isSetSupported(name: string, minVersion?: string | number): boolean;
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
  /** What `Office.context.requirements.isSetSupported` answers on this host. */
  requirements: SimRequirements;
}

export function createSimulatedExcel(options: SimOptions = {}): SimulatedExcel {
  const host = options.host ?? "web";
  const sets = resolveSets(host, options.requirementSets);
  const wb = new WorkbookModel(options.firstSheetName);
  const stats = new Stats();
  const hub = new EventHub(eventRangeFactory(wb), sets, () => stats.eventsDelivered++);
  const editMode = new EditMode();
  const payloadLimit = options.payloadLimitBytes ?? (host === "web" ? WEB_PAYLOAD_LIMIT : Number.POSITIVE_INFINITY);
  const pickFires = options.dropdownPickFiresOnChanged ?? host === "desktop";
  const user = new UserApi(wb, hub, stats, editMode, { dropdownPickFiresOnChanged: pickFires });
  const unboundedFormatBroadcast = options.unboundedFormatBroadcast ?? false;

  const run = (async <T>(...args: unknown[]): Promise<T> => {
    const { batch, context, delayForCellEdit } = parseRunArgs<T>(args);
    const ctx = context ?? new SimContext({ wb, hub, stats, payloadLimit, editMode, sets, unboundedFormatBroadcast });
    // The runtime sets the delay flag only where the host reports "DelayForCellEdit" (onBeforeExcelRun).
    ctx.begin({ delayForCellEdit: delayForCellEdit && isSetSupported(sets, "DelayForCellEdit") });
    stats.runs++;
    try {
      const pending = batch(ctx as unknown as Excel.RequestContext);
      if (!pending || typeof (pending as Promise<unknown>).then !== "function") throw errors.runMustReturnPromise();
      const result = await pending;
      return await ctx.sync(result);
    } finally {
      ctx.end();
    }
  }) as RunFn;

  const requirements: SimRequirements = { isSetSupported: (name, minVersion) => isSetSupported(sets, name, minVersion) };
  return { run, user, stats, host, settle: () => hub.settle(), handlerErrors: hub.handlerErrors, model: wb, requirements };
}

function eventRangeFactory(wb: WorkbookModel) {
  return (ctx: unknown, sheetId: string, address: string, orNull: boolean): unknown => {
    const proxy = new RangeProxy(
      ctx as SimContext,
      () => {
        const sheet = wb.findSheet(sheetId);
        if (!sheet) {
          if (orNull) return null;
          throw errors.itemNotFound("WorksheetChangedEventArgs.getRange");
        }
        return rangeOnSheet(wb, sheet, address, "WorksheetChangedEventArgs.getRange");
      },
      `event.getRange(${address})`,
    );
    return orNull ? proxy.queueOrNull() : proxy;
  };
}

export { SimError } from "./errors";
export type { SimErrorCode } from "./errors";
export type { StatsSnapshot, SyncRecord } from "./accounting";
export type { EditResult, CellValidation, TableInfo } from "./user";
export { UserApi } from "./user";
export type { SortOptions } from "./sort";
export type { CellValue } from "./values";
export { officeShim, parseSetsParam, type SimOffice } from "./office-shim";
// For the workbench, which draws the simulated workbook as a grid.
export { columnLetters, formatAddress, parseRef, quoteSheetName, type Rect } from "./address";
export { displayText } from "./values";
export type { SheetModel } from "./sheet";
export type { WorkbookModel } from "./workbook";
export type { TableModel } from "./table-model";
