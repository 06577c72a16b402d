// Demo data: rows with known mistakes from invites/sampleSheet, entered as a person would paste
// them (user.paste: no validation, onChanged fires).
import { columnLetters, parseRef, quoteSheetName } from "../excel-sim";
import { COLUMN_KEYS, EXPORT_HEADERS, sampleSheet, STATUS_HEADER } from "../invites";
import { TABLE_NAME } from "../workbook";
import type { SimHost } from "./sim-host";

/**
 * Into the invite table when there is one: its blank rows at the end first, then the row directly
 * below it, which makes the table grow (Excel's AutoExpansion; the simulator grows a table only
 * for entries starting in that row). Without a table: headers and rows on the active sheet, ready
 * for Set up sheet to adopt.
 */
export function loadSampleRows(host: SimHost, count: number): string {
  const mistakes = Math.max(1, Math.round(count / 25));
  const { rows } = sampleSheet(count, mistakes, count);
  const cells = rows.map((row) => COLUMN_KEYS.map((key) => row[key]));
  return host.act((user) => {
    const table = user.table(TABLE_NAME);
    if (!table) {
      const target = user.activeSheet();
      user.paste(`${quoteSheetName(target)}!A1`, [[...COLUMN_KEYS.map((key) => EXPORT_HEADERS[key]), STATUS_HEADER], ...cells]);
      return `Pasted ${count.toLocaleString()} rows (${mistakes} with a mistake) with headers into ${target}: choose Set up sheet to use them.`;
    }
    const rect = parseRef(table.address);
    if (!rect) throw new Error(`The invite table's address ${table.address} cannot be read.`);
    const sheet = quoteSheetName(table.sheet);
    const body = user.values(table.address).slice(1);
    let blankFrom = body.length;
    while (blankFrom > 0 && (body[blankFrom - 1] ?? []).every((v) => v === "" || v === null || v === undefined)) blankFrom--;
    const inside = Math.min(cells.length, body.length - blankFrom);
    const column = columnLetters(rect.c0);
    user.activate(table.sheet);
    // Sheet row numbers (1-based): the header is rect.r0 + 1, the first data row rect.r0 + 2.
    if (inside > 0) user.paste(`${sheet}!${column}${rect.r0 + 2 + blankFrom}`, cells.slice(0, inside));
    if (cells.length > inside) user.paste(`${sheet}!${column}${rect.r1 + 2}`, cells.slice(inside));
    return `Pasted ${count.toLocaleString()} rows (${mistakes} with a mistake) into ${table.sheet}.`;
  });
}
