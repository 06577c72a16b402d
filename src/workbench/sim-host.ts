// The workbench's simulated Excel, observable. The simulator raises onChanged only for value
// changes and offers no "something changed" hook for a grid (format writes, selection, sheet
// tabs fire nothing), so the grid is told after everything that can change the workbook:
//   - every `run` batch (the add-in's reads and writes, including those its event handlers make),
//   - every user action the workbench performs through `act`.
// One version number counts them; the grid re-reads the visible cells when it moves.
import { createSimulatedExcel, type HostKind, type SimulatedExcel, type UserApi } from "../excel-sim";
import type { RunExcel } from "../workbook";
import { createUserUndo } from "./user-undo";

export interface SimHost {
  readonly sim: SimulatedExcel;
  readonly kind: HostKind;
  /** The simulator's run, announcing a change after each batch (resolved or failed). */
  readonly run: RunExcel;
  /** Performs a user action (type, paste, pick, ...) and announces the change. */
  act<T>(action: (user: UserApi) => T): T;
  /** A person's edit of the cells at `address` (sheet-qualified): recorded for Ctrl+Z, then performed as `act`. */
  edit<T>(address: string, action: (user: UserApi) => T): T;
  /** Ctrl+Z: puts back the cells of the person's last edit; the address restored, or null when there is none. */
  undo(): string | null;
  subscribe(listener: () => void): () => void;
  version(): number;
}

export function createSimHost(kind: HostKind): SimHost {
  const sim = createSimulatedExcel({ host: kind });
  const listeners = new Set<() => void>();
  let version = 0;
  let soon = false;
  let nextFrame = false;
  const notify = () => {
    soon = false;
    nextFrame = false;
    for (const listener of listeners) listener();
  };
  // A person's action re-renders at once (the next key press must see where the cursor went).
  const userChanged = () => {
    version++;
    if (soon) return;
    soon = true;
    queueMicrotask(notify);
  };
  // The add-in's batches (a validation round's reads and writes) re-render once per frame; where
  // frames never come (tests without a renderer), in a microtask.
  const frame: (callback: () => void) => void = typeof requestAnimationFrame === "function" ? (callback) => void requestAnimationFrame(callback) : queueMicrotask;
  const addinChanged = () => {
    version++;
    if (nextFrame || soon) return;
    nextFrame = true;
    frame(() => {
      if (nextFrame) notify();
    });
  };

  const run = (async (...args: Parameters<typeof sim.run>) => {
    try {
      return await (sim.run as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      addinChanged();
    }
  }) as RunExcel;

  const userUndo = createUserUndo();
  const act = <T>(action: (user: UserApi) => T): T => {
    try {
      return action(sim.user);
    } finally {
      userChanged();
    }
  };

  return {
    sim,
    kind,
    run,
    act,
    edit(address, action) {
      userUndo.record(sim.user, address);
      try {
        return act(action);
      } finally {
        userUndo.settle(sim.user);
      }
    },
    undo: () => act((user) => userUndo.undo(user)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
