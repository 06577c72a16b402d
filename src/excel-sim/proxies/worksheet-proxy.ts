// Excel.Worksheet, WorksheetCollection and WorksheetFreezePanes.
// https://learn.microsoft.com/javascript/api/excel/excel.worksheet
// https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection
// https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes
import { MAX_COLS, MAX_ROWS } from "../address";
import type { SimContext } from "../context";
import { errors } from "../errors";
import { ClientProxy, CollectionProxy, Resolver, Schema, SimClientResult } from "../proxy";
import { areasOnSheet, nav, RangeEntity, rangeOnSheet } from "../range-entity";
import { SheetModel, Visibility } from "../sheet";
import { WorkbookModel } from "../workbook";
import { RangeAreasProxy } from "./areas-proxy";
import { SimEventHandlers } from "./events-proxy";
import { RangeProxy } from "./range-proxy";
import { requireApi } from "../requirements";
import { TableCollectionProxy } from "./table-proxy";

const usedOrA1 = (sheet: SheetModel, valuesOnly: boolean): RangeEntity =>
  nav.used({ sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } }, valuesOnly) ?? {
    sheet,
    rect: { r0: 0, c0: 0, r1: 0, c1: 0 },
  };

export class WorksheetProxy extends ClientProxy<SheetModel> {
  private tablesProxy: TableCollectionProxy | undefined;
  private freezeProxy: FreezePanesProxy | undefined;
  private changed: SimEventHandlers | undefined;
  private selectionChanged: SimEventHandlers | undefined;

  constructor(ctx: SimContext, resolver: Resolver<SheetModel>, path: string) {
    super(ctx, resolver, path);
  }

  static rangeIn(wb: WorkbookModel, sheet: SheetModel, address: string, location: string): RangeEntity {
    return rangeOnSheet(wb, sheet, address, location);
  }

  protected schema(): Schema<SheetModel> {
    const wb = this.ctx.host.wb;
    return {
      type: "Worksheet",
      scalars: {
        id: (s) => s.id,
        name: (s) => s.name,
        position: (s) => wb.sheets.indexOf(s),
        visibility: (s) => s.visibility,
        tabColor: (s) => s.tabColor,
        standardWidth: () => 8.43,
      },
      navs: { tables: () => this.tables, freezePanes: () => this.freezePanes },
    };
  }

  get id(): string {
    return this.prop("id");
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setProp("name", v, (s) => {
      this.ctx.host.wb.checkSheetName(v, "Worksheet.name", s);
      s.name = v;
    });
  }

  get position(): number {
    return this.prop("position");
  }
  set position(v: number) {
    this.setProp("position", v, (s) => this.ctx.host.wb.move(s, v));
  }

  /** "Visible" | "Hidden" | "VeryHidden" (https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility) */
  get visibility(): Visibility {
    return this.prop("visibility");
  }
  set visibility(v: Visibility) {
    if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw errors.invalidArgument("Worksheet.visibility");
    this.setProp("visibility", v, (s) => this.ctx.host.wb.setVisibility(s, v));
  }

  get tabColor(): string {
    return this.prop("tabColor");
  }
  set tabColor(v: string) {
    this.setProp("tabColor", v, (s) => {
      s.tabColor = v;
    });
  }

  get tables(): TableCollectionProxy {
    this.tablesProxy ??= new TableCollectionProxy(this.ctx, () => this.resolve(), `${this.path}.tables`);
    return this.tablesProxy;
  }

  get freezePanes(): FreezePanesProxy {
    requireApi(this.ctx.host.sets, "Worksheet.freezePanes");
    this.freezeProxy ??= new FreezePanesProxy(this.ctx, () => this.resolve(), `${this.path}.freezePanes`);
    return this.freezeProxy;
  }

  /** "Occurs when data changes in a specific worksheet." One EventHandlers object per proxy, as in Office. */
  get onChanged(): SimEventHandlers {
    requireApi(this.ctx.host.sets, "Worksheet.onChanged");
    this.changed ??= new SimEventHandlers(this.ctx, this.born, "worksheet", "Changed", () => this.resolve()?.id ?? null);
    return this.changed;
  }

  /** "Occurs when the selection changes on a specific worksheet." */
  get onSelectionChanged(): SimEventHandlers {
    requireApi(this.ctx.host.sets, "Worksheet.onSelectionChanged");
    this.selectionChanged ??= new SimEventHandlers(this.ctx, this.born, "worksheet", "SelectionChanged", () => this.resolve()?.id ?? null);
    return this.selectionChanged;
  }

  private range(name: string, f: (s: SheetModel) => RangeEntity | null): RangeProxy {
    this.assertUsable();
    return new RangeProxy(
      this.ctx,
      () => {
        const s = this.resolve();
        return s === null ? null : f(s);
      },
      `${this.path}.${name}`,
    );
  }

  getRange(address?: string): RangeProxy {
    return this.range(`getRange(${address ?? ""})`, (s) => rangeOnSheet(this.ctx.host.wb, s, address, "Worksheet.getRange"));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    requireApi(this.ctx.host.sets, "Worksheet.getRangeByIndexes");
    return this.range("getRangeByIndexes", (s) =>
      nav.cell({ sheet: s, rect: { r0: row, c0: col, r1: row, c1: col } }, 0, 0),
    ).getResizedRange(rows - 1, cols - 1);
  }

