// Undo of one of the pane's own actions: the cells it changed get back exactly what they held
// (formulas included), and a table an import grew or shrank gets its old number of rows. The
// writes raise onChanged like any change, so live validation re-checks those rows and their
// fills and Status follow. Refused, in plain words, when the cells were changed since (by hand,
// or a submit result written into Status): Undo never overwrites work done after the action.
import { areaAddress, columnLetters } from "../excel/a1";
import { writeInBatches } from "../excel/chunking";
import { bodyRect } from "../table/geometry";
import { findTable } from "../table/locate-table";
import type { RunExcel } from "../excel/run-excel";
import { excelJob } from "../excel/serialize";
import { isSubmittedStatus as isSubmitted } from "../../invites";
import { readImages, writeImageOps, type Cell, type CellsImage } from "./cell-images";
import { sameShape } from "../table/sheet-layout";
import { shapeOf, type UndoEntry } from "./undo-entry";

export type UndoOutcome = { ok: true; cells: number } | { ok: false; reason: string };

/** Rows added back per TableRowCollection.add call (about 1 MB of blank cells). */
const ADD_ROWS_PER_CALL = 20_000;

function quote(cell: Cell | undefined): string {
  const text = cell === undefined || cell === "" ? "" : String(cell);
  if (text === "") return "empty";
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}

interface Difference {
  address: string;
  was: Cell | undefined;
  now: Cell | undefined;
  submitted: boolean;
}

/** The first cell whose content is not what the action left (Status ignored unless it now holds a submit result). */
function firstDifference(after: readonly CellsImage[], now: readonly CellsImage[], statusColumn: number): Difference | null {
  for (const [k, left] of after.entries()) {
    const right = now[k];
    for (let i = 0; i < left.cells.length; i++) {
      for (let j = 0; j < (left.cells[i] ?? []).length; j++) {
        const was = left.cells[i]?.[j];
        const is = right?.cells[i]?.[j];
        if (was === is) continue;
        const col = left.area.c0 + j;
        const submitted = col === statusColumn && typeof is === "string" && isSubmitted(is);
        if (col === statusColumn && !submitted) continue; // live validation rewrites Status
        return { address: `${columnLetters(col)}${left.area.r0 + i + 1}`, was, now: is, submitted };
      }
    }
  }
  return null;
}

function cellsIn(images: readonly CellsImage[]): number {
  return images.reduce((n, image) => n + image.cells.reduce((m, row) => m + row.length, 0), 0);
}

export function undoAction(run: RunExcel, entry: UndoEntry): Promise<UndoOutcome> {
  const refuse = (why: string): UndoOutcome => ({ ok: false, reason: `Cannot undo ${entry.action}: ${why}` });
  return excelJob(run, async (context): Promise<UndoOutcome> => {
    const located = await findTable(context);
    if (!located) return refuse("the invite table is no longer in the workbook.");
    const layout = located.layout;
    if (!sameShape(shapeOf(layout), entry.table))
      return refuse("the invite table moved or its columns changed since, so Undo would put cells in the wrong places.");
    if (layout.rowCount !== entry.after.rowCount)
      return refuse("rows were added to or removed from the invite table since, so Undo would put cells in the wrong places.");
    const now = await readImages(
      context,
      layout.sheetName,
      entry.after.images.map((image) => image.area),
    );
    const changed = firstDifference(entry.after.images, now, entry.table.statusColumn);
    if (changed?.submitted)
      return refuse(
        `row ${changed.address.replace(/^[A-Z]+/, "")} was sent to Splashtop since (its Status says ${quote(changed.now)}). Undo would lose that result.`,
      );
    if (changed)
      return refuse(
        `${changed.address} was changed since (${quote(changed.was)} is now ${quote(changed.now)}). Undo would overwrite that change; change the cells back by hand instead.`,
      );

    const width = layout.headers.length;
    const sheet = located.sheet;
    if (entry.before.rowCount > layout.rowCount) {
      // Rows the action removed come back as blank rows (with the formats and dropdowns of the
      // row above, as TableRowCollection.add gives them), then get their cells below.
      for (let missing = entry.before.rowCount - layout.rowCount; missing > 0; missing -= ADD_ROWS_PER_CALL) {
        const count = Math.min(missing, ADD_ROWS_PER_CALL);
        located.table.rows.add(
          undefined,
          Array.from({ length: count }, () => Array<string>(width).fill("")),
        );
        await context.sync();
      }
    } else if (entry.before.rowCount < layout.rowCount) {
      const keep = Math.max(entry.before.rowCount, 1);
      sheet.getRange(areaAddress(bodyRect(layout, keep, layout.rowCount))).delete("Up");
      await context.sync();
    }
    await writeInBatches(context, layout.sheetName, writeImageOps(entry.before.images));
    return { ok: true, cells: cellsIn(entry.before.images) };
  });
}
