// Table operations on the model: create, add rows, columns, header names, auto-expansion.
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables
// https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
import { colCountOf, intersect, Rect } from "./address";
import { cellSource, writeValues } from "./cells";
import { errors } from "./errors";
import { shiftLiveRanges } from "./live-ranges";
import { SheetModel } from "./sheet";
import { shiftDown } from "./structure";
import { TableModel } from "./table-model";
import { displayText } from "./values";
import { WorkbookModel } from "./workbook";

export function headerNames(t: TableModel): string[] {
  const out: string[] = [];
  for (let c = t.rect.c0; c <= t.rect.c1; c++) out.push(displayText(t.sheet.valueAt(t.rect.r0, c), undefined));
  return out;
}

/** Whether `rect` would overlap a table on `t`'s sheet other than `t`. */
export function overlapsOtherTable(wb: WorkbookModel, t: TableModel, rect: Rect): boolean {
  return wb.tablesOn(t.sheet).some((other) => other !== t && intersect(other.rect, rect));
}

/** Excel fills blank headers with "ColumnN" and makes duplicates unique ("Name2"). */
function uniqueHeaders(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((name, i) => {
    let base = name.trim() === "" ? `Column${i + 1}` : name;
    let candidate = base;
    for (let n = 2; seen.has(candidate.toLowerCase()); n++) candidate = `${base}${n}`;
    base = candidate;
    seen.add(base.toLowerCase());
    return base;
  });
}

