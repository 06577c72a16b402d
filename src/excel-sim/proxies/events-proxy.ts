// EventHandlers.add / EventHandlerResult.remove: both take effect at the next sync, as in Office.
// https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlers
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler
import { ACTION_OVERHEAD_BYTES } from "../accounting";
import type { SimContext } from "../context";
import { EventKind, Handler } from "../events";

export class SimEventHandlerResult {
  private id: number | undefined;

  constructor(private readonly ctx: SimContext) {}

  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }

  bind(id: number): void {
    this.id = id;
  }

  remove(): void {
    this.ctx.assertOpen("EventHandlerResult");
    this.ctx.enqueue({
      ops: 1,
      bytes: ACTION_OVERHEAD_BYTES,
      run: () => {
        if (this.id !== undefined) this.ctx.host.hub.unregister(this.id);
      },
    });
  }
}

export class SimEventHandlers {
  constructor(
    private readonly ctx: SimContext,
    private readonly kind: EventKind,
    private readonly key: () => string | null,
  ) {}

  add(handler: Handler): SimEventHandlerResult {
    this.ctx.assertOpen(`${this.kind}.onChanged`);
    const result = new SimEventHandlerResult(this.ctx);
    this.ctx.enqueue({
      ops: 1,
      bytes: ACTION_OVERHEAD_BYTES,
      run: () => {
        const key = this.key();
        if (key !== null) result.bind(this.ctx.host.hub.register(this.kind, key, handler));
      },
    });
    return result;
  }

  /** EventHandlers.remove(handler): unregisters that function at the next sync. */
  remove(handler: Handler): void {
    this.ctx.assertOpen(`${this.kind}.onChanged`);
    this.ctx.enqueue({
      ops: 1,
      bytes: ACTION_OVERHEAD_BYTES,
      run: () => {
        const key = this.key();
        if (key !== null) this.ctx.host.hub.unregisterHandler(this.kind, key, handler);
      },
    });
  }
}
