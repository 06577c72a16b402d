// The hidden sheet the add-in keeps: the team's known user groups (column A, the source of the
// Group dropdown: a range source has no length limit, unlike a literal list of 255 characters:
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation), and the
// submit results and the sender's lease (results/). It is "VeryHidden"
// (https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility): nothing on it is for
// the user to edit, and it does not clutter Excel's Unhide list.
import type { ResolvedTeam } from "../../invites";
import { LISTS_SHEET_NAME } from "../table/sheet-layout";

/** The team's user groups in their own spelling, sorted for the dropdown. */
export function groupNames(team: ResolvedTeam): string[] {
  return [...team.userGroups.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base" }));
}

/** The lists sheet, created (very hidden) when missing; one sync. */
export async function listsSheet(context: Excel.RequestContext): Promise<Excel.Worksheet> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET_NAME);
  await context.sync();
  return orCreated(context, sheet);
}

/** `found` (a getItemOrNullObject of the lists sheet, synced), or the sheet added when it was missing. */
export function orCreated(context: Excel.RequestContext, found: Excel.Worksheet): Excel.Worksheet {
  if (!found.isNullObject) return found;
  const created = context.workbook.worksheets.add(LISTS_SHEET_NAME);
  created.visibility = "VeryHidden";
  return created;
}

/**
 * Queues writing `groups` to column A of the lists sheet (after a sync that tells how much of the
 * column is in use, so only that part is cleared: writes to whole columns are not allowed). Returns
 * the absolute source address for a list rule, or null when there are no groups.
 */
export async function writeGroupList(context: Excel.RequestContext, groups: readonly string[]): Promise<string | null> {
  // One sync: whether the sheet is there, and how much of it is in use.
  const found = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET_NAME);
  const used = found.getUsedRangeOrNullObject(true).load("rowCount, rowIndex");
  await context.sync();
  const sheet = orCreated(context, found);
  if (!found.isNullObject && !used.isNullObject) sheet.getRangeByIndexes(0, 0, used.rowIndex + used.rowCount, 1).clear("Contents");
  if (groups.length === 0) return null;
  const range = sheet.getRangeByIndexes(0, 0, groups.length, 1);
  range.numberFormat = [["@"]];
  range.values = groups.map((g) => [g]);
  return `=${LISTS_SHEET_NAME}!$A$1:$A$${groups.length}`;
}
