// Submit records on the hidden lists sheet, columns C to I (a header row, then one record per
// row, in the order they were first written), so results survive closing the pane, saving and
// reopening the workbook. Chosen over a hidden table column, which a sort, a paste or a copied
// row would carry to the wrong person, and over document settings, which each pane caches on its
// own (a second pane would not see the first's results) and which hold about 2 MB.
// Records are read back through zod (recordFromCells): a cell edited by hand is skipped, not trusted.
import { RECORD_COLUMNS, recordCells, recordFromCells, recordKey, type SubmitRecord } from "../../invites";
import { areaAddress } from "../excel/a1";
import { cellText } from "../excel/cell-text";
import { columnStrips } from "../excel/column-strips";
import { ACTION_BYTES, cellBytes, readInChunks, writeInBatches, type WriteOp } from "../excel/chunking";
import { listsSheet } from "../setup/lists-sheet";
import { LISTS_SHEET_NAME } from "../table/sheet-layout";

const FIRST_COLUMN = 2; // C
const WIDTH = RECORD_COLUMNS.length;

export interface StoredRecord {
  record: SubmitRecord;
  /** 0-based row on the lists sheet. */
  sheetRow: number;
}

/** Every record by folded address (a later row for the same address wins), and the next free row. */
export interface RecordBook {
  byKey: Map<string, StoredRecord>;
  nextRow: number;
}

export function emptyBook(): RecordBook {
  return { byKey: new Map(), nextRow: 1 };
}

export async function readRecords(context: Excel.RequestContext): Promise<RecordBook> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET_NAME);
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount");
  await context.sync();
  const book = emptyBook();
  if (sheet.isNullObject || used.isNullObject) return book;
  const last = used.rowIndex + used.rowCount - 1;
  const rows = await readInChunks(1, last + 1, async (start, count) => {
    const range = sheet.getRangeByIndexes(start, FIRST_COLUMN, count, WIDTH).load("values");
    await context.sync();
    return range.values.map((values, k) => ({ sheetRow: start + k, cells: values.map(cellText) }));
  });
  for (const { sheetRow, cells } of rows) {
    if (cells.every((c) => c === "")) continue;
    book.nextRow = sheetRow + 1;
    const record = recordFromCells(cells);
    if (record) book.byKey.set(recordKey(record.account), { record, sheetRow });
  }
  return book;
}

/** Writes `records` (each replacing its address's earlier record in place) and updates the book. */
export async function writeRecords(context: Excel.RequestContext, book: RecordBook, records: readonly SubmitRecord[]): Promise<void> {
  if (records.length === 0) return;
  await listsSheet(context);
  const rows: { sheetRow: number; cells: string[] }[] = [];
  if (book.nextRow === 1) rows.push({ sheetRow: 0, cells: [...RECORD_COLUMNS] });
  for (const record of records) {
    const key = recordKey(record.account);
    const sheetRow = book.byKey.get(key)?.sheetRow ?? book.nextRow++;
    book.byKey.set(key, { record, sheetRow });
    rows.push({ sheetRow, cells: recordCells(record) });
  }
  await writeInBatches(context, LISTS_SHEET_NAME, blocks(rows));
}

/** Consecutive sheet rows as one write each (text format first, so nothing is read as a number or formula). */
function blocks(rows: readonly { sheetRow: number; cells: string[] }[]): WriteOp[] {
  // The last write for a row wins; runs of consecutive rows, at most 200 to a write.
  const latest = new Map(rows.map((r) => [r.sheetRow, { row: r.sheetRow, col: FIRST_COLUMN, cells: r.cells }]));
  return columnStrips([...latest.values()], 200).map((block) => {
    const r0 = block[0].row;
    const address = areaAddress({ r0, r1: r0 + block.length - 1, c0: FIRST_COLUMN, c1: FIRST_COLUMN + WIDTH - 1 });
    const values = block.map((b) => b.cells);
    return {
      address,
      bytes: 2 * ACTION_BYTES + address.length + values.flat().reduce((n, c) => n + cellBytes(c) + 1, 0),
      queue(sheet) {
        const range = sheet.getRange(address);
        range.numberFormat = values.map((row) => row.map(() => "@"));
        range.values = values;
      },
    };
  });
}
