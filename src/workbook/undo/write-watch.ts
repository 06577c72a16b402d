// The seam through which the pane's Undo sees an action's writes: the action (a fix, Fix all, an
// import) calls `before` inside its Excel.run once it knows which cells it will change and before
// it writes them, and `after` in the same run once they are written. Nothing else can write in
// between: workbook operations on one `run` are serialized (../serialize.ts).
import type { Rect } from "../excel/a1";
import type { TableLayout } from "../table/sheet-layout";

export interface WriteWatch {
  /** `areas`: 0-based sheet cells the action is about to write, on `layout`'s sheet. */
  before(context: Excel.RequestContext, layout: TableLayout, areas: readonly Rect[]): Promise<void>;
  /** `areas`: the cells as written; `rowCount`: the table's data rows now. */
  after(context: Excel.RequestContext, areas: readonly Rect[], rowCount: number): Promise<void>;
}
