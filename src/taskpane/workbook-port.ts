// The seam between the pane and the workbook layer: the workbook's operations with `run` already
// bound, so the pane controller never sees Excel.run. Derived from src/workbook's action list
// (bindWorkbook); connect-workbook.ts builds it. Tests may pass a fake to drive the controller
// through slow or failing work.
export type { WorkbookPort } from "../workbook";
