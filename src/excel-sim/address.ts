// A1-style addresses as Office.js reports them: `Sheet1!A1:C3`, `'My Sheet'!A1`, `Sheet1!A:A`,
// `Sheet1!2:4`. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address
// Rows and columns are 0-based inside the simulator.

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedRef extends Rect {
  sheet?: string;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function isEntireColumns(r: Rect): boolean {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1;
}

export function isEntireRows(r: Rect): boolean {
  return r.c0 === 0 && r.c1 === MAX_COLS - 1;
}

/** `A1:C3`, `A1`, `A:C`, `2:4` (no sheet). */
export function formatRect(r: Rect): string {
  if (isEntireColumns(r) && !isEntireRows(r)) return `${columnLetters(r.c0)}:${columnLetters(r.c1)}`;
  if (isEntireRows(r)) return `${r.r0 + 1}:${r.r1 + 1}`;
  const a = `${columnLetters(r.c0)}${r.r0 + 1}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${columnLetters(r.c1)}${r.r1 + 1}`;
}

export function formatAddress(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${formatRect(r)}`;
}

type Part = { row?: number; col?: number };

function parsePart(text: string): Part | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  const part: Part = {};
  if (m[1]) part.col = columnIndex(m[1]);
  if (m[2]) part.row = Number(m[2]) - 1;
  return part;
}

function rectFromParts(a: Part, b: Part): Rect | undefined {
  const colsOnly = a.row === undefined && b.row === undefined;
  const rowsOnly = a.col === undefined && b.col === undefined;
  if (colsOnly && a.col !== undefined && b.col !== undefined) {
    return { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(a.col, b.col), c1: Math.max(a.col, b.col) };
  }
  if (rowsOnly && a.row !== undefined && b.row !== undefined) {
    return { r0: Math.min(a.row, b.row), r1: Math.max(a.row, b.row), c0: 0, c1: MAX_COLS - 1 };
  }
  if (a.row === undefined || a.col === undefined || b.row === undefined || b.col === undefined) return undefined;
  return { r0: Math.min(a.row, b.row), r1: Math.max(a.row, b.row), c0: Math.min(a.col, b.col), c1: Math.max(a.col, b.col) };
}

function inBounds(r: Rect): boolean {
  return r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLS;
}

/** Splits `Sheet!A1` / `'My ''x'' Sheet'!A1` into sheet name and the rest. */
function splitSheet(address: string): { sheet?: string; ref: string } {
  const text = address.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
  if (quoted) return { sheet: (quoted[1] ?? "").replace(/''/g, "'"), ref: quoted[2] ?? "" };
  const bang = text.lastIndexOf("!");
  if (bang > 0) return { sheet: text.slice(0, bang), ref: text.slice(bang + 1) };
  return { ref: text };
}

/** Parses one area (`A1`, `A1:B2`, `A:A`, `3:5`, optional sheet and `$`). Undefined when invalid. */
export function parseRef(address: string): ParsedRef | undefined {
  const { sheet, ref } = splitSheet(address);
  const pieces = ref.split(":");
  if (pieces.length > 2 || !pieces[0]) return undefined;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 && pieces[1] !== undefined ? parsePart(pieces[1]) : a;
  if (!a || !b) return undefined;
  if (pieces.length === 1 && (a.row === undefined || a.col === undefined)) return undefined;
  const rect = rectFromParts(a, b);
  if (!rect || !inBounds(rect)) return undefined;
  return sheet === undefined ? rect : { ...rect, sheet };
}

/** `A1:B2, D4` or `A1:B2;D4` (Worksheet.getRanges). */
export function parseAreas(address: string): ParsedRef[] | undefined {
  const parts = address
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const refs = parts.map(parseRef);
  return refs.every((r): r is ParsedRef => r !== undefined) && refs.length > 0 ? refs : undefined;
}

export function rowCountOf(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function colCountOf(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : undefined;
}
