// Excel.Table and TableCollection (workbook.tables and worksheet.tables).
// https://learn.microsoft.com/javascript/api/excel/excel.table
// https://learn.microsoft.com/javascript/api/excel/excel.tablecollection
import type { SimContext } from "../context";
import { errors } from "../errors";
import { ClientProxy, CollectionProxy, Resolver, Schema, SimClientResult } from "../proxy";
import { RangeEntity, rangeOnSheet } from "../range-entity";
import { SheetModel } from "../sheet";
import { TableModel } from "../table-model";
import { convertToRange, createTable, renameTable, resizeTable } from "../tables";
import { SimEventHandlers } from "./events-proxy";
import { RangeProxy } from "./range-proxy";
import { requireApi } from "../requirements";
import { TableColumnCollectionProxy, TableRowCollectionProxy } from "./table-parts";
import { WorksheetProxy } from "./worksheet-proxy";

export interface TableScope {
  sheet: SheetModel | undefined;
}

type Flag =
  | "showBandedRows"
  | "showBandedColumns"
  | "showFilterButton"
  | "highlightFirstColumn"
  | "highlightLastColumn"
  | "showTotals"
  | "showHeaders";

class TableProxy extends ClientProxy<TableModel> {
  private rowsProxy: TableRowCollectionProxy | undefined;
  private columnsProxy: TableColumnCollectionProxy | undefined;
  private changed: SimEventHandlers | undefined;
  private selectionChanged: SimEventHandlers | undefined;

  constructor(ctx: SimContext, resolver: Resolver<TableModel>, path: string) {
    super(ctx, resolver, path);
  }

  protected schema(): Schema<TableModel> {
    return {
      type: "Table",
      scalars: {
        id: (t) => t.id,
        legacyId: (t) => t.id,
        name: (t) => t.name,
        style: (t) => t.style,
        showHeaders: (t) => t.showHeaders,
        showTotals: (t) => t.showTotals,
        showBandedRows: (t) => t.showBandedRows,
        showBandedColumns: (t) => t.showBandedColumns,
        showFilterButton: (t) => t.showFilterButton,
        highlightFirstColumn: (t) => t.highlightFirstColumn,
        highlightLastColumn: (t) => t.highlightLastColumn,
      },
      navs: { rows: () => this.rows, columns: () => this.columns, worksheet: () => this.worksheet },
    };
  }

  get id(): string {
    return this.prop("id");
  }
  get legacyId(): string {
    return this.prop("legacyId");
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setProp("name", v, (t) => renameTable(this.ctx.host.wb, t, v));
  }
  get style(): string {
    return this.prop("style");
  }
  set style(v: string) {
    this.setProp("style", v, (t) => {
      t.style = v;
    });
  }

  private flag(name: Flag, v: boolean): void {
    this.setProp(name, v, (t) => {
      if (name === "showTotals" && v) throw errors.notImplemented("Table.showTotals");
      t[name] = v;
    });
  }

  get showHeaders(): boolean {
    return this.prop("showHeaders");
  }
  set showHeaders(v: boolean) {
    this.flag("showHeaders", v);
  }
  get showTotals(): boolean {
    return this.prop("showTotals");
  }
  set showTotals(v: boolean) {
    this.flag("showTotals", v);
  }
  get showBandedRows(): boolean {
    return this.prop("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this.flag("showBandedRows", v);
  }
  get showBandedColumns(): boolean {
    return this.prop("showBandedColumns");
  }
  set showBandedColumns(v: boolean) {
    this.flag("showBandedColumns", v);
  }
  get showFilterButton(): boolean {
    return this.prop("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this.flag("showFilterButton", v);
  }
  get highlightFirstColumn(): boolean {
    return this.prop("highlightFirstColumn");
  }
  set highlightFirstColumn(v: boolean) {
    this.flag("highlightFirstColumn", v);
  }
  get highlightLastColumn(): boolean {
    return this.prop("highlightLastColumn");
  }
  set highlightLastColumn(v: boolean) {
    this.flag("highlightLastColumn", v);
  }

  get rows(): TableRowCollectionProxy {
    this.rowsProxy ??= new TableRowCollectionProxy(this.ctx, () => this.resolve(), `${this.path}.rows`);
    return this.rowsProxy;
  }

  get columns(): TableColumnCollectionProxy {
    this.columnsProxy ??= new TableColumnCollectionProxy(this.ctx, () => this.resolve(), `${this.path}.columns`);
    return this.columnsProxy;
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.resolve()?.sheet ?? null, `${this.path}.worksheet`);
  }

  /** "Occurs when data in cells changes on a specific table." */
  get onChanged(): SimEventHandlers {
    requireApi(this.ctx.host.sets, "Table.onChanged");
    this.changed ??= new SimEventHandlers(this.ctx, this.born, "table", "Changed", () => this.resolve()?.id ?? null);
    return this.changed;
  }

  /** "Occurs when the selection changes on a specific table." */
  get onSelectionChanged(): SimEventHandlers {
    requireApi(this.ctx.host.sets, "Table.onSelectionChanged");
    this.selectionChanged ??= new SimEventHandlers(this.ctx, this.born, "table", "SelectionChanged", () => this.resolve()?.id ?? null);
    return this.selectionChanged;
  }

  private range(name: string, f: (t: TableModel) => RangeEntity): RangeProxy {
    this.assertUsable();
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        if (t?.deleted) throw errors.itemNotFound(`Table.${name}`);
        return t === null ? null : f(t);
      },
      `${this.path}.${name}`,
    );
  }

  getRange(): RangeProxy {
    return this.range("getRange", (t) => ({ sheet: t.sheet, rect: t.rect }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange", (t) => ({ sheet: t.sheet, rect: t.headerRect() }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange", (t) => ({ sheet: t.sheet, rect: t.bodyRect() }));
  }
  getTotalRowRange(): RangeProxy {
    return this.range("getTotalRowRange", () => {
      throw errors.invalidOperation("Table.getTotalRowRange", "The table has no total row.");
    });
  }

  delete(): void {
    this.call("delete", [], (t) => {
      const wb = this.ctx.host.wb;
      const rect = convertToRange(wb, t);
      t.sheet.values.clearRect(rect.r0, rect.c0, rect.r1, rect.c1);
      t.sheet.formulas.clearRect(rect.r0, rect.c0, rect.r1, rect.c1);
      wb.record({ sheet: t.sheet, rect, changeType: "RangeEdited" });
    });
  }

  convertToRange(): RangeProxy {
    this.call("convertToRange", [], (t) => void convertToRange(this.ctx.host.wb, t));
    return this.range("convertToRange", (t) => ({ sheet: t.sheet, rect: t.rect }));
  }

  /** Table.resize(newRange): ExcelApi 1.13. */
  resize(newRange: string | RangeProxy): void {
    this.call("resize", [typeof newRange === "string" ? newRange : "range"], (t) => {
      const target = typeof newRange === "string" ? rangeOnSheet(this.ctx.host.wb, t.sheet, newRange, "Table.resize") : newRange.resolve();
      if (!target || target.sheet !== t.sheet) throw errors.invalidArgument("Table.resize");
      resizeTable(this.ctx.host.wb, t, target.rect);
    });
  }

  clearFilters(): void {
    this.call("clearFilters", [], () => undefined);
  }
}

