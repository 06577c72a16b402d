// The pane's WorkbookPort over the workbook layer: the only module of the pane that holds `run`
// (Excel.run in Office, the simulator's run in the workbench). The workbook layer serialises its
// operations per `run` function, so every call here passes the same one.
import { bindWorkbook, type RunExcel, type WorkbookPort } from "../workbook";

export type { RunExcel } from "../workbook";

export function connectWorkbook(run: RunExcel): WorkbookPort {
  return bindWorkbook(run);
}
