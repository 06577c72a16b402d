// Reading and writing rectangles of cells: values, formulas, text, number formats, styles.
import { colCountOf, Rect, rowCountOf } from "./address";
import { errors } from "./errors";
import { SheetModel } from "./sheet";
import { Style, StyleKey, StyleTable } from "./styles";
import { CellValue, displayText, parseInput } from "./values";

export type Grid<T> = T[][];

export function readValues(sheet: SheetModel, rect: Rect): Grid<CellValue> {
  const out: CellValue[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row = sheet.values.rows[r];
    const line: CellValue[] = new Array<CellValue>(rect.c1 - rect.c0 + 1);
    for (let c = rect.c0; c <= rect.c1; c++) line[c - rect.c0] = row?.[c] ?? "";
    out.push(line);
  }
  return out;
}

export function readFormulas(sheet: SheetModel, rect: Rect): Grid<CellValue> {
  const values = readValues(sheet, rect);
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row = sheet.formulas.rows[r];
    const out = values[r - rect.r0];
    if (!row || !out) continue;
    for (let c = rect.c0; c <= rect.c1; c++) {
      const f = row[c];
      if (f !== undefined) out[c - rect.c0] = f;
    }
  }
  return values;
}

export function readText(sheet: SheetModel, rect: Rect, styles: StyleTable): Grid<string> {
  return mapCells(rect, (r, c) => displayText(sheet.valueAt(r, c), styles.get(sheet.styleAt(r, c)).numberFormat));
}

export function readNumberFormat(sheet: SheetModel, rect: Rect, styles: StyleTable): Grid<string> {
  return mapCells(rect, (r, c) => styles.get(sheet.styleAt(r, c)).numberFormat);
}

export function mapCells<T>(rect: Rect, f: (r: number, c: number) => T): Grid<T> {
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) line.push(f(r, c));
    out.push(line);
  }
  return out;
}

/**
 * Accepts a 2D array of the range's size, or a single value / 1x1 array applied to every cell.
 * "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
 */
export function cellSource<T>(input: unknown, rect: Rect, location: string): (r: number, c: number) => T {
  if (!Array.isArray(input)) return () => input as T;
  const rows = input as unknown[];
  const first = rows[0];
  if (rows.length === 1 && Array.isArray(first) && first.length === 1) return () => first[0] as T;
  const ok = rows.length === rowCountOf(rect) && rows.every((row) => Array.isArray(row) && row.length === colCountOf(rect));
  if (!ok) {
    throw errors.invalidArgument(
      location,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return (r, c) => (rows[r] as unknown[])[c] as T;
}

/** Enters values (typed/pasted/API): strings are parsed under each cell's number format. */
export function writeValues(sheet: SheetModel, rect: Rect, at: (r: number, c: number) => unknown, styles: StyleTable): void {
  for (let r = rect.r0; r <= rect.r1; r++) {
    let values: CellValue[] | undefined;
    for (let c = rect.c0; c <= rect.c1; c++) {
      const input = at(r - rect.r0, c - rect.c0);
      if (input === null || input === undefined) continue;
      const content = parseInput(input as CellValue, styles.get(sheet.styleAt(r, c)).numberFormat);
      if (content.formula !== undefined || sheet.formulas.rows[r]?.[c] !== undefined) sheet.formulas.set(r, c, content.formula);
      if (content.value === undefined && !sheet.values.rows[r]) continue;
      values ??= sheet.values.row(r);
      values[c] = content.value as CellValue;
    }
  }
}

export function writeCell(sheet: SheetModel, r: number, c: number, input: CellValue, styles: StyleTable): void {
  const format = styles.get(sheet.styleAt(r, c)).numberFormat;
  const content = parseInput(input, format);
  sheet.values.set(r, c, content.value);
  if (content.formula !== undefined || sheet.formulas.get(r, c) !== undefined) sheet.formulas.set(r, c, content.formula);
}

export function setStyle<K extends StyleKey>(sheet: SheetModel, rect: Rect, styles: StyleTable, key: K, value: Style[K]): void {
  const memo = new Map<number, number>();
  sheet.updateStyle(rect, (old) => {
    let id = memo.get(old);
    if (id === undefined) {
      id = styles.with(old, key, value);
      memo.set(old, id);
    }
    return id;
  });
}

/** The single value an input applies to every cell (scalar, 1x1 or all-equal array), if any. */
function uniformInput(input: unknown): { value: unknown } | undefined {
  if (!Array.isArray(input)) return { value: input };
  const first = (input[0] as unknown[] | undefined)?.[0];
  for (const row of input as unknown[][]) {
    if (!Array.isArray(row)) return undefined;
    for (const v of row) if (v !== first) return undefined;
  }
  return { value: first };
}

export function writeNumberFormat(sheet: SheetModel, rect: Rect, input: unknown, styles: StyleTable, location: string): void {
  const at = cellSource<string | null>(input, rect, location);
  const uniform = uniformInput(input);
  if (uniform) {
    if (uniform.value !== null && uniform.value !== undefined) setStyle(sheet, rect, styles, "numberFormat", String(uniform.value));
    return;
  }
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const f = at(r - rect.r0, c - rect.c0);
      if (f !== null && f !== undefined) sheet.styles.set(r, c, styles.with(sheet.styleAt(r, c), "numberFormat", String(f)));
    }
  }
}

export function clearContents(sheet: SheetModel, rect: Rect): void {
  sheet.values.clearRect(rect.r0, rect.c0, rect.r1, rect.c1);
  sheet.formulas.clearRect(rect.r0, rect.c0, rect.r1, rect.c1);
}

export function clearFormats(sheet: SheetModel, rect: Rect): void {
  sheet.updateStyle(rect, () => 0);
}

/**
 * A uniform attribute over all the areas, or null when any two cells differ (as Office reports mixed
 * formats). Every area counts, also one lying wholly below the styled rows (it has the column default).
 */
export function uniformStyle<K extends StyleKey>(sheet: SheetModel, rects: Rect[], styles: StyleTable, key: K): Style[K] | null {
  let seen: Style[K] | undefined;
  let first = true;
  const styled = lastStyledRow(sheet) + 1;
  for (const rect of rects) {
    const last = Math.min(rect.r1, Math.max(rect.r0, styled));
    for (let r = rect.r0; r <= last; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const v = styles.get(sheet.styleAt(r, c))[key];
        if (first) {
          seen = v;
          first = false;
        } else if (v !== seen) return null;
      }
    }
  }
  return seen as Style[K];
}

/** Rows past this one carry only column defaults, so one of them stands for all. */
function lastStyledRow(sheet: SheetModel): number {
  let last = sheet.styles.rows.length - 1;
  for (const r of sheet.rowStyle.keys()) if (r > last) last = r;
  return last;
}
