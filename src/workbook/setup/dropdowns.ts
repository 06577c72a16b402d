// In-cell dropdowns: License type and Role from literal lists (their canonical spellings), Group
// from the lists sheet. No error alert: the importer accepts other spellings ("technician") and
// new groups, which our rules explain in the Status cell in plain words, and paste bypasses data
// validation anyway ("Data validation ... does not apply to pasted values"), so our rules always run.
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
import { LICENSE_SPELLING, LICENSE_TYPES, ROLE_SPELLING, ROLES, type ColumnKey } from "../../invites";
import type { TableLayout } from "../table/sheet-layout";

const LICENSE_LIST = LICENSE_TYPES.map((t) => LICENSE_SPELLING[t]).join(",");
const ROLE_LIST = ROLES.map((r) => ROLE_SPELLING[r]).join(",");

function columnBody(table: Excel.Table, layout: TableLayout, key: ColumnKey): Excel.Range | null {
  const offset = layout.columns[key];
  return offset === undefined ? null : table.columns.getItemAt(offset).getDataBodyRange();
}

/** Sets one list rule on a column's data body (rows added later inherit it from the row above). */
function setList(range: Excel.Range | null, source: string | null): void {
  if (!range) return;
  // A rule cannot be set over another one; Office's samples clear first.
  range.dataValidation.clear();
  if (source === null) return;
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  range.dataValidation.errorAlert = { showAlert: false, style: "Stop", title: "", message: "" };
}

export function queueDropdowns(table: Excel.Table, layout: TableLayout, groupSource: string | null): void {
  setList(columnBody(table, layout, "licenseType"), LICENSE_LIST);
  setList(columnBody(table, layout, "role"), ROLE_LIST);
  setList(columnBody(table, layout, "group"), groupSource);
}
