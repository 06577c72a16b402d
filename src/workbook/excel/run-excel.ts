// The one way the workbook layer reaches Excel: a function with Excel.run's signature. In Office it
// is `Excel.run` itself; in tests, the bench and the workbench it is the simulator's `run`.
// https://learn.microsoft.com/javascript/api/excel#excel-excel-run-function(1)
export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface RunExcel {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  /** Runs in an existing context (event handlers are removed in the context that added them). */
  <T>(context: Excel.RequestContext, batch: Batch<T>): Promise<T>;
}

// A batch that reaches Excel while the user is typing in a cell fails (InvalidOperation) unless
// it asks to wait: "When true ... if the user is in cell edit mode the batch request will be delayed
// until the user exits cell edit mode." https://learn.microsoft.com/javascript/api/excel/excel.runoptions
// Live validation runs right after each Enter, when the user is often already typing the next cell.
const WAIT_FOR_CELL_EDIT: Excel.RunOptions = { delayForCellEdit: true };

/** Every batch of the workbook layer goes through here. */
export function inExcel<T>(run: RunExcel, batch: Batch<T>): Promise<T> {
  return run(WAIT_FOR_CELL_EDIT, batch);
}

/** A problem the user can act on (no sheet yet, a header renamed...), in plain words. */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookError";
  }
}
