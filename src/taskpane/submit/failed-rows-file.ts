// What "Download failed rows" saves after a submit: the sheet's rows as the submit read them, with
// each row's result from the submit itself (every RowResult the client reported) and, for failures
// the plan did not send again, the result kept in the workbook for that person. Never from the
// Status cells: a Status text can be stale, typed over, or a validation message.
import { failedRowsCsv, type RowOutcome } from "../../csv";
import { recordKey } from "../../invites";
import type { SubmitPlan } from "../../splashtop";
import type { SheetSnapshot } from "../../workbook";
import type { FailedRowsFile } from "./submit-model";

const FAILED_ROWS_FILE_NAME = "splashtop-failed-rows.csv";

/** Null when every row went in (nothing to download). */
export function failedRowsFile(
  sheet: Pick<SheetSnapshot, "rows" | "firstRow" | "records">,
  plan: Pick<SubmitPlan, "leftOut">,
  outcomes: readonly RowOutcome[],
): FailedRowsFile | null {
  const leftOut = plan.leftOut.flatMap((row): RowOutcome[] => {
    const record = sheet.records.get(recordKey(row.account));
    return record ? [{ index: row.index, status: record.result }] : [];
  });
  // The file is opened in Excel to be fixed: a byte-order mark makes Excel read it as UTF-8.
  const file = failedRowsCsv({ rows: sheet.rows, results: [...leftOut, ...outcomes], firstRow: sheet.firstRow, bom: true });
  if (file.rows === 0 && file.unconfirmed.length === 0) return null;
  return { fileName: FAILED_ROWS_FILE_NAME, text: file.text, rows: file.rows, unconfirmed: file.unconfirmed.length };
}
