import { finding } from "../finding";
import { firstOccurrenceIndex } from "../string-index";
import { quote } from "./rule";
import { usable, type SheetPass, type SheetState } from "./sheet-pass";

/** duplicate-account: on each later occurrence (case-insensitive, trimmed), naming the first row. */
export const findDuplicateAccounts: SheetPass = (sheet) => {
  if (sheet.accounts) return fromIndex(sheet);
  const { rows } = sheet;
  const index = firstOccurrenceIndex(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const account = (rows[i] as (typeof rows)[number]).account;
    // Blank accounts are missing-account's business, not duplicates.
    if (!account.trim() || !usable(sheet, i, false)) continue;
    const first = index.firstOf(account, i);
    if (first >= 0) report(sheet, i, first);
  }
};

/** The same findings from a live index, in row order: O(duplicates), not O(rows). */
function fromIndex(sheet: SheetState): void {
  const found = [...(sheet.accounts as NonNullable<SheetState["accounts"]>).duplicates()].sort((a, b) => a[0] - b[0]);
  for (const [index, first] of found) if (usable(sheet, index, false)) report(sheet, index, first);
}

function report(sheet: SheetState, index: number, first: number): void {
  const account = (sheet.rows[index] as SheetState["rows"][number]).account.trim();
  sheet.add(index, finding("duplicate-account", sheet.firstRow + index, "account",
    `${quote(account)} is already in row ${sheet.firstRow + first}. Each person can be invited once: delete this row or correct the address.`));
}
