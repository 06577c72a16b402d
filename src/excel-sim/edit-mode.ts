// Cell-edit mode: while a person is typing in a cell (before Enter), Excel refuses add-in requests.
// Excel.RunOptions.delayForCellEdit (@types/office-js): "When `false`, if the user is in cell edit
// when the batch request is processed by the host, the batch automatically fails. When `true`, the
// batch request is executed immediately if the user is not in cell edit mode, but if the user is in
// cell edit mode then the batch request is delayed until the user exits cell edit mode."
// The failure is Excel.ErrorCodes.invalidOperationInCellEditMode (office-js runtime: the host's
// error 5004 becomes "InvalidOperationInCellEditMode" in `RequestContext._processOfficeJsErrorResponse`).
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit
import { errors } from "./errors";
import { SheetModel } from "./sheet";

export interface EditedCell {
  sheet: SheetModel;
  r: number;
  c: number;
}

export class EditMode {
  private edited: EditedCell | undefined;
  private waiting: (() => void)[] = [];

  get cell(): EditedCell | undefined {
    return this.edited;
  }

  begin(cell: EditedCell): void {
    if (this.edited) throw new Error("excel-sim: a cell is already being edited (end or cancel that edit first)");
    this.edited = cell;
  }

  /** Leaves edit mode; requests that were waiting for it run now, in the order they arrived. */
  end(): void {
    this.edited = undefined;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  }

  /** Lets a request reach the workbook: at once, after the edit (delayed), or not at all. */
  async admit(delayForCellEdit: boolean): Promise<void> {
    while (this.edited) {
      if (!delayForCellEdit) throw errors.cellEditMode();
      await new Promise<void>((resume) => this.waiting.push(resume));
    }
  }
}
