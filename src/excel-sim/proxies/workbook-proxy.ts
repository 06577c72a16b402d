// Excel.Workbook. https://learn.microsoft.com/javascript/api/excel/excel.workbook
import type { SimContext } from "../context";
import { ClientProxy, Schema } from "../proxy";
import { WorkbookModel } from "../workbook";
import { RangeProxy } from "./range-proxy";
import { TableCollectionProxy } from "./table-proxy";
import { WorksheetCollectionProxy } from "./worksheet-proxy";

export class WorkbookProxy extends ClientProxy<WorkbookModel> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;

  constructor(ctx: SimContext) {
    super(ctx, () => ctx.host.wb, "workbook");
    this.worksheets = new WorksheetCollectionProxy(ctx, () => ctx.host.wb, "workbook.worksheets");
    this.tables = new TableCollectionProxy(ctx, () => ({ sheet: undefined }), "workbook.tables");
  }

  protected schema(): Schema<WorkbookModel> {
    return {
      type: "Workbook",
      scalars: { name: () => "Book1.xlsx", readOnly: () => false },
      navs: { worksheets: () => this.worksheets, tables: () => this.tables },
    };
  }

  get name(): string {
    return this.prop("name");
  }
  get readOnly(): boolean {
    return this.prop("readOnly");
  }

  getSelectedRange(): RangeProxy {
    this.assertUsable();
    return new RangeProxy(this.ctx, () => ({ ...this.ctx.host.wb.selection }), "workbook.getSelectedRange");
  }

  getActiveCell(): RangeProxy {
    this.assertUsable();
    return new RangeProxy(
      this.ctx,
      () => {
        const { sheet, rect } = this.ctx.host.wb.selection;
        return { sheet, rect: { r0: rect.r0, c0: rect.c0, r1: rect.r0, c1: rect.c0 } };
      },
      "workbook.getActiveCell",
    );
  }
}
