// A1 addresses as Office.js reports them in Range.address and WorksheetChangedEventArgs.address
// ("B5", "A2:F10", "5:7" for entire rows, "B:D" for entire columns, optionally "Sheet!" and "$").
// Rows and columns here are 0-based, as in Worksheet.getRangeByIndexes.
export const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const PART = /^\$?([A-Z]{0,3})\$?(\d{0,7})$/;

function parsePart(text: string): { col?: number; row?: number } | null {
  const m = PART.exec(text.toUpperCase());
  if (!m || (!m[1] && !m[2])) return null;
  const out: { col?: number; row?: number } = {};
  if (m[1]) out.col = lettersToColumn(m[1]);
  if (m[2]) out.row = Number(m[2]) - 1;
  return out;
}

/** The rectangle of one A1 area (the sheet name, if any, is dropped), or null when not an address. */
export function parseArea(address: string): Rect | null {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).trim();
  const [first, second = first] = local.split(":");
  const a = parsePart(first ?? "");
  const b = parsePart(second ?? "");
  if (!a || !b) return null;
  const wholeRows = a.col === undefined && b.col === undefined;
  const wholeCols = a.row === undefined && b.row === undefined;
  if ((a.col === undefined) !== (b.col === undefined) || (a.row === undefined) !== (b.row === undefined)) return null;
  const rect = {
    r0: wholeCols ? 0 : (a.row as number),
    r1: wholeCols ? MAX_ROWS - 1 : (b.row as number),
    c0: wholeRows ? 0 : (a.col as number),
    c1: wholeRows ? MAX_COLUMNS - 1 : (b.col as number),
  };
  if (rect.r0 > rect.r1 || rect.c0 > rect.c1 || rect.r0 < 0 || rect.c0 < 0) return null;
  return rect;
}

/** "B5" or "B5:C9" (no sheet), the form Worksheet.getRange and getRanges accept. */
export function areaAddress(rect: Rect): string {
  const a = `${columnLetters(rect.c0)}${rect.r0 + 1}`;
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? a : `${a}:${columnLetters(rect.c1)}${rect.r1 + 1}`;
}

/** Normalised form for comparing addresses: no sheet, no "$", upper case. */
export function addressKey(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").toUpperCase().trim();
}
