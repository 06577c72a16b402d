import * as z from "zod/mini";
import { COLUMN_KEYS, type ColumnKey } from "./columns";

/** One invite as the user wrote it: the article's five fields, raw text (blank = ""). */
export const InviteRowSchema = z.object({
  account: z.string(),
  group: z.string(),
  displayName: z.string(),
  licenseType: z.string(),
  role: z.string(),
});
export type InviteRow = z.infer<typeof InviteRowSchema>;

export function emptyRow(): InviteRow {
  return { account: "", group: "", displayName: "", licenseType: "", role: "" };
}

/** Blank rows are ignored by every rule (a row of only spaces is blank too). */
export function isBlankRow(row: InviteRow): boolean {
  return isBlank(row.account) && isBlank(row.group) && isBlank(row.displayName) && isBlank(row.licenseType) && isBlank(row.role);
}

function isBlank(text: string): boolean {
  return text.length === 0 || text.trim().length === 0;
}

export function rowFromCells(cells: readonly string[]): InviteRow {
  return {
    account: cells[0] ?? "",
    group: cells[1] ?? "",
    displayName: cells[2] ?? "",
    licenseType: cells[3] ?? "",
    role: cells[4] ?? "",
  };
}

export function cellsOfRow(row: InviteRow): string[] {
  return COLUMN_KEYS.map((key) => row[key]);
}

export function withValue(row: InviteRow, column: ColumnKey, value: string): InviteRow {
  return { ...row, [column]: value };
}
