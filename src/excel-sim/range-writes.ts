// Model-level range writes shared by the API proxies and the user actions; each data write
// records a change for onChanged.
import { Rect } from "./address";
import { cellSource, clearContents, clearFormats, writeValues } from "./cells";
import { SheetModel } from "./sheet";
import { keepHeadersUnique } from "./tables";
import { CellValue } from "./values";
import { WorkbookModel } from "./workbook";

export type ClearApplyTo = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

function isSingle(rect: Rect): boolean {
  return rect.r0 === rect.r1 && rect.c0 === rect.c1;
}

/**
 * Every data write by a person or the add-in ends here: table headers it touched are kept unique,
 * then a RangeEdited change is recorded; for one cell it carries before/after (ChangedEventDetail).
 */
export function recordEdit(wb: WorkbookModel, sheet: SheetModel, rect: Rect, before?: CellValue): void {
  keepHeadersUnique(wb, sheet, rect);
  if (!isSingle(rect)) return wb.record({ sheet, rect, changeType: "RangeEdited" });
  wb.record({ sheet, rect, changeType: "RangeEdited", single: true, before, after: sheet.valueAt(rect.r0, rect.c0) });
}

/** Range.values / Range.formulas set. */
export function setValues(wb: WorkbookModel, sheet: SheetModel, rect: Rect, input: unknown, location: string): void {
  const at = cellSource<unknown>(input, rect, location);
  const before = isSingle(rect) ? sheet.valueAt(rect.r0, rect.c0) : undefined;
  writeValues(sheet, rect, at, wb.styles);
  recordEdit(wb, sheet, rect, before);
}

export function clearRange(wb: WorkbookModel, sheet: SheetModel, rect: Rect, applyTo: ClearApplyTo): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  const before = isSingle(rect) ? sheet.valueAt(rect.r0, rect.c0) : undefined;
  if (contents) clearContents(sheet, rect);
  if (formats) clearFormats(sheet, rect);
  if (contents) recordEdit(wb, sheet, rect, before);
}