export class TableCollectionProxy extends CollectionProxy<SheetModel | TableScope, TableProxy> {
  protected schema(): Schema<SheetModel | TableScope> {
    return { type: "TableCollection", scalars: { count: (s) => this.list(s).length } };
  }

  private scopeSheet(s: SheetModel | TableScope): SheetModel | undefined {
    return s instanceof SheetModel ? s : s.sheet;
  }

  private list(s: SheetModel | TableScope): TableModel[] {
    const sheet = this.scopeSheet(s);
    const wb = this.ctx.host.wb;
    return sheet ? wb.tablesOn(sheet) : [...wb.tables];
  }

  get count(): number {
    return this.prop("count");
  }

  protected entities(s: SheetModel | TableScope): unknown[] {
    return this.list(s);
  }

  protected itemProxy(entity: unknown, index: number): TableProxy {
    return new TableProxy(this.ctx, () => entity as TableModel, `${this.path}[${index}]`);
  }

  private table(name: string, f: (tables: TableModel[]) => TableModel | null): TableProxy {
    this.assertUsable();
    return new TableProxy(
      this.ctx,
      () => {
        const s = this.resolve();
        return s === null ? null : f(this.list(s));
      },
      `${this.path}.${name}`,
    );
  }

  getItem(key: string): TableProxy {
    return this.table(`getItem(${key})`, (tables) => {
      const found = find(tables, key);
      if (!found) throw errors.itemNotFound(`TableCollection.getItem(${key})`);
      return found;
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    requireApi(this.ctx.host.sets, "TableCollection.getItemOrNullObject");
    return this.table(`getItemOrNullObject(${key})`, (tables) => find(tables, key) ?? null).queueOrNull();
  }

  getItemAt(index: number): TableProxy {
    return this.table(`getItemAt(${index})`, (tables) => {
      const t = tables[index];
      if (!t) throw errors.invalidArgument("TableCollection.getItemAt");
      return t;
    });
  }

  getCount(): SimClientResult<number> {
    return this.callForResult("getCount", (s) => this.list(s).length);
  }

  /** tables.add(address, hasHeaders): address is a string or a Range. */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: TableModel | undefined;
    this.call("add", [typeof address === "string" ? address : "range", hasHeaders], (s) => {
      const target = this.target(s, address);
      created = createTable(this.ctx.host.wb, target.sheet, target.rect, hasHeaders);
    });
    return this.table("add", () => created ?? null);
  }

  private target(s: SheetModel | TableScope, address: string | RangeProxy): RangeEntity {
    const location = "TableCollection.add";
    if (typeof address !== "string") {
      const e = address.resolve();
      if (!e) throw errors.invalidArgument(location);
      return e;
    }
    const wb = this.ctx.host.wb;
    const sheet = this.scopeSheet(s) ?? wb.activeSheet;
    return rangeOnSheet(wb, sheet, address, location);
  }
}

function find(tables: TableModel[], key: string): TableModel | undefined {
  const lower = key.toLowerCase();
  return tables.find((t) => t.name.toLowerCase() === lower || t.id === key);
}
