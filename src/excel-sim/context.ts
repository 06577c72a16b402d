// The request context: a queue of actions sent to "Excel" at context.sync(), with Office's
// request accounting and Excel on the web's payload limits.
// https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync
// https://learn.microsoft.com/javascript/api/excel/excel.requestcontext
import { REQUEST_OVERHEAD_BYTES, Stats } from "./accounting";
import { EditMode } from "./edit-mode";
import { errors, SimError } from "./errors";
import { EventHub } from "./events";
import { RangeEntity } from "./range-entity";
import { WorkbookProxy } from "./proxies/workbook-proxy";
import { RuntimeProxy } from "./proxies/runtime-proxy";
import { requireApi } from "./requirements";
import { WorkbookModel } from "./workbook";

export interface Host {
  wb: WorkbookModel;
  hub: EventHub;
  stats: Stats;
  /** Request/response byte limit (5 MB on the web, none on desktop). */
  payloadLimit: number;
  editMode: EditMode;
  /** Requirement sets the host offers (lower-case name -> version), see requirements.ts. */
  sets: ReadonlyMap<string, string>;
  /** Whether a 1x1 numberFormat may be written to whole columns/rows (office-js-docs-pr#5400). */
  unboundedFormatBroadcast: boolean;
}

export interface ActionResult {
  responseBytes: number;
  commit(): void;
}

export interface Action {
  ops: number;
  bytes: number;
  run(): ActionResult | void;
}

/**
 * One RequestContext. Each Excel.run that uses it is a generation: objects made in an earlier run of
 * the context are released when that run ends (Excel.run "releases any tracked objects that were
 * automatically allocated during execution"), so using them later fails with InvalidObjectPath.
 */
export class SimContext {
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Action[] = [];
  private ended = true;
  /** Runs using this context now (run(object, batch) inside a run shares its context), with their options. */
  private readonly runs: { delayForCellEdit: boolean }[] = [];
  private workbookProxy: WorkbookProxy | undefined;
  private runtimeProxy: RuntimeProxy | undefined;
  /** Ranges resolved in this run: they follow inserted and deleted cells until the run ends. */
  private readonly live = new Set<RangeEntity>();
  generation = 0;

  constructor(readonly host: Host) {}

  get workbook(): WorkbookProxy {
    if (this.workbookProxy?.born !== this.generation) this.workbookProxy = new WorkbookProxy(this);
    return this.workbookProxy;
  }

  /** "[Api set: ExcelApi 1.5]" */
  get runtime(): RuntimeProxy {
    requireApi(this.host.sets, "RequestContext.runtime");
    if (this.runtimeProxy?.born !== this.generation) this.runtimeProxy = new RuntimeProxy(this);
    return this.runtimeProxy;
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  /** Objects can be used only in the run they were made in, while it lasts. */
  assertOpen(path: string, born = this.generation): void {
    if (this.ended || born !== this.generation) throw errors.invalidObjectPath(path);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  private get delayForCellEdit(): boolean {
    return this.runs.at(-1)?.delayForCellEdit ?? false;
  }

  /** Called by run() when a batch starts on this context (a new one, or one passed to run). */
  begin(options: { delayForCellEdit: boolean }): void {
    if (this.runs.length === 0) {
      this.generation++;
      this.ended = false;
    }
    this.runs.push(options);
  }

  /** Called by run() when a batch has finished; when no run uses the context, its objects are released. */
  end(): void {
    this.runs.pop();
    if (this.runs.length > 0) return;
    this.ended = true;
    this.queue = [];
    for (const e of this.live) this.host.wb.liveRanges.delete(e);
    this.live.clear();
  }

  /** A range resolved by this run; structural changes move it until the run ends. */
  track(entity: RangeEntity): RangeEntity {
    this.live.add(entity);
    this.host.wb.liveRanges.add(entity);
    return entity;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.ended) throw errors.invalidRequestContext();
    const batch = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (batch.length === 0) return passThroughValue as T;
    await this.admit(batch);
    this.execute(batch);
    return passThroughValue as T;
  }

  /** A request that reaches Excel while a cell is being edited fails, or waits when the run asked to. */
  private async admit(batch: Action[]): Promise<void> {
    try {
      await this.host.editMode.admit(this.delayForCellEdit);
    } catch (e) {
      if (!(e instanceof SimError)) throw e;
      const operations = batch.reduce((n, a) => n + a.ops, 0);
      this.host.stats.recordSync({ operations, requestBytes: REQUEST_OVERHEAD_BYTES, responseBytes: 0, error: e.code });
      throw e;
    }
  }

  private execute(batch: Action[]): void {
    const { wb, hub, stats, payloadLimit } = this.host;
    const ops = batch.reduce((n, a) => n + a.ops, 0);
    const requestBytes = REQUEST_OVERHEAD_BYTES + batch.reduce((n, a) => n + a.bytes, 0);
    if (requestBytes > payloadLimit) {
      stats.recordSync({ operations: ops, requestBytes, responseBytes: 0, error: "RequestPayloadSizeLimitExceeded" });
      throw errors.requestPayloadTooLarge();
    }
    const { results, error } = runActions(batch);
    hub.dispatch(wb, wb.takeChanges(), "ThisLocalAddin");
    const responseBytes = REQUEST_OVERHEAD_BYTES + results.reduce((n, r) => n + r.responseBytes, 0);
    const tooBig = responseBytes > payloadLimit ? errors.responsePayloadTooLarge() : undefined;
    const failure = error ?? tooBig;
    stats.recordSync({ operations: ops, requestBytes, responseBytes, ...(failure ? { error: failure.code } : {}) });
    if (failure) throw failure;
    for (const r of results) r.commit();
  }
}

/** Runs actions in order until the first error (later actions are not run, as in Office). */
function runActions(batch: Action[]): { results: ActionResult[]; error?: SimError } {
  const results: ActionResult[] = [];
  for (const action of batch) {
    try {
      const r = action.run();
      if (r) results.push(r);
    } catch (e) {
      if (e instanceof SimError) return { results, error: e };
      throw e;
    }
  }
  return { results };
}
