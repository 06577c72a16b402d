// What the grid shows for a cell, read straight from the simulator's model (read-only), as Excel
// would draw it: display text under the number format, fill, bold/italic, font color, dropdown.
import { columnLetters, displayText, quoteSheetName, type SheetModel, type TableModel, type WorkbookModel } from "../../excel-sim";

export interface CellView {
  text: string;
  fill: string | undefined;
  bold: boolean;
  italic: boolean;
  /** undefined = the theme's text color (Excel's "Automatic" black). */
  color: string | undefined;
  align: "left" | "right" | "center";
  hasList: boolean;
  /** The table edges this cell lies on (Excel outlines a table so a user sees what is in it), if in a table. */
  table?: { top: boolean; bottom: boolean; left: boolean; right: boolean };
}

/** The table holding a cell, if any. */
export function tableAt(wb: WorkbookModel, sheet: SheetModel, r: number, c: number): TableModel | undefined {
  return wb.tablesOn(sheet).find(({ rect }) => r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1);
}

function tableEdges(wb: WorkbookModel, sheet: SheetModel, r: number, c: number): CellView["table"] {
  const t = tableAt(wb, sheet, r, c);
  if (!t) return undefined;
  const { r0, r1, c0, c1 } = t.rect;
  return { top: r === r0, bottom: r === r1, left: c === c0, right: c === c1 };
}

export function a1(r: number, c: number): string {
  return `${columnLetters(c)}${r + 1}`;
}

export function qualified(sheet: SheetModel, r: number, c: number): string {
  return `${quoteSheetName(sheet.name)}!${a1(r, c)}`;
}

export function cellView(wb: WorkbookModel, sheet: SheetModel, r: number, c: number): CellView {
  const style = wb.styles.get(sheet.styleAt(r, c));
  const value = sheet.valueAt(r, c);
  const rule = wb.rules.get(sheet.ruleAt(r, c));
  const general = style.horizontalAlignment === "General";
  const align = general
    ? typeof value === "number"
      ? "right"
      : typeof value === "boolean"
        ? "center"
        : "left"
    : style.horizontalAlignment === "Right"
      ? "right"
      : style.horizontalAlignment === "Center"
        ? "center"
        : "left";
  return {
    text: displayText(value, style.numberFormat),
    fill: style.fill,
    bold: style.bold,
    italic: style.italic,
    color: style.fontColor === "#000000" && !style.fill ? undefined : style.fontColor,
    align,
    hasList: rule?.list.inCellDropDown === true,
    table: tableEdges(wb, sheet, r, c),
  };
}

/** The text F2 starts editing with: the formula if there is one, else the display text. */
export function editText(wb: WorkbookModel, sheet: SheetModel, r: number, c: number): string {
  return sheet.formulas.get(r, c) ?? cellView(wb, sheet, r, c).text;
}

/** Columns wide enough for the data plus a couple of empty ones, at least A..J. */
export function columnCount(sheet: SheetModel): number {
  let last = -1;
  for (const row of sheet.values.rows) if (row && row.length - 1 > last) last = row.length - 1;
  for (const c of sheet.colWidth.keys()) if (c > last) last = c;
  return Math.max(10, last + 3);
}

export function rowCount(sheet: SheetModel): number {
  return Math.max(100, sheet.values.rows.length + 50, sheet.styles.rows.length + 20);
}

/** Excel's column width is in points; 0 / unset = the default. */
export function columnWidthPx(sheet: SheetModel, c: number, fallback: number): number {
  const points = sheet.colWidth.get(c);
  return points && points > 0 ? Math.round((points * 96) / 72) : fallback;
}

/** Tab/newline text (what Excel puts on the clipboard) as rows of cells; quoted cells may hold tabs and newlines. */
export function parseClipboard(text: string): string[][] {
  // Without quotes every tab and line break is a separator: split (a large paste parses in a few
  // milliseconds instead of walking it character by character).
  if (!text.includes('"')) {
    if (text === "") return [];
    const lines = text.split(/\r\n|\n|\r/);
    if (lines[lines.length - 1] === "") lines.pop();
    return lines.map((line) => line.split("\t"));
  }
  const rows: string[][] = [];
  let row: string[] = [];
  const separator = /[\t\r\n]/g;
  let i = 0;
  while (i < text.length) {
    let cell: string;
    const end = text[i] === '"' ? closingQuote(text, i + 1) : -1;
    if (end > 0) {
      cell = text.slice(i + 1, end).replace(/""/g, '"');
      i = end + 1;
    } else {
      separator.lastIndex = i;
      const next = separator.exec(text);
      const j = next ? next.index : text.length;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= text.length) break;
    if (text[i] === "\t") {
      i++;
      if (i >= text.length) row.push("");
      continue;
    }
    if (text[i] === "\r" && text[i + 1] === "\n") i++;
    i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Index of the quote closing a quoted cell that starts at `from`, when followed by a tab, newline or the end. */
function closingQuote(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] !== '"') continue;
    if (text[j + 1] === '"') {
      j++;
      continue;
    }
    const next = text[j + 1];
    return next === undefined || next === "\t" || next === "\n" || next === "\r" ? j : -1;
  }
  return -1;
}
