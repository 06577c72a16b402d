// What a batch of queued changes needs (pure): nothing, one round over changed cells (any number of
// value edits: their rows are read together, so an import's chunked events cost one round), one
// structural change followed row by row, or a full check. After rows moved, a later change's
// address means something else: more than one change with a structural one is a full check.
import type { TableLayout } from "../table/sheet-layout";
import { classifyChange, type Change, type ChangeAction } from "./classify-change";

export type CellsAction = ChangeAction & { kind: "cells" };

/** A queued change; `fromSelection`: cells the selection left, read again (their fills are known). */
export type PendingChange = Change & { fromSelection?: boolean; source?: string | undefined };

export type BatchPlan =
  | { kind: "none" }
  | { kind: "full" }
  | { kind: "cells"; actions: CellsAction[]; fromSelection: boolean[] }
  | { kind: "one"; action: ChangeAction };

export function planBatch(batch: readonly PendingChange[], layout: TableLayout): { plan: BatchPlan; ignored: number } {
  const actions = batch.map((change) => ({ change, action: classifyChange(change, layout) }));
  const relevant = actions.filter(({ action }) => action.kind !== "ignore");
  const ignored = actions.length - relevant.length;
  const first = relevant[0];
  if (!first) return { plan: { kind: "none" }, ignored };
  if (relevant.some(({ action }) => action.kind === "full")) return { plan: { kind: "full" }, ignored };
  const cells = relevant.flatMap(({ action, change }) =>
    action.kind === "cells" ? [{ action, fromSelection: change.fromSelection === true }] : [],
  );
  if (cells.length === relevant.length) {
    return { plan: { kind: "cells", actions: cells.map((c) => c.action), fromSelection: cells.map((c) => c.fromSelection) }, ignored };
  }
  return { plan: relevant.length === 1 ? { kind: "one", action: first.action } : { kind: "full" }, ignored };
}
