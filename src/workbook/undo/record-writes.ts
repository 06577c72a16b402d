// A WriteWatch that records an UndoEntry: the cells' content before the action writes, and after.
import type { Rect } from "../excel/a1";
import type { TableLayout } from "../table/sheet-layout";
import { coalesce, readImages, type CellsImage } from "./cell-images";
import { shapeOf, type TableShape, type UndoEntry } from "./undo-entry";
import type { WriteWatch } from "./write-watch";

export interface Recorder {
  watch: WriteWatch;
  /** The entry, once the action has written (null when it wrote nothing). */
  entry(): UndoEntry | null;
}

export function recordWrites(action: string): Recorder {
  let table: TableShape | null = null;
  let before: { rowCount: number; images: CellsImage[] } | null = null;
  let after: { rowCount: number; images: CellsImage[] } | null = null;
  const watch: WriteWatch = {
    async before(context, layout: TableLayout, areas: readonly Rect[]) {
      table = shapeOf(layout);
      before = { rowCount: layout.rowCount, images: await readImages(context, layout.sheetName, coalesce(areas)) };
    },
    async after(context, areas, rowCount) {
      if (!table) throw new Error("record-writes: `after` without `before`");
      after = { rowCount, images: await readImages(context, table.sheetName, coalesce(areas)) };
    },
  };
  return {
    watch,
    entry() {
      if (!table || !before || !after) return null;
      const wrote =
        before.images.some((image) => image.cells.length > 0) ||
        after.images.some((image) => image.cells.length > 0) ||
        before.rowCount !== after.rowCount;
      return wrote ? { action, table, before, after } : null;
    },
  };
}
