// Excel's Data > Sort A to Z (and Z to A) with a cell of a table selected: the table's data rows are
// sorted by that cell's column, the header stays. The person's action, so the add-in sees it as
// Excel reports a sort (one change over the sorted rows; docs/TESTING.md S4), and Ctrl+Z undoes it.
// https://support.microsoft.com/office/sort-data-in-a-range-or-table-62d0b95d-2a90-4610-a6ae-2e545c4a4654
import { a1, qualified, tableAt } from "./grid/cell-view";
import type { SimHost } from "./sim-host";

/** Sorts the table holding the active cell by its column; returns what happened, in words. */
export function sortTableAtSelection(host: SimHost, ascending: boolean): string {
  const wb = host.sim.model;
  const { sheet, rect: selected } = wb.selection;
  const table = tableAt(wb, sheet, selected.r0, selected.c0);
  if (!table) return "Select a cell in a table first: Sort sorts the table's rows by that cell's column.";
  const { rect } = table;
  const column = selected.c0 - rect.c0;
  const body = `${qualified(sheet, rect.r0 + 1, rect.c0)}:${a1(rect.r1, rect.c1)}`;
  host.edit(body, (user) => user.sort(table.name, { column, ascending }));
  const header = String(sheet.valueAt(rect.r0, selected.c0) ?? "");
  return `Sorted ${table.name} by ${header || a1(rect.r0, selected.c0)}, ${ascending ? "A to Z" : "Z to A"}.`;
}
