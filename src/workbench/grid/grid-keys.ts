// Excel's keys for a grid that is not in edit mode, as a pure function (unit-testable).
export type KeyAction =
  /** tabStart: the column a run of Tab entries started in, for the next Enter (null: no run). */
  | { kind: "move"; r: number; c: number; tabStart: number | null }
  /** text: undefined = F2 (edit the current content), else start typing with this text. */
  | { kind: "edit"; text?: string }
  | { kind: "clear" }
  | { kind: "list" }
  /** Ctrl+Z: undo the person's last edit. */
  | { kind: "undo" }
  /** Esc outside an entry: the next Tab or Shift+Tab leaves the grid (no keyboard trap). */
  | { kind: "release" };

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface Where {
  r: number;
  c: number;
  rows: number;
  cols: number;
  pageRows: number;
  hasList: boolean;
  /** Whether a cell holds nothing (for Ctrl+arrow jumps to the edge of the data). */
  isEmpty: (r: number, c: number) => boolean;
  /** The column the current run of Tab presses started in (null: none). */
  tabStart: number | null;
}

export type MoveKey = "Tab" | "ShiftTab" | "Enter" | "ShiftEnter";

/**
 * Tab and Enter as Excel moves with them: Tab goes right and starts (or continues) a run; Enter
 * after a run goes one row down to the column the run started in, so rows typed across with Tab
 * each start in the same column (Excel's "Enter returns to the starting column"). Shift+Tab goes
 * back within the run; left of its start the run ends. Unclamped: the caller keeps it on the sheet.
 */
export function tabEnterMove(
  key: MoveKey,
  r: number,
  c: number,
  tabStart: number | null,
): { r: number; c: number; tabStart: number | null } {
  switch (key) {
    case "Tab":
      return { r, c: c + 1, tabStart: tabStart ?? c };
    case "ShiftTab":
      return { r, c: c - 1, tabStart: tabStart !== null && c - 1 >= tabStart ? tabStart : null };
    case "Enter":
      return { r: r + 1, c: tabStart ?? c, tabStart: null };
    case "ShiftEnter":
      return { r: r - 1, c, tabStart: null };
  }
}

export function moveKeyOf(e: Pick<KeyLike, "key" | "shiftKey">): MoveKey | null {
  if (e.key === "Tab") return e.shiftKey ? "ShiftTab" : "Tab";
  if (e.key === "Enter") return e.shiftKey ? "ShiftEnter" : "Enter";
  return null;
}

/**
 * Excel's Ctrl+arrow: from a filled cell whose neighbour is filled, to the last filled cell of
 * the run; otherwise to the next filled cell, or the sheet's edge when there is none.
 */
function jumpTarget(at: Where, dr: number, dc: number): { r: number; c: number } {
  const inside = (r: number, c: number) => r >= 0 && c >= 0 && r < at.rows && c < at.cols;
  let r = at.r;
  let c = at.c;
  const filled = (y: number, x: number) => inside(y, x) && !at.isEmpty(y, x);
  if (filled(r, c) && filled(r + dr, c + dc)) {
    while (filled(r + dr, c + dc)) {
      r += dr;
      c += dc;
    }
    return { r, c };
  }
  while (inside(r + dr, c + dc)) {
    r += dr;
    c += dc;
    if (!at.isEmpty(r, c)) return { r, c };
  }
  return { r, c };
}

function jump(at: Where, dr: number, dc: number): KeyAction {
  return { kind: "move", ...jumpTarget(at, dr, dc), tabStart: null };
}

export function gridKeyAction(e: KeyLike, at: Where): KeyAction | null {
  const { r, c } = at;
  const ctrl = e.ctrlKey || e.metaKey;
  const move = (row: number, col: number, tabStart: number | null = null): KeyAction => ({
    kind: "move",
    r: Math.max(0, Math.min(at.rows - 1, row)),
    c: Math.max(0, Math.min(at.cols - 1, col)),
    tabStart,
  });
  const moveKey = moveKeyOf(e);
  if (moveKey && !ctrl && !e.altKey) {
    const to = tabEnterMove(moveKey, r, c, at.tabStart);
    return move(to.r, to.c, to.tabStart);
  }
  switch (e.key) {
    case "ArrowDown":
      if (e.altKey) return at.hasList ? { kind: "list" } : null;
      return ctrl ? jump(at, 1, 0) : move(r + 1, c);
    case "ArrowUp":
      return ctrl ? jump(at, -1, 0) : move(r - 1, c);
    case "ArrowLeft":
      return ctrl ? jump(at, 0, -1) : move(r, c - 1);
    case "ArrowRight":
      return ctrl ? jump(at, 0, 1) : move(r, c + 1);
    case "Escape":
      return { kind: "release" };
    case "Home":
      return move(ctrl ? 0 : r, 0);
    case "End":
      return ctrl ? move(at.rows - 1, at.cols - 1) : null;
    case "PageDown":
      return move(r + at.pageRows, c);
    case "PageUp":
      return move(r - at.pageRows, c);
    case "F2":
      return { kind: "edit" };
    case "Delete":
      return { kind: "clear" };
    case "Backspace":
      return { kind: "edit", text: "" };
    default:
      if (ctrl && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "z") return { kind: "undo" };
      if (e.key.length === 1 && !ctrl && !e.altKey) return { kind: "edit", text: e.key };
      return null;
  }
}
