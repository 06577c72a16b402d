// The one way the workbook layer reaches Excel: a function with Excel.run's signature. In Office it
// is `Excel.run`; in tests, the bench and the workbench it is the simulator's `run`.
// https://learn.microsoft.com/javascript/api/excel#excel-excel-run-function(1)
export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A problem the user can act on (no sheet yet, a header renamed...), in plain words. */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookError";
  }
}
