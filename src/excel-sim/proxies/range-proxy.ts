// Excel.Range on the simulator. https://learn.microsoft.com/javascript/api/excel/excel.range
// Cell-level properties follow cell-props.ts: null on whole columns/rows, RangeExceedsLimit past
// 5,000,000 cells, writes refused on whole columns/rows and sent in 1,500-cell row chunks.
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "../accounting";
import { colCountOf, formatAddress, isEntireColumns, isEntireRows, Rect, rowCountOf } from "../address";
import { readFormulas, readNumberFormat, readText, readValues, writeNumberFormat, mapCells } from "../cells";
import { bulkChunks, CellProp, cellCount, checkCellWrite, readCells, validateArraySize } from "../cell-props";
import type { SimContext } from "../context";
import { errors } from "../errors";
import { requireApi } from "../requirements";
import { ClientProxy, Resolver, Schema } from "../proxy";
import { nav, RangeEntity } from "../range-entity";
import { ClearApplyTo, clearRange, setValues } from "../range-writes";
import { deleteCells, DeleteShift, insertCells, InsertShift } from "../structure";
import { valueType } from "../values";
import { moveSelection } from "../workbook";
import { RangeFormatProxy } from "./format-proxy";
import { DataValidationProxy } from "./validation-proxy";
import { WorksheetProxy } from "./worksheet-proxy";

type Child = (e: RangeEntity) => RangeEntity | null;

export class RangeProxy extends ClientProxy<RangeEntity> {
  private formatProxy: RangeFormatProxy | undefined;
  private validationProxy: DataValidationProxy | undefined;
  private sheetProxy: WorksheetProxy | undefined;

  constructor(ctx: SimContext, resolver: Resolver<RangeEntity>, path: string) {
    super(ctx, resolver, path);
  }

  /** Resolved ranges are live for the run (they follow inserts and deletes); a deleted one is unusable. */
  override resolve(): RangeEntity | null {
    const e = super.resolve();
    if (e === null) return null;
    if (e.deleted) throw errors.invalidReference(this.path);
    this.ctx.track(e);
    return e;
  }

  protected schema(): Schema<RangeEntity> {
    const styles = this.ctx.host.wb.styles;
    return {
      type: "Range",
      scalars: {
        address: (e) => formatAddress(e.sheet.name, e.rect),
        addressLocal: (e) => formatAddress(e.sheet.name, e.rect),
        values: (e) => readCells(e, "Range.values", () => readValues(e.sheet, e.rect)),
        text: (e) => readCells(e, "Range.text", () => readText(e.sheet, e.rect, styles)),
        formulas: (e) => readCells(e, "Range.formulas", () => readFormulas(e.sheet, e.rect)),
        formulasLocal: (e) => readCells(e, "Range.formulasLocal", () => readFormulas(e.sheet, e.rect)),
        numberFormat: (e) => readCells(e, "Range.numberFormat", () => readNumberFormat(e.sheet, e.rect, styles)),
        numberFormatLocal: (e) => readCells(e, "Range.numberFormatLocal", () => readNumberFormat(e.sheet, e.rect, styles)),
        valueTypes: (e) => readCells(e, "Range.valueTypes", () => mapCells(e.rect, (r, c) => valueType(e.sheet.valueAt(r, c)))),
        rowCount: (e) => rowCountOf(e.rect),
        columnCount: (e) => colCountOf(e.rect),
        rowIndex: (e) => e.rect.r0,
        columnIndex: (e) => e.rect.c0,
        cellCount: (e) => cellCount(e.rect),
        isEntireColumn: (e) => isEntireColumns(e.rect),
        isEntireRow: (e) => isEntireRows(e.rect),
        hidden: () => false,
      },
      navs: { format: () => this.format, dataValidation: () => this.dataValidation, worksheet: () => this.worksheet },
    };
  }

  private child(name: string, f: Child): RangeProxy {
    this.assertUsable();
    return new RangeProxy(
      this.ctx,
      () => {
        const e = this.resolve();
        return e === null ? null : f(e);
      },
      `${this.path}.${name}`,
    );
  }

