// context.runtime.enableEvents: "Toggle JavaScript events in the current task pane or content add-in."
// https://learn.microsoft.com/javascript/api/excel/excel.runtime
import type { SimContext } from "../context";
import { requireApi } from "../requirements";
import { ClientProxy, Schema } from "../proxy";
import { EventHub } from "../events";

export class RuntimeProxy extends ClientProxy<EventHub> {
  constructor(ctx: SimContext) {
    super(ctx, () => ctx.host.hub, "runtime");
  }

  protected schema(): Schema<EventHub> {
    return { type: "Runtime", scalars: { enableEvents: (h) => h.enabled } };
  }

  get enableEvents(): boolean {
    requireApi(this.ctx.host.sets, "Runtime.enableEvents");
    return this.prop("enableEvents");
  }

  set enableEvents(v: boolean) {
    requireApi(this.ctx.host.sets, "Runtime.enableEvents");
    this.setProp("enableEvents", v, (h) => {
      h.enabled = v;
    });
  }
}
