// An Excel table (ListObject): a rectangle on a sheet with a header row and at least one data row.
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables
import { Rect } from "./address";
import { SheetModel } from "./sheet";

export class TableModel {
  showTotals = false;
  style = "TableStyleMedium2";
  showBandedRows = true;
  showBandedColumns = false;
  showFilterButton = true;
  highlightFirstColumn = false;
  highlightLastColumn = false;
  deleted = false;
  columnIds: number[];
  private nextColumnId: number;

  constructor(
    readonly id: string,
    public name: string,
    readonly sheet: SheetModel,
    public rect: Rect,
    public showHeaders = true,
  ) {
    this.columnIds = Array.from({ length: rect.c1 - rect.c0 + 1 }, (_, i) => i + 1);
    this.nextColumnId = this.columnIds.length + 1;
  }

  get headerRow(): number {
    return this.rect.r0;
  }

  get firstDataRow(): number {
    return this.rect.r0 + 1;
  }

  get dataRowCount(): number {
    return this.rect.r1 - this.rect.r0;
  }

  headerRect(): Rect {
    return { ...this.rect, r1: this.rect.r0 };
  }

  bodyRect(): Rect {
    return { ...this.rect, r0: this.rect.r0 + 1 };
  }

  newColumnId(): number {
    return this.nextColumnId++;
  }
}