  /** A child that fails with ItemNotFound when absent (non-OrNullObject variant). */
  private required(name: string, f: Child): RangeProxy {
    return this.child(name, (e) => {
      const out = f(e);
      if (out === null) throw errors.itemNotFound(`Range.${name}`);
      return out;
    });
  }

  private orNull(name: string, f: Child): RangeProxy {
    const p = this.child(name, f);
    return p.queueOrNull();
  }

  get address(): string {
    return this.prop("address");
  }
  get addressLocal(): string {
    return this.prop("addressLocal");
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.prop("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.prop("isEntireRow");
  }
  get hidden(): boolean {
    return this.prop("hidden");
  }

  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown[][]) {
    this.setCells("values", v);
  }

  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(v: unknown[][]) {
    this.setCells("formulas", v);
  }

  get formulasLocal(): unknown[][] {
    return this.prop("formulasLocal");
  }
  set formulasLocal(v: unknown[][]) {
    this.setCells("formulasLocal", v);
  }

  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.setCells("numberFormat", v);
  }

  /** Writes `input` to `rect` of the range's sheet (one action: the whole range or one chunk). */
  private writeCells(prop: CellProp, e: RangeEntity, rect: Rect, input: unknown): void {
    const { wb } = this.ctx.host;
    if (prop === "numberFormat") writeNumberFormat(e.sheet, rect, input, wb.styles, "Range.numberFormat");
    else setValues(wb, e.sheet, rect, input, `Range.${prop}`);
  }

  /** A cell-level set: one action, or (over 1,500 cells) a size check and one action per row chunk. */
  private setCells(prop: CellProp, input: unknown): void {
    const chunks = bulkChunks(input);
    if (!chunks) {
      this.setProp(prop, input, (e) => {
        checkCellWrite(e, prop, input, this.ctx.host.unboundedFormatBroadcast);
        this.writeCells(prop, e, e.rect, input);
      });
      return;
    }
    const rows = input as unknown[][];
    const columns = (rows[0] as unknown[]).length;
    this.keepLocally(prop, input);
    this.queueAction(ACTION_OVERHEAD_BYTES + 20, (e) => validateArraySize(e, rows.length, columns, `Range.${prop}`));
    for (const { start, count } of chunks) {
      const slice = rows.slice(start, start + count);
      this.queueAction(ACTION_OVERHEAD_BYTES + prop.length + jsonBytes(slice), (e) => {
        this.writeCells(prop, e, { ...e.rect, r0: e.rect.r0 + start, r1: e.rect.r0 + start + count - 1 }, slice);
      });
    }
  }

  get numberFormatLocal(): unknown[][] {
    return this.prop("numberFormatLocal");
  }

  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(
      this.ctx,
      () => {
        const e = this.resolve();
        return e === null ? null : { sheet: e.sheet, rects: [e.rect] };
      },
      `${this.path}.format`,
    );
    return this.formatProxy;
  }

  get dataValidation(): DataValidationProxy {
    requireApi(this.ctx.host.sets, "Range.dataValidation");
    this.validationProxy ??= new DataValidationProxy(
      this.ctx,
      () => {
        const e = this.resolve();
        return e === null ? null : { sheet: e.sheet, rects: [e.rect] };
      },
      `${this.path}.dataValidation`,
    );
    return this.validationProxy;
  }

  get worksheet(): WorksheetProxy {
    this.sheetProxy ??= new WorksheetProxy(this.ctx, () => this.resolve()?.sheet ?? null, `${this.path}.worksheet`);
    return this.sheetProxy;
  }

  getCell(row: number, column: number): RangeProxy {
    return this.child(`getCell(${row},${column})`, (e) => nav.cell(e, row, column));
  }
  getOffsetRange(rows: number, cols: number): RangeProxy {
    return this.child("getOffsetRange", (e) => nav.offset(e, rows, cols));
  }
  getResizedRange(rows: number, cols: number): RangeProxy {
    requireApi(this.ctx.host.sets, "Range.getResizedRange");
    return this.child("getResizedRange", (e) => nav.resized(e, rows, cols));
  }
  getRow(row: number): RangeProxy {
    return this.child(`getRow(${row})`, (e) => nav.row(e, row));
  }
  getColumn(col: number): RangeProxy {
    return this.child(`getColumn(${col})`, (e) => nav.column(e, col));
  }
  getEntireRow(): RangeProxy {
    return this.child("getEntireRow", nav.entireRow);
  }
  getEntireColumn(): RangeProxy {
    return this.child("getEntireColumn", nav.entireColumn);
  }
  getLastRow(): RangeProxy {
    return this.child("getLastRow", nav.lastRow);
  }
  getLastColumn(): RangeProxy {
    return this.child("getLastColumn", nav.lastColumn);
  }
  getLastCell(): RangeProxy {
    return this.child("getLastCell", nav.lastCell);
  }
  getRowsAbove(count = 1): RangeProxy {
    requireApi(this.ctx.host.sets, "Range.getRowsAbove");
    return this.child("getRowsAbove", (e) => nav.rowsAbove(e, count));
  }
  getRowsBelow(count = 1): RangeProxy {
    requireApi(this.ctx.host.sets, "Range.getRowsBelow");
    return this.child("getRowsBelow", (e) => nav.rowsBelow(e, count));
  }
  getColumnsBefore(count = 1): RangeProxy {
    requireApi(this.ctx.host.sets, "Range.getColumnsBefore");
    return this.child("getColumnsBefore", (e) => nav.columnsBefore(e, count));
  }
  getColumnsAfter(count = 1): RangeProxy {
    requireApi(this.ctx.host.sets, "Range.getColumnsAfter");
    return this.child("getColumnsAfter", (e) => nav.columnsAfter(e, count));
  }

  getBoundingRect(other: RangeProxy | string): RangeProxy {
    return this.child("getBoundingRect", (e) => nav.bounding(e, this.other(e, other)));
  }

  getIntersection(other: RangeProxy | string): RangeProxy {
    return this.required("getIntersection", (e) => nav.intersection(e, this.other(e, other)));
  }

  getIntersectionOrNullObject(other: RangeProxy | string): RangeProxy {
    requireApi(this.ctx.host.sets, "Range.getIntersectionOrNullObject");
    return this.orNull("getIntersectionOrNullObject", (e) => nav.intersection(e, this.other(e, other)));
  }

  /** "If there are no used cells within the range, this function will throw an ItemNotFound error." */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.required("getUsedRange", (e) => nav.used(e, valuesOnly));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    requireApi(this.ctx.host.sets, "Range.getUsedRangeOrNullObject");
    return this.orNull("getUsedRangeOrNullObject", (e) => nav.used(e, valuesOnly));
  }

  private other(e: RangeEntity, other: RangeProxy | string): RangeEntity {
    if (typeof other !== "string") {
      const o = other.resolve();
      if (o === null) throw errors.invalidArgument("Range");
      return o;
    }
    return WorksheetProxy.rangeIn(this.ctx.host.wb, e.sheet, other, "Range");
  }

  /** "Selects the specified range in the Excel UI." Raises onSelectionChanged like a click (from experience). */
  select(): void {
    this.call("select", [], (e) => {
      const wb = this.ctx.host.wb;
      if (moveSelection(wb, e.sheet, e.rect)) this.ctx.host.hub.dispatchSelection(wb, e.sheet, e.rect);
    });
  }

  clear(applyTo: ClearApplyTo = "All"): void {
    this.call("clear", [applyTo], (e) => clearRange(this.ctx.host.wb, e.sheet, e.rect, applyTo));
  }

  delete(shift: DeleteShift): void {
    this.call("delete", [shift], (e) => deleteCells(this.ctx.host.wb, e.sheet, e.rect, shift, "Range.delete"));
  }

  insert(shift: InsertShift): RangeProxy {
    this.call("insert", [shift], (e) => void insertCells(this.ctx.host.wb, e.sheet, e.rect, shift, "Range.insert"));
    return this.child("insert", (e) => e);
  }
}
