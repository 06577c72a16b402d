// Excel.RangeAreas (Worksheet.getRanges("A1:B2, D4")): one object, one action, many areas.
// https://learn.microsoft.com/javascript/api/excel/excel.rangeareas
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges
import { colCountOf, formatAddress, Rect, rowCountOf } from "../address";
import type { SimContext } from "../context";
import { CollectionProxy, ClientProxy, Resolver, Schema } from "../proxy";
import { AreasEntity } from "../range-entity";
import { ClearApplyTo, clearRange } from "../range-writes";
import { RangeFormatProxy } from "./format-proxy";
import { RangeProxy } from "./range-proxy";

export class RangeAreasProxy extends ClientProxy<AreasEntity> {
  private formatProxy: RangeFormatProxy | undefined;
  private areasProxy: RangeCollectionProxy | undefined;

  constructor(ctx: SimContext, resolver: Resolver<AreasEntity>, path: string) {
    super(ctx, resolver, path);
  }

  protected schema(): Schema<AreasEntity> {
    return {
      type: "RangeAreas",
      scalars: {
        address: (e) => e.rects.map((r) => formatAddress(e.sheet.name, r)).join(","),
        areaCount: (e) => e.rects.length,
        cellCount: (e) => e.rects.reduce((n, r) => n + rowCountOf(r) * colCountOf(r), 0),
      },
      navs: { format: () => this.format, areas: () => this.areas },
    };
  }

  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }

  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this.ctx, () => this.resolve(), `${this.path}.format`);
    return this.formatProxy;
  }

  get areas(): RangeCollectionProxy {
    this.areasProxy ??= new RangeCollectionProxy(this.ctx, () => this.resolve(), `${this.path}.areas`);
    return this.areasProxy;
  }

  clear(applyTo: ClearApplyTo = "All"): void {
    this.call("clear", [applyTo], (e) => {
      for (const rect of e.rects) clearRange(this.ctx.host.wb, e.sheet, rect, applyTo);
    });
  }
}

class RangeCollectionProxy extends CollectionProxy<AreasEntity, RangeProxy> {
  protected schema(): Schema<AreasEntity> {
    return { type: "RangeCollection", scalars: { count: (e) => e.rects.length } };
  }

  get count(): number {
    return this.prop("count");
  }

  protected entities(e: AreasEntity): unknown[] {
    return e.rects.map((rect) => ({ sheet: e.sheet, rect }));
  }

  protected itemProxy(entity: unknown, index: number): RangeProxy {
    return new RangeProxy(this.ctx, () => entity as { sheet: AreasEntity["sheet"]; rect: Rect }, `${this.path}[${index}]`);
  }

  getItemAt(index: number): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const e = this.resolve();
        const rect = e?.rects[index];
        return e && rect ? { sheet: e.sheet, rect } : null;
      },
      `${this.path}.getItemAt(${index})`,
    );
  }
}