/** A free header name: "Column1", "Column2", ... for a blank one, else the name made unique ("Name2"). */
function uniqueName(taken: Set<string>, raw: string): string {
  const blank = raw.trim() === "";
  const base = blank ? "Column" : raw;
  let n = blank ? 1 : 2;
  let name = blank ? `${base}${n++}` : raw;
  while (taken.has(name.toLowerCase())) name = `${base}${n++}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * A table's header row stays unique text whoever writes it: Excel renames a header cleared or typed
 * blank to "ColumnN" and a duplicate to "Name2" (from experience). Cells written by this change are
 * renamed; the others keep their names.
 */
export function keepHeadersUnique(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  for (const t of wb.tablesOn(sheet)) {
    const { r0, c0, c1 } = t.rect;
    if (rect.r0 > r0 || rect.r1 < r0 || rect.c1 < c0 || rect.c0 > c1) continue;
    const names = headerNames(t);
    const written = (i: number) => c0 + i >= rect.c0 && c0 + i <= rect.c1;
    const taken = new Set(names.filter((n, i) => !written(i) && n.trim() !== "").map((n) => n.toLowerCase()));
    names.forEach((name, i) => {
      if (!written(i)) return;
      sheet.values.set(r0, c0 + i, uniqueName(taken, name));
      sheet.formulas.set(r0, c0 + i, undefined);
    });
  }
}

function writeHeaders(sheet: SheetModel, row: number, c0: number, names: string[]): void {
  names.forEach((name, i) => {
    sheet.values.set(row, c0 + i, name);
    sheet.formulas.set(row, c0 + i, undefined);
  });
}

export function createTable(wb: WorkbookModel, sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
  const location = "TableCollection.add";
  if (wb.tablesOn(sheet).some((t) => intersect(t.rect, rect))) {
    throw errors.invalidArgument(location, "A table can't overlap another table.");
  }
  let area = { ...rect };
  if (!hasHeaders) {
    shiftDown(wb, sheet, rect.r0, 1, rect.c0, rect.c1, location);
    area = { ...rect, r1: rect.r1 + 1 };
    writeHeaders(sheet, rect.r0, rect.c0, uniqueHeaders(new Array<string>(colCountOf(rect)).fill("")));
  } else {
    if (area.r1 === area.r0) area.r1 = area.r0 + 1;
    const raw = [];
    for (let c = rect.c0; c <= rect.c1; c++) raw.push(displayText(sheet.valueAt(rect.r0, c), undefined));
    writeHeaders(sheet, rect.r0, rect.c0, uniqueHeaders(raw));
  }
  const table = new TableModel(wb.newTableId(), wb.defaultTableName(), sheet, area);
  wb.tables.push(table);
  return table;
}

export function renameTable(wb: WorkbookModel, t: TableModel, name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]$/.test(name)) {
    throw errors.invalidArgument("Table.name", `The table name '${name}' is not valid.`);
  }
  const other = wb.findTable(name);
  if (other && other !== t) throw errors.itemAlreadyExists("Table.name");
  t.name = name;
}

/** Copies formats and validation of row `from` into rows at..at+count-1 (columns of the table). */
export function inheritFormats(t: TableModel, from: number, at: number, count: number, keepExisting = false): void {
  const { sheet } = t;
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    const style = sheet.styles.get(from, c);
    const rule = sheet.validation.get(from, c);
    for (let r = at; r < at + count; r++) {
      if (style !== undefined && !(keepExisting && sheet.styles.get(r, c) !== undefined)) sheet.styles.set(r, c, style);
      if (rule !== undefined && !(keepExisting && sheet.validation.get(r, c) !== undefined)) sheet.validation.set(r, c, rule);
    }
  }
}

function bodyIsOneBlankRow(t: TableModel): boolean {
  const r = t.firstDataRow;
  return (
    t.dataRowCount === 1 && !t.sheet.values.rowHasData(r, t.rect.c0, t.rect.c1) && !t.sheet.formulas.rowHasData(r, t.rect.c0, t.rect.c1)
  );
}

/**
 * TableRowCollection.add: inserts rows (shifting cells below in the table's columns). A new table's
 * single blank data row is filled first: Office's own sample (tables.add("A1:D1", true) then
 * rows.add(null, [...8 rows])) yields a table with exactly those rows, no blank row.
 */
export function addTableRows(wb: WorkbookModel, t: TableModel, index: number | null | undefined, values: unknown): Rect {
  const location = "TableRowCollection.add";
  const cols = colCountOf(t.rect);
  const count = Array.isArray(values) ? values.length : 1;
  if (count === 0) throw errors.invalidArgument(location);
  if (Array.isArray(values) && values.some((row) => !Array.isArray(row) || row.length !== cols)) throw errors.invalidArgument(location);
  // "If null or -1, the addition happens at the end." (TableRowCollection.add, @types/office-js)
  const atEnd = index === null || index === undefined || index === -1;
  if (!atEnd && (index < 0 || index > t.dataRowCount)) throw errors.invalidArgument(location);
  const reuse = atEnd && Array.isArray(values) && bodyIsOneBlankRow(t) ? 1 : 0;
  const at = atEnd ? t.rect.r1 + 1 - reuse : t.firstDataRow + index;
  const rect = { r0: at, r1: at + count - 1, c0: t.rect.c0, c1: t.rect.c1 };
  const source = values === undefined || values === null ? () => null : cellSource<unknown>(values, rect, location);
  const inserted = count - reuse;
  if (inserted > 0) {
    shiftDown(wb, t.sheet, at + reuse, inserted, t.rect.c0, t.rect.c1, location, t);
    t.rect = { ...t.rect, r1: t.rect.r1 + inserted };
    const template = at + reuse - 1 > t.rect.r0 ? at + reuse - 1 : at + count <= t.rect.r1 ? at + count : -1;
    if (template >= 0) inheritFormats(t, template, at + reuse, inserted);
  }
  writeValues(t.sheet, rect, source, wb.styles);
  wb.record({ sheet: t.sheet, rect, changeType: "RowInserted" });
  return rect;
}

export function deleteTableRows(wb: WorkbookModel, t: TableModel, index: number, count: number): void {
  const location = "TableRow.delete";
  if (index < 0 || index + count > t.dataRowCount) throw errors.invalidArgument(location);
  const at = t.firstDataRow + index;
  const rect = { r0: at, r1: at + count - 1, c0: t.rect.c0, c1: t.rect.c1 };
  t.sheet.shiftCellsUp(at, count, t.rect.c0, t.rect.c1);
  shiftLiveRanges(wb, t.sheet, { axis: "rows", at, count: -count, from: t.rect.c0, to: t.rect.c1 });
  t.rect = { ...t.rect, r1: Math.max(t.rect.r0 + 1, t.rect.r1 - count) };
  wb.record({ sheet: t.sheet, rect, changeType: "RowDeleted" });
}

export function tableColumnIndex(t: TableModel, key: string | number): number {
  if (typeof key === "number") return t.columnIds.indexOf(key);
  const names = headerNames(t).map((n) => n.toLowerCase());
  const byName = names.indexOf(key.toLowerCase());
  return byName >= 0 ? byName : t.columnIds.indexOf(Number(key));
}

export function convertToRange(wb: WorkbookModel, t: TableModel): Rect {
  wb.removeTable(t);
  return t.rect;
}

/**
 * Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range and the
 * headers (or the top of the table) must be in the same row."
 * https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)
 * Rows the table takes in inherit the formats of its last row, as rows added to a table do.
 */
export function resizeTable(wb: WorkbookModel, t: TableModel, rect: Rect): void {
  const location = "Table.resize";
  if (rect.r0 !== t.rect.r0 || !intersect(rect, t.rect) || rect.r1 <= rect.r0) {
    throw errors.invalidArgument(location, "The new range must overlap the table, with its header in the same row.");
  }
  if (overlapsOtherTable(wb, t, rect)) {
    throw errors.invalidArgument(location, "A table can't overlap another table.");
  }
  const last = t.rect.r1;
  const widthBefore = colCountOf(t.rect);
  t.rect = { ...rect };
  const width = colCountOf(rect);
  while (t.columnIds.length < width) t.columnIds.push(t.newColumnId());
  t.columnIds.length = width;
  if (width !== widthBefore) writeHeaders(t.sheet, rect.r0, rect.c0, uniqueHeaders(headerNames(t)));
  if (rect.r1 > last) inheritFormats(t, last, last + 1, rect.r1 - last, true);
}
