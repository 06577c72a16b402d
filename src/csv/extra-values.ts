// A row with more values than the header has columns: almost always a value with the delimiter
// in it and no quotes around it (`Lee, Ann`). The row is still read and the rest of the file
// checked (issue #10); the values past the header are never dropped:
// - the check reports an extra-values error on the row, naming the likely cause;
// - `fix` writes them back after the row's five columns, so the fixed file still shows the
//   problem (and a check of it says so again) instead of hiding it in a wrong cell;
// - the pane's import keeps them in the sheet at the end of the row's last column, joined with
//   the delimiter as the file had them, and names the rows in a warning.
import { describeRows, EXPORT_HEADERS, finding, quote, type ColumnKey, type Finding, type InviteRow } from "../invites";
import { delimiterName, type Delimiter } from "./sniff-dialect";

/** Index of the last value among a record's first `count` that is not blank (-1 when all are). */
export function lastValue(record: readonly string[], count = record.length): number {
  for (let i = count - 1; i >= 0; i--) if ((record[i] as string).trim()) return i;
  return -1;
}

export function extraValuesFinding(rowNumber: number, width: number, extra: readonly string[], delimiter: Delimiter): Finding {
  const name = delimiterName(delimiter);
  const values = width + extra.length;
  return finding(
    "extra-values",
    rowNumber,
    null,
    `This row has ${values} values but the header has ${width} column${width === 1 ? "" : "s"}, so ${quote(extra.join(delimiter))} is left over. ` +
      `A value with a ${name} in it (like "Lee${delimiter === "\t" ? " " : delimiter} Ann") must be in double quotes: add them in the file and read it again.`,
  );
}

/**
 * The rows as the pane imports them: each row's extra values kept at the end of its cell in
 * `column`, joined with the delimiter as the file had them, so the sheet holds all of its text.
 */
export function rowsKeepingExtraValues(
  rows: readonly InviteRow[],
  extraValues: ReadonlyMap<number, readonly string[]>,
  column: ColumnKey,
  delimiter: Delimiter,
): InviteRow[] {
  if (extraValues.size === 0) return rows.slice();
  return rows.map((row, index) => {
    const extra = extraValues.get(index);
    return extra ? { ...row, [column]: [row[column], ...extra].join(delimiter) } : row;
  });
}

/** The pane's warning after such an import; `rowNumbers` are the sheet rows the rows landed on. */
export function extraValuesNotice(rowNumbers: readonly number[], column: ColumnKey, delimiter: Delimiter): string {
  const rows = describeRows(rowNumbers);
  return (
    `${rows.charAt(0).toUpperCase()}${rows.slice(1)} had more values than the file's header has columns (a ${delimiterName(delimiter)} inside a value that is not in double quotes?). ` +
    `The extra values are kept at the end of the ${EXPORT_HEADERS[column]} cell: check ${rowNumbers.length === 1 ? "that row" : "those rows"}.`
  );
}
