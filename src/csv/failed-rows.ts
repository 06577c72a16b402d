// "Download failed rows": after a submit, the rows that did not go in, as a CSV ready to fix and
// import again. The export format (the article's five fields, as export-csv.ts writes them) plus
// a Reason column saying what went wrong; each row exactly as it is in the sheet (nothing fixed,
// nothing dropped), in sheet order. Our own import reads it back: Reason is not one of our
// columns, so it is ignored and named. Rows whose request got no answer are left out (they may
// have been invited; Submit again checks them) and listed, so the pane can say so.
import { COLUMN_KEYS, EXPORT_HEADERS, formatRowStatus, isUnconfirmed, type InviteRow, type RowStatus } from "../invites";
import { csvRecord } from "./export-csv";

const REASON_HEADER = "Reason";

/** A row's result after a submit, by its index among the sheet's rows. */
export type RowOutcome = { index: number; status: RowStatus };

export type FailedRowsCsv = {
  /** The file's text (header included); write it as UTF-8. */
  text: string;
  /** Rows in the file. */
  rows: number;
  /** Sheet row numbers left out because their request got no answer (they may have been invited). */
  unconfirmed: number[];
};

export type FailedRowsInput = {
  rows: readonly InviteRow[];
  /** Each row's latest result; a row with several gets its last. Rows without one are not failed. */
  results: readonly RowOutcome[];
  /** Sheet row number of rows[0] (default 2: the header is row 1). */
  firstRow?: number;
  /** A byte-order mark first, so Excel opens the file as UTF-8. */
  bom?: boolean;
};

export function failedRowsCsv(input: FailedRowsInput): FailedRowsCsv {
  const firstRow = input.firstRow ?? 2;
  const latest = new Map<number, RowStatus>();
  for (const result of input.results) latest.set(result.index, result.status);
  let text = (input.bom ? "\ufeff" : "") + csvRecord([...COLUMN_KEYS.map((key) => EXPORT_HEADERS[key]), REASON_HEADER]);
  let rows = 0;
  const unconfirmed: number[] = [];
  input.rows.forEach((row, index) => {
    const status = latest.get(index);
    if (!status || status.kind === "invited") return;
    if (isUnconfirmed(status)) {
      unconfirmed.push(firstRow + index);
      return;
    }
    text += csvRecord([...COLUMN_KEYS.map((key) => row[key]), formatRowStatus(status)]);
    rows++;
  });
  return { text, rows, unconfirmed };
}
