// Table rows and columns. https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection
// https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection
import { readValues } from "../cells";
import { errors } from "../errors";
import { requireApi } from "../requirements";
import { ClientProxy, CollectionProxy, Schema, SimClientResult } from "../proxy";
import { RangeEntity } from "../range-entity";
import { setValues } from "../range-writes";
import { TableModel } from "../table-model";
import { addTableRows, deleteTableRows, headerNames, tableColumnIndex } from "../tables";
import { RangeProxy } from "./range-proxy";

interface RowEntity {
  table: TableModel;
  index: number;
}

interface ColumnEntity {
  table: TableModel;
  id: number;
}

const rowRect = (e: RowEntity) => {
  const r = e.table.firstDataRow + e.index;
  return { ...e.table.rect, r0: r, r1: r };
};

class TableRowProxy extends ClientProxy<RowEntity> {
  protected schema(): Schema<RowEntity> {
    return {
      type: "TableRow",
      scalars: { index: (e) => e.index, values: (e) => readValues(e.table.sheet, rowRect(e)) },
    };
  }

  get index(): number {
    return this.prop("index");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown[][]) {
    this.setProp("values", v, (e) => setValues(this.ctx.host.wb, e.table.sheet, rowRect(e), v, "TableRow.values"));
  }

  getRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const e = this.resolve();
        return e === null ? null : { sheet: e.table.sheet, rect: rowRect(e) };
      },
      `${this.path}.getRange`,
    );
  }

  delete(): void {
    this.call("delete", [], (e) => deleteTableRows(this.ctx.host.wb, e.table, e.index, 1));
  }
}

export class TableRowCollectionProxy extends CollectionProxy<TableModel, TableRowProxy> {
  protected schema(): Schema<TableModel> {
    return { type: "TableRowCollection", scalars: { count: (t) => t.dataRowCount } };
  }

  get count(): number {
    return this.prop("count");
  }

  protected entities(t: TableModel): unknown[] {
    return Array.from({ length: t.dataRowCount }, (_, index) => ({ table: t, index }));
  }

  protected itemProxy(entity: unknown, index: number): TableRowProxy {
    return new TableRowProxy(this.ctx, () => entity as RowEntity, `${this.path}[${index}]`);
  }

  /** add(index?, values?): values is a 2D array, one inner array per new row (many rows at once). */
  add(index?: number | null, values?: unknown[][] | null, _alwaysInsert?: boolean): TableRowProxy {
    let first: RowEntity | null = null;
    this.call("add", [index ?? null, values ?? null], (t) => {
      const rect = addTableRows(this.ctx.host.wb, t, index, values ?? undefined);
      first = { table: t, index: rect.r0 - t.firstDataRow };
    });
    return new TableRowProxy(this.ctx, () => first, `${this.path}.add`);
  }

  getItemAt(index: number): TableRowProxy {
    this.assertUsable();
    return new TableRowProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        if (t === null) return null;
        if (index < 0 || index >= t.dataRowCount) throw errors.invalidArgument("TableRowCollection.getItemAt");
        return { table: t, index };
      },
      `${this.path}.getItemAt(${index})`,
    );
  }

  getCount(): SimClientResult<number> {
    return this.callForResult("getCount", (t) => t.dataRowCount);
  }

  /** TableRowCollection.deleteRowsAt(index, count). */
  deleteRowsAt(index: number, count = 1): void {
    requireApi(this.ctx.host.sets, "TableRowCollection.deleteRowsAt");
    this.call("deleteRowsAt", [index, count], (t) => deleteTableRows(this.ctx.host.wb, t, index, count));
  }
}

function columnRect(e: ColumnEntity): RangeEntity {
  const i = e.table.columnIds.indexOf(e.id);
  if (i < 0) throw errors.itemNotFound("TableColumn");
  const c = e.table.rect.c0 + i;
  return { sheet: e.table.sheet, rect: { ...e.table.rect, c0: c, c1: c } };
}

