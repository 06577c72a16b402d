// Ctrl+Z in the workbench grid: the person's own last edits (typing, Delete, paste, a dropdown
// pick), undone as Excel's Undo would put the cells back. Each edit records the cells it is about
// to change (their formulas, which are the values for constant cells); Undo writes them back
// through the simulator's user API, so onChanged fires as for any edit and the add-in re-checks.
// Excel's own stack is not modelled: what it keeps of an add-in's writes depends on the version
// (cleared by most API writes before ExcelApi 1.19, office-js#3788; kept since, with the add-in's
// writes on it: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
// The pane has its own Undo for its actions (src/workbook/undo).
// Not undone here, as in Excel they would be: a table that grew to take in a typed row stays grown.
import { formatAddress, parseRef, type Rect, type UserApi } from "../excel-sim";

/** Excel keeps 100 undo levels. */
const UNDO_LEVELS = 100;

export interface UndoRecord {
  sheet: string;
  rect: Rect;
  /** Row by row: what each cell held, as text to enter ("" = empty). */
  before: string[][];
}

export interface UserUndo {
  /** Records the cells at `address` (sheet-qualified) before an edit changes them. */
  record(user: UserApi, address: string): void;
  /** After the edit: forgets the record when the edit changed nothing (refused by a Stop alert, same text typed). */
  settle(user: UserApi): void;
  /** Puts the last recorded cells back; the address restored, or null when there is nothing to undo. */
  undo(user: UserApi): string | null;
  readonly depth: number;
}

/** A cell's content as a person would type it back: the formula, else the value. */
function entryText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function readBefore(user: UserApi, sheet: string, rect: Rect): string[][] {
  return user.formulas(formatAddress(sheet, rect)).map((row) => row.map(entryText));
}

/** Writes the recorded cells back: runs of text pasted, empty cells cleared (paste skips validation, as Undo does). */
function writeBack(user: UserApi, record: UndoRecord): void {
  const { sheet, rect, before } = record;
  if (before.every((row) => row.every((text) => text === ""))) {
    user.clear(formatAddress(sheet, rect));
    return;
  }
  user.paste(formatAddress(sheet, { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 }), before);
  // An empty cell pasted as "" keeps its place empty; nothing else to clear.
}

export function createUserUndo(levels = UNDO_LEVELS): UserUndo {
  const stack: UndoRecord[] = [];
  return {
    record(user, address) {
      const ref = parseRef(address);
      if (!ref || ref.sheet === undefined) throw new Error(`user-undo: '${address}' is not a sheet-qualified address`);
      const rect = { r0: ref.r0, c0: ref.c0, r1: ref.r1, c1: ref.c1 };
      stack.push({ sheet: ref.sheet, rect, before: readBefore(user, ref.sheet, rect) });
      if (stack.length > levels) stack.shift();
    },
    settle(user) {
      const last = stack[stack.length - 1];
      if (!last) return;
      const after = readBefore(user, last.sheet, last.rect);
      if (after.every((row, i) => row.every((text, j) => text === last.before[i]?.[j]))) stack.pop();
    },
    undo(user) {
      const last = stack.pop();
      if (!last) return null;
      user.activate(last.sheet);
      writeBack(user, last);
      const address = formatAddress(last.sheet, last.rect);
      user.select(address);
      return address;
    },
    get depth() {
      return stack.length;
    },
  };
}