  getCell(row: number, col: number): RangeProxy {
    return this.range("getCell", (s) => nav.cell({ sheet: s, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } }, row, col));
  }

  getRanges(address: string): RangeAreasProxy {
    requireApi(this.ctx.host.sets, "Worksheet.getRanges");
    this.assertUsable();
    return new RangeAreasProxy(
      this.ctx,
      () => {
        const s = this.resolve();
        return s === null ? null : areasOnSheet(s, address, "Worksheet.getRanges");
      },
      `${this.path}.getRanges`,
    );
  }

  /** "If the worksheet is blank, this function will return the top left cell." */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range("getUsedRange", (s) => usedOrA1(s, valuesOnly));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    requireApi(this.ctx.host.sets, "Worksheet.getUsedRangeOrNullObject");
    return this.range("getUsedRangeOrNullObject", (s) =>
      nav.used({ sheet: s, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } }, valuesOnly),
    ).queueOrNull();
  }

  activate(): void {
    this.call("activate", [], (s) => this.ctx.host.wb.activate(s));
  }

  delete(): void {
    this.call("delete", [], (s) => this.ctx.host.wb.deleteSheet(s));
  }
}

export class WorksheetCollectionProxy extends CollectionProxy<WorkbookModel, WorksheetProxy> {
  protected schema(): Schema<WorkbookModel> {
    return { type: "WorksheetCollection", scalars: {} };
  }

  protected entities(wb: WorkbookModel): unknown[] {
    return [...wb.sheets];
  }

  protected itemProxy(entity: unknown, index: number): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => entity as SheetModel, `${this.path}[${index}]`);
  }

  private sheet(name: string, f: (wb: WorkbookModel) => SheetModel | null): WorksheetProxy {
    this.assertUsable();
    return new WorksheetProxy(this.ctx, () => f(this.ctx.host.wb), `${this.path}.${name}`);
  }

  /** Fails at sync with ItemNotFound when no sheet has that name or id. */
  getItem(key: string): WorksheetProxy {
    return this.sheet(`getItem(${key})`, (wb) => wb.sheet(key, `WorksheetCollection.getItem(${key})`));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    requireApi(this.ctx.host.sets, "WorksheetCollection.getItemOrNullObject");
    return this.sheet(`getItemOrNullObject(${key})`, (wb) => wb.findSheet(key) ?? null).queueOrNull();
  }

  getActiveWorksheet(): WorksheetProxy {
    return this.sheet("getActiveWorksheet", (wb) => wb.activeSheet);
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    return this.sheet("getFirst", (wb) => (visibleOnly ? wb.visibleSheets() : wb.sheets)[0] ?? null);
  }

  getLast(visibleOnly = false): WorksheetProxy {
    return this.sheet("getLast", (wb) => (visibleOnly ? wb.visibleSheets() : wb.sheets).at(-1) ?? null);
  }

  add(name?: string): WorksheetProxy {
    let added: SheetModel | undefined;
    this.call("add", [name], (wb) => {
      added = wb.addSheet(name);
    });
    return this.sheet("add", () => added ?? null);
  }

  getCount(visibleOnly = false): SimClientResult<number> {
    return this.callForResult("getCount", (wb) => (visibleOnly ? wb.visibleSheets() : wb.sheets).length);
  }

  private changed: SimEventHandlers | undefined;
  private selectionChanged: SimEventHandlers | undefined;

  /** "Occurs when any worksheet in the workbook is changed." */
  get onChanged(): SimEventHandlers {
    requireApi(this.ctx.host.sets, "WorksheetCollection.onChanged");
    this.changed ??= new SimEventHandlers(this.ctx, this.born, "worksheets", "Changed", () => "*");
    return this.changed;
  }

  /** "Occurs when the selection changes on any worksheet." */
  get onSelectionChanged(): SimEventHandlers {
    requireApi(this.ctx.host.sets, "WorksheetCollection.onSelectionChanged");
    this.selectionChanged ??= new SimEventHandlers(this.ctx, this.born, "worksheets", "SelectionChanged", () => "*");
    return this.selectionChanged;
  }
}

class FreezePanesProxy extends ClientProxy<SheetModel> {
  protected schema(): Schema<SheetModel> {
    return { type: "WorksheetFreezePanes", scalars: {} };
  }

  freezeRows(count = 1): void {
    this.call("freezeRows", [count], (s) => {
      s.frozenRows = count;
      s.frozenCols = 0;
    });
  }

  freezeColumns(count = 1): void {
    this.call("freezeColumns", [count], (s) => {
      s.frozenCols = count;
      s.frozenRows = 0;
    });
  }

  freezeAt(range: RangeProxy | string): void {
    this.call("freezeAt", [typeof range === "string" ? range : "range"], (s) => {
      const e = typeof range === "string" ? rangeOnSheet(this.ctx.host.wb, s, range, "freezeAt") : range.resolve();
      if (!e) throw errors.invalidArgument("WorksheetFreezePanes.freezeAt");
      s.frozenRows = e.rect.r1 + 1;
      s.frozenCols = e.rect.c1 + 1;
    });
  }

  unfreeze(): void {
    this.call("unfreeze", [], (s) => {
      s.frozenRows = 0;
      s.frozenCols = 0;
    });
  }

  private location(s: SheetModel): RangeEntity | null {
    if (s.frozenRows === 0 && s.frozenCols === 0) return null;
    const r1 = s.frozenRows > 0 ? s.frozenRows - 1 : MAX_ROWS - 1;
    const c1 = s.frozenCols > 0 ? s.frozenCols - 1 : MAX_COLS - 1;
    return { sheet: s, rect: { r0: 0, c0: 0, r1, c1 } };
  }

  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const s = this.resolve();
        return s === null ? null : this.location(s);
      },
      `${this.path}.getLocationOrNullObject`,
    ).queueOrNull();
  }

  getLocation(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const s = this.resolve();
        const loc = s && this.location(s);
        if (!loc) throw errors.itemNotFound("WorksheetFreezePanes.getLocation");
        return loc;
      },
      `${this.path}.getLocation`,
    );
  }
}
