// OfficeExtension.EventHandlers / EventHandlerResult as the office-js runtime implements them
// (`GenericEventHandlers` and `EventHandlerResult` in node_modules/@microsoft/office-js/dist/
// excel-web-16.00.debug.js):
// - Each event property of each proxy object is one EventHandlers object (`this.m_changed ??= ...`)
//   with its own list of handlers; add and remove take effect when its context syncs.
// - `remove(handler)` looks for the handler only in that object's own list. The same sheet reached
//   through another proxy (another getItem, another Excel.run) has an empty list, so removing
//   there does nothing: handlers are removed in the context, and through the object, that added them.
// - `EventHandlerResult.remove()` queues the removal on the context that added the handler; it
//   happens when that context syncs, e.g. in `Excel.run(result.context, ...)` as the docs' sample does:
//   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler
import { ACTION_OVERHEAD_BYTES } from "../accounting";
import type { SimContext } from "../context";
import { EventKind, EventName, Handler } from "../events";

interface Entry {
  handler: Handler;
  id: number;
}

class SimEventHandlerResult {
  private handlers: SimEventHandlers | null;

  constructor(
    private readonly ctx: SimContext,
    handlers: SimEventHandlers,
    private readonly handler: Handler,
  ) {
    this.handlers = handlers;
  }

  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }

  /** Queues the removal on the adding context (no object path is involved, so no lifetime check). */
  remove(): void {
    if (!this.handlers) return;
    this.handlers.queueRemove(this.handler);
    this.handlers = null;
  }
}

export class SimEventHandlers {
  private readonly entries: Entry[] = [];

  constructor(
    private readonly ctx: SimContext,
    private readonly born: number,
    private readonly kind: EventKind,
    private readonly event: EventName,
    private readonly key: () => string | null,
  ) {}

  private get path(): string {
    return `${this.kind}.on${this.event}`;
  }

  add(handler: Handler): SimEventHandlerResult {
    this.ctx.assertOpen(this.path, this.born);
    this.ctx.enqueue({
      ops: 1,
      bytes: ACTION_OVERHEAD_BYTES,
      run: () => {
        const key = this.key();
        if (key !== null) this.entries.push({ handler, id: this.ctx.host.hub.register(this.event, this.kind, key, handler) });
      },
    });
    return new SimEventHandlerResult(this.ctx, this, handler);
  }

  /** EventHandlers.remove(handler): only a handler this object added, at the next sync. */
  remove(handler: Handler): void {
    this.ctx.assertOpen(this.path, this.born);
    this.queueRemove(handler);
  }

  queueRemove(handler: Handler): void {
    this.ctx.enqueue({
      ops: 1,
      bytes: ACTION_OVERHEAD_BYTES,
      run: () => {
        const i = this.entries.findLastIndex((entry) => entry.handler === handler);
        const entry = this.entries[i];
        if (!entry) return;
        this.ctx.host.hub.unregister(entry.id);
        this.entries.splice(i, 1);
      },
    });
  }
}
