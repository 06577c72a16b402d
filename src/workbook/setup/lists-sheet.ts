// The hidden sheet that holds the team's known user groups, the source of the Group dropdown. A
// range source has no length limit, unlike a literal list (255 characters):
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
// It is "VeryHidden" (https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility): the
// add-in rebuilds it from the team profile, so there is nothing on it for the user to edit, and it
// does not clutter Excel's Unhide list.
import type { Team } from "../../invites";
import { LISTS_SHEET_NAME } from "../table/sheet-layout";

/** The team's user groups in their own spelling, sorted for the dropdown. */
export function groupNames(team: Team): string[] {
  return [...team.userGroups.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base" }));
}

/**
 * Queues writing `groups` to column A of the lists sheet (created if missing, after a sync that
 * tells whether it exists). Returns the absolute source address for a list rule, or null when
 * there are no groups.
 */
export async function writeGroupList(context: Excel.RequestContext, groups: readonly string[]): Promise<string | null> {
  let sheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET_NAME);
  const used = sheet.getUsedRangeOrNullObject(true).load("rowCount");
  await context.sync();
  if (sheet.isNullObject) {
    sheet = context.workbook.worksheets.add(LISTS_SHEET_NAME);
    sheet.visibility = "VeryHidden";
  } else if (!used.isNullObject) {
    sheet.getRange("A:A").clear("Contents");
  }
  if (groups.length === 0) return null;
  const range = sheet.getRangeByIndexes(0, 0, groups.length, 1);
  range.numberFormat = [["@"]];
  range.values = groups.map((g) => [g]);
  return `=${LISTS_SHEET_NAME}!$A$1:$A$${groups.length}`;
}
