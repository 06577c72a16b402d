import { finding, type Finding } from "../finding";
import { firstOccurrences } from "../string-index";
import { quote } from "./rule";
import { usable, type SheetPass } from "./sheet-pass";

/** duplicate-account: on each later occurrence (case-insensitive, trimmed), naming the first row. */
export const findDuplicateAccounts: SheetPass = (sheet) => {
  const { rows } = sheet;
  const first = firstOccurrences(rows.length, (i) => {
    const account = (rows[i] as (typeof rows)[number]).account;
    // Blank accounts are missing-account's business, not duplicates.
    return account.trim() && usable(sheet, i, false) ? account : null;
  });
  for (let i = 0; i < rows.length; i++) {
    const earlier = first[i] as number;
    if (earlier >= 0)
      sheet.add(i, duplicateFinding(sheet.firstRow + i, (rows[i] as (typeof rows)[number]).account, sheet.firstRow + earlier));
  }
};

/** The finding on a later occurrence of an account first seen in row `firstRow` (also used live). */
export function duplicateFinding(rowNumber: number, account: string, firstRow: number): Finding {
  return finding(
    "duplicate-account",
    rowNumber,
    "account",
    `${quote(account.trim())} is already in row ${firstRow}. Each person can be invited once: delete this row or correct the address.`,
  );
}
