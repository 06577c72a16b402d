// What the pane keeps to undo one of its own actions. Excel clears its undo stack when an add-in
// writes through most of the API (before ExcelApi 1.19, office-js#3788: "most of the set
// operation of Excel API will disable undo/redo, by design"); where it keeps one, the add-in's
// later writes (live validation's) sit on top of the user's. So the pane keeps its own
// before-image: the cells an action changed, read just before it changed them, and the same
// cells just after, to tell whether anyone changed them since.
import { parseArea, type Rect } from "../excel/a1";
import type { TableLayout } from "../table/sheet-layout";
import type { CellsImage } from "./cell-images";

export interface TableShape {
  sheetName: string;
  headerRow: number;
  firstColumn: number;
  headers: string[];
  /** 0-based sheet column of Status (the add-in's own column: live validation rewrites it). */
  statusColumn: number;
}

export interface UndoEntry {
  /** What is undone, as the pane names it: "Fix all", "the import". */
  action: string;
  table: TableShape;
  before: { rowCount: number; images: CellsImage[] };
  after: { rowCount: number; images: CellsImage[] };
}

export function shapeOf(layout: TableLayout): TableShape {
  return {
    sheetName: layout.sheetName,
    headerRow: layout.headerRow,
    firstColumn: layout.firstColumn,
    headers: [...layout.headers],
    statusColumn: layout.firstColumn + layout.status,
  };
}

/** Whether a change at `address` touches the cells an entry covers (an Undo would then refuse). */
export function undoTouches(entry: UndoEntry, address: string): boolean {
  const changed = parseArea(address);
  if (!changed) return true;
  return [...entry.after.images, ...entry.before.images].some((image) => overlaps(image.area, changed));
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
