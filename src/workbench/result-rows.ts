// Which rows of the invite table carry a submit result (Invited / Failed / Skipped), for the
// grid's row headers. Workbench chrome, not cell formatting: Excel shows only the Status text,
// so the grid marks the row header (as a person scanning the sheet would want) and leaves the
// cells exactly as the simulator holds them.
import { parseRef } from "../excel-sim";
import { isStatusHeader, parseRowStatus } from "../invites";
import { TABLE_NAME } from "../workbook";
import type { SimHost } from "./sim-host";

export type RowResult = "invited" | "failed" | "skipped";

/** A look-up from a 0-based sheet row of the active sheet to its result, or null. */
export function resultRows(host: SimHost): (r: number) => RowResult | null {
  const user = host.sim.user;
  const table = user.table(TABLE_NAME);
  if (!table || table.sheet !== user.activeSheet()) return () => null;
  const rect = parseRef(table.address);
  const offset = table.headers.findIndex((h) => isStatusHeader(h));
  if (!rect || offset < 0) return () => null;
  const sheet = host.sim.model.activeSheet;
  const col = rect.c0 + offset;
  return (r) => {
    if (r <= rect.r0 || r > rect.r1) return null;
    const value = sheet.valueAt(r, col);
    return parseRowStatus(typeof value === "string" ? value : null)?.kind ?? null;
  };
}
