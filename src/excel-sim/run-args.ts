// Excel.run's overloads (@types/office-js): run(batch), run(options, batch), run(object, batch),
// run(objects, batch), run(context, batch). A previous object or context makes the batch reuse that
// object's RequestContext, which is how an event handler is removed in the context that added it:
// `Excel.run(eventResult.context, async (context) => { eventResult.remove(); await context.sync(); })`
// (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
// The office-js runtime applies `delayForCellEdit` only where the host reports the
// "DelayForCellEdit" set (`onBeforeExcelRun` in excel-web-16.00.debug.js).
import { SimContext } from "./context";
import { errors } from "./errors";
import { ClientProxy } from "./proxy";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface RunRequest<T> {
  batch: Batch<T>;
  /** The context to reuse, when the caller passed one (or objects that carry one). */
  context: SimContext | undefined;
  delayForCellEdit: boolean;
}

function contextOf(previous: unknown): SimContext | undefined {
  if (previous === undefined || previous === null) return undefined;
  if (previous instanceof SimContext) return previous;
  if (previous instanceof ClientProxy) return previous.ctx;
  if (Array.isArray(previous)) {
    const contexts = new Set(previous.map(contextOf));
    // "The array will be validated to make sure that all of the objects share the same context."
    if (contexts.size !== 1 || contexts.has(undefined)) throw errors.invalidRequestContext();
    return [...contexts][0];
  }
  throw errors.invalidArgument("Excel.run", "The first argument of Excel.run is not a request context, an API object or RunOptions.");
}

function isRunOptions(x: unknown): x is Excel.RunOptions {
  return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof SimContext) && !(x instanceof ClientProxy);
}

export function parseRunArgs<T>(args: readonly unknown[]): RunRequest<T> {
  const [first, second] = args;
  if (typeof first === "function") return { batch: first as Batch<T>, context: undefined, delayForCellEdit: false };
  if (typeof second !== "function") throw errors.invalidArgument("Excel.run", "Excel.run needs a batch function.");
  const batch = second as Batch<T>;
  if (isRunOptions(first)) {
    return { batch, context: contextOf(first.previousObjects), delayForCellEdit: first.delayForCellEdit === true };
  }
  return { batch, context: contextOf(first), delayForCellEdit: false };
}
