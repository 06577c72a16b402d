// Excel on the web raises no onChanged for a pick from a cell's dropdown list (office-js #3888,
// #4066). So when the selection moves on, the cells it left are read again: pure, the address of
// the part of the left selection worth re-reading (the table body's dropdown columns), or null.
import { areaAddress, parseArea } from "../excel/a1";
import { sheetColumn, tableRect } from "../table/geometry";
import type { TableLayout } from "../table/sheet-layout";

/** Selections larger than this are not re-checked when left (a whole column is a full check's job). */
const SELECTION_RECHECK_CELLS = 2_000;

const DROPDOWN_COLUMNS = ["group", "licenseType", "role"] as const;

export function cellsToRecheck(leftAddress: string, layout: TableLayout): string | null {
  const rect = parseArea(leftAddress);
  if (!rect || (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1) > SELECTION_RECHECK_CELLS) return null;
  const table = tableRect(layout);
  const dropdowns = DROPDOWN_COLUMNS.flatMap((key) => sheetColumn(layout, key) ?? []);
  const hits = rect.r1 > table.r0 && rect.r0 <= table.r1 && dropdowns.some((c) => c >= rect.c0 && c <= rect.c1);
  if (!hits) return null;
  return areaAddress({ ...rect, r0: Math.max(rect.r0, table.r0 + 1), r1: Math.min(rect.r1, table.r1) });
}