class TableColumnProxy extends ClientProxy<ColumnEntity> {
  protected schema(): Schema<ColumnEntity> {
    return {
      type: "TableColumn",
      scalars: {
        id: (e) => e.id,
        index: (e) => e.table.columnIds.indexOf(e.id),
        name: (e) => headerNames(e.table)[e.table.columnIds.indexOf(e.id)] ?? "",
        values: (e) => {
          const { sheet, rect } = columnRect(e);
          return readValues(sheet, rect);
        },
      },
    };
  }

  get id(): number {
    return this.prop("id");
  }
  get index(): number {
    return this.prop("index");
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setProp("name", v, (e) => {
      const { sheet, rect } = columnRect(e);
      sheet.values.set(rect.r0, rect.c0, v);
    });
  }

  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(v: unknown[][]) {
    this.setProp("values", v, (e) => {
      const { sheet, rect } = columnRect(e);
      setValues(this.ctx.host.wb, sheet, rect, v, "TableColumn.values");
    });
  }

  private part(name: string, f: (e: RangeEntity) => RangeEntity): RangeProxy {
    this.assertUsable();
    return new RangeProxy(
      this.ctx,
      () => {
        const e = this.resolve();
        return e === null ? null : f(columnRect(e));
      },
      `${this.path}.${name}`,
    );
  }

  getRange(): RangeProxy {
    return this.part("getRange", (e) => e);
  }
  getHeaderRowRange(): RangeProxy {
    return this.part("getHeaderRowRange", (e) => ({ sheet: e.sheet, rect: { ...e.rect, r1: e.rect.r0 } }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part("getDataBodyRange", (e) => ({ sheet: e.sheet, rect: { ...e.rect, r0: e.rect.r0 + 1 } }));
  }
}

export class TableColumnCollectionProxy extends CollectionProxy<TableModel, TableColumnProxy> {
  protected schema(): Schema<TableModel> {
    return { type: "TableColumnCollection", scalars: { count: (t) => t.columnIds.length } };
  }

  get count(): number {
    return this.prop("count");
  }

  protected entities(t: TableModel): unknown[] {
    return t.columnIds.map((id) => ({ table: t, id }));
  }

  protected itemProxy(entity: unknown, index: number): TableColumnProxy {
    return new TableColumnProxy(this.ctx, () => entity as ColumnEntity, `${this.path}[${index}]`);
  }

  private column(name: string, f: (t: TableModel) => ColumnEntity | null): TableColumnProxy {
    this.assertUsable();
    return new TableColumnProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        return t === null ? null : f(t);
      },
      `${this.path}.${name}`,
    );
  }

  private byKey(t: TableModel, key: string | number): ColumnEntity | null {
    const i = tableColumnIndex(t, key);
    const id = t.columnIds[i];
    return i >= 0 && id !== undefined ? { table: t, id } : null;
  }

  /** getItem(key): a column name or id; ItemNotFound at sync when absent. */
  getItem(key: string | number): TableColumnProxy {
    return this.column(`getItem(${key})`, (t) => {
      const found = this.byKey(t, key);
      if (!found) throw errors.itemNotFound(`TableColumnCollection.getItem(${key})`);
      return found;
    });
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    requireApi(this.ctx.host.sets, "TableColumnCollection.getItemOrNullObject");
    return this.column(`getItemOrNullObject(${key})`, (t) => this.byKey(t, key)).queueOrNull();
  }

  getItemAt(index: number): TableColumnProxy {
    return this.column(`getItemAt(${index})`, (t) => {
      const id = t.columnIds[index];
      if (id === undefined) throw errors.invalidArgument("TableColumnCollection.getItemAt");
      return { table: t, id };
    });
  }

  getCount(): SimClientResult<number> {
    return this.callForResult("getCount", (t) => t.columnIds.length);
  }
}
