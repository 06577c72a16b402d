// The workbench's simulated Excel, observable. The simulator raises onChanged only for value
// changes and offers no "something changed" hook for a grid (format writes, selection, sheet
// tabs fire nothing), so the grid is told after everything that can change the workbook:
//   - every `run` batch (the add-in's reads and writes, including those its event handlers make),
//   - every user action the workbench performs through `act`.
// One version number counts them; the grid re-reads the visible cells when it moves.
// A cell being edited puts the simulated Excel in cell-edit mode (the pane's requests fail or wait,
// as in Excel). A sheet action elsewhere in the workbench (a sheet tab, a paste of sample rows)
// first ends the edit the way Excel does when the user clicks away: the grid registers how.
import {
  createSimulatedExcel,
  type HostKind,
  type RequirementSets,
  type RunFn,
  type SheetModel,
  type SimulatedExcel,
  type UserApi,
} from "../excel-sim";
import type { RunExcel } from "../workbook";
import { a1, qualified } from "./grid/cell-view";
import { createUserUndo } from "./user-undo";

export interface SimHost {
  readonly sim: SimulatedExcel;
  readonly kind: HostKind;
  /** The simulator's run (Excel.run's overloads), announcing a change after each batch (resolved or failed). */
  readonly run: RunFn & RunExcel;
  /** Performs a user action (type, paste, pick, ...) and announces the change; an open cell edit is committed first. */
  act<T>(action: (user: UserApi) => T): T;
  /** A person's edit of the cells at `address` (sheet-qualified): recorded for Ctrl+Z, then performed as `act`. */
  edit<T>(address: string, action: (user: UserApi) => T): T;
  /** Ctrl+Z: puts back the cells of the person's last edit; the address restored, or null when there is none. */
  undo(): string | null;
  /** A person's paste of `rows` at (r, c): an `edit` of the block it covers. The address pasted at, or null when there is nothing. */
  paste(sheet: SheetModel, r: number, c: number, rows: readonly string[][]): string | null;
  /** Ends the open cell edit with `text` in it (Enter, Tab, a click away): recorded for Ctrl+Z like `edit`. */
  commitEdit(address: string, text: string): ReturnType<UserApi["endEdit"]>;
  /** A step of the cell edit itself (beginEdit, cancelEdit), announced like act. */
  editStep<T>(action: (user: UserApi) => T): T;
  /** The grid's way to commit its open edit before another action (null when nothing is edited). */
  setEditCommitter(commit: (() => void) | null): void;
  subscribe(listener: () => void): () => void;
  version(): number;
}

export function createSimHost(kind: HostKind, requirementSets?: RequirementSets): SimHost {
  const sim = createSimulatedExcel({ host: kind, ...(requirementSets ? { requirementSets } : {}) });
  let committer: (() => void) | null = null;
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
  const frame: (callback: () => void) => void =
    typeof requestAnimationFrame === "function" ? (callback) => void requestAnimationFrame(callback) : queueMicrotask;
  const addinChanged = () => {
    version++;
    if (nextFrame || soon) return;
    nextFrame = true;
    frame(() => {
      if (nextFrame) notify();
    });
  };

  // All of Excel.run's overloads (run(options, batch) for delayForCellEdit, run(context, batch)).
  const run = (async (...args: Parameters<typeof sim.run>) => {
    try {
      return await (sim.run as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      addinChanged();
    }
  }) as RunFn & RunExcel;

  const editStep = <T>(action: (user: UserApi) => T): T => {
    try {
      return action(sim.user);
    } finally {
      userChanged();
    }
  };
  let committing = false;
  const act = <T>(action: (user: UserApi) => T): T => {
    // The committer's own edit (the typed text going in) must not commit again.
    if (sim.user.editing && committer && !committing) {
      committing = true;
      try {
        committer();
      } finally {
        committing = false;
      }
    }
    return editStep(action);
  };
  const userUndo = createUserUndo();
  const edit = <T>(address: string, action: (user: UserApi) => T): T => {
    userUndo.record(sim.user, address);
    try {
      return act(action);
    } finally {
      userUndo.settle(sim.user);
    }
  };

  return {
    sim,
    kind,
    run,
    act,
    edit,
    commitEdit(address, text) {
      userUndo.record(sim.user, address);
      try {
        return editStep((user) => user.endEdit(text));
      } finally {
        userUndo.settle(sim.user);
      }
    },
    paste(sheet, r, c, rows) {
      // No spread: a paste may have more rows than a call takes arguments.
      const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
      if (rows.length === 0 || width === 0) return null;
      const at = qualified(sheet, r, c);
      edit(`${at}:${a1(r + rows.length - 1, c + width - 1)}`, (user) => user.paste(at, rows as string[][]));
      return at;
    },
    undo: () => act((user) => userUndo.undo(user)),
    editStep,
    setEditCommitter(commit) {
      committer = commit;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
