// The request context: a queue of actions sent to "Excel" at context.sync(), with Office's
// request accounting and Excel on the web's payload limits.
// https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync
// https://learn.microsoft.com/javascript/api/excel/excel.requestcontext
import { REQUEST_OVERHEAD_BYTES, Stats } from "./accounting";
import { errors, SimError } from "./errors";
import { EventHub } from "./events";
import { WorkbookProxy } from "./proxies/workbook-proxy";
import { RuntimeProxy } from "./proxies/runtime-proxy";
import { WorkbookModel } from "./workbook";

export interface Host {
  wb: WorkbookModel;
  hub: EventHub;
  stats: Stats;
  /** Request/response byte limit (5 MB on the web, none on desktop). */
  payloadLimit: number;
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

export class SimContext {
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Action[] = [];
  private ended = false;

  constructor(readonly host: Host) {
    this.workbook = new WorkbookProxy(this);
    this.runtime = new RuntimeProxy(this);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  assertOpen(path: string): void {
    if (this.ended) throw errors.invalidObjectPath(path);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** Excel.run(context, batch) runs again in an existing context (its objects usable again). */
  reopen(): this {
    this.ended = false;
    return this;
  }

  /** Called by run() when the batch has finished: objects of this context become unusable. */
  end(): void {
    this.ended = true;
    this.queue = [];
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.ended) throw errors.invalidRequestContext();
    const batch = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (batch.length === 0) return passThroughValue as T;
    this.execute(batch);
    return passThroughValue as T;
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
