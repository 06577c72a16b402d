// Excel's keys for a grid that is not in edit mode, as a pure function (unit-testable).
export type KeyAction =
  | { kind: "move"; r: number; c: number }
  /** text: undefined = F2 (edit the current content), else start typing with this text. */
  | { kind: "edit"; text?: string }
  | { kind: "clear" }
  | { kind: "list" };

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
}

/**
 * Excel's Ctrl+arrow: from a filled cell whose neighbour is filled, to the last filled cell of
 * the run; otherwise to the next filled cell, or the sheet's edge when there is none.
 */
export function jumpTarget(at: Where, dr: number, dc: number): { r: number; c: number } {
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
  return { kind: "move", ...jumpTarget(at, dr, dc) };
}

export function gridKeyAction(e: KeyLike, at: Where): KeyAction | null {
  const { r, c } = at;
  const ctrl = e.ctrlKey || e.metaKey;
  const move = (row: number, col: number): KeyAction => ({ kind: "move", r: Math.max(0, Math.min(at.rows - 1, row)), c: Math.max(0, Math.min(at.cols - 1, col)) });
  switch (e.key) {
    case "ArrowDown":
      if (e.altKey) return at.hasList ? { kind: "list" } : null;
      return ctrl ? jump(at, 1, 0) : move(r + 1, c);
    case "ArrowUp": return ctrl ? jump(at, -1, 0) : move(r - 1, c);
    case "ArrowLeft": return ctrl ? jump(at, 0, -1) : move(r, c - 1);
    case "ArrowRight": return ctrl ? jump(at, 0, 1) : move(r, c + 1);
    case "Enter": return move(e.shiftKey ? r - 1 : r + 1, c);
    case "Tab": return move(r, e.shiftKey ? c - 1 : c + 1);
    case "Home": return move(ctrl ? 0 : r, 0);
    case "End": return ctrl ? move(at.rows - 1, at.cols - 1) : null;
    case "PageDown": return move(r + at.pageRows, c);
    case "PageUp": return move(r - at.pageRows, c);
    case "F2": return { kind: "edit" };
    case "Delete": return { kind: "clear" };
    case "Backspace": return { kind: "edit", text: "" };
    default:
      if (e.key.length === 1 && !ctrl && !e.altKey) return { kind: "edit", text: e.key };
      return null;
  }
}
