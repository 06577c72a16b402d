// Range.format, format.fill, format.font on one or many areas (Range or RangeAreas).
// https://learn.microsoft.com/javascript/api/excel/excel.rangeformat
// https://learn.microsoft.com/javascript/api/excel/excel.rangefill  (an unfilled range reads "#FFFFFF")
// https://learn.microsoft.com/javascript/api/excel/excel.rangefont
// Reading a format over cells that differ returns null, as Office does.
import { setStyle, uniformStyle } from "../cells";
import type { SimContext } from "../context";
import { errors } from "../errors";
import { ClientProxy, Resolver, Schema } from "../proxy";
import { AreasEntity } from "../range-entity";
import { normalizeColor, Style, StyleKey } from "../styles";
import { displayText } from "../values";

const DEFAULT_COLUMN_WIDTH = 48;
const CHAR_WIDTH_POINTS = 5.25;

abstract class AreasProxy extends ClientProxy<AreasEntity> {
  protected read<K extends StyleKey>(e: AreasEntity, key: K): Style[K] | null {
    return uniformStyle(e.sheet, e.rects, this.ctx.host.wb.styles, key);
  }

  protected write<K extends StyleKey>(name: string, key: K, value: Style[K], raw: unknown): void {
    this.setProp(name, raw, (e) => this.apply(e, key, value));
  }

  protected apply<K extends StyleKey>(e: AreasEntity, key: K, value: Style[K]): void {
    for (const rect of e.rects) setStyle(e.sheet, rect, this.ctx.host.wb.styles, key, value);
  }
}

/** RangeFill.color / RangeFont.color: "#RRGGBB" or a named HTML color (@types/office-js), checked at sync. */
function colorOrFail(location: string, v: unknown): string {
  const color = typeof v === "string" ? normalizeColor(v) : undefined;
  if (color === undefined)
    throw errors.invalidArgument(location, `${JSON.stringify(v)} is not a color: use "#RRGGBB" or an HTML color name.`);
  return color;
}

class RangeFillProxy extends AreasProxy {
  protected schema(): Schema<AreasEntity> {
    return {
      type: "RangeFill",
      scalars: {
        color: (e) => {
          const fill = this.read(e, "fill");
          return fill === null ? null : (fill ?? "#FFFFFF");
        },
      },
    };
  }

  get color(): string {
    return this.prop("color");
  }
  /** "#RRGGBB" or a named HTML color; anything else (null, "") fails at sync: fill.clear() removes a fill. */
  set color(v: string) {
    this.setProp("color", v, (e) => this.apply(e, "fill", colorOrFail("RangeFill.color", v)));
  }

  /** "Resets the range background." */
  clear(): void {
    this.call("clear", [], (e) => {
      for (const rect of e.rects) setStyle(e.sheet, rect, this.ctx.host.wb.styles, "fill", undefined);
    });
  }
}

class RangeFontProxy extends AreasProxy {
  protected schema(): Schema<AreasEntity> {
    return {
      type: "RangeFont",
      scalars: {
        bold: (e) => this.read(e, "bold"),
        italic: (e) => this.read(e, "italic"),
        color: (e) => this.read(e, "fontColor"),
        name: (e) => this.read(e, "fontName"),
        size: (e) => this.read(e, "fontSize"),
      },
    };
  }

  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.write("bold", "bold", v, v);
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(v: boolean) {
    this.write("italic", "italic", v, v);
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.write("name", "fontName", v, v);
  }
  get size(): number {
    return this.prop("size");
  }
  set size(v: number) {
    this.write("size", "fontSize", v, v);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setProp("color", v, (e) => this.apply(e, "fontColor", colorOrFail("RangeFont.color", v)));
  }
}

export class RangeFormatProxy extends AreasProxy {
  private fillProxy: RangeFillProxy | undefined;
  private fontProxy: RangeFontProxy | undefined;

  constructor(ctx: SimContext, resolver: Resolver<AreasEntity>, path: string) {
    super(ctx, resolver, path);
  }

  protected schema(): Schema<AreasEntity> {
    return {
      type: "RangeFormat",
      scalars: {
        columnWidth: (e) => this.columnWidth_(e),
        rowHeight: () => 15,
        horizontalAlignment: (e) => this.read(e, "horizontalAlignment"),
        wrapText: (e) => this.read(e, "wrapText"),
      },
      navs: { fill: () => this.fill, font: () => this.font },
    };
  }

  private columnWidth_(e: AreasEntity): number | null {
    const widths = new Set<number>();
    for (const rect of e.rects) {
      for (let c = rect.c0; c <= rect.c1; c++) widths.add(e.sheet.colWidth.get(c) ?? DEFAULT_COLUMN_WIDTH);
    }
    return widths.size === 1 ? ([...widths][0] ?? null) : null;
  }

  get fill(): RangeFillProxy {
    this.fillProxy ??= new RangeFillProxy(this.ctx, () => this.resolve(), `${this.path}.fill`);
    return this.fillProxy;
  }

  get font(): RangeFontProxy {
    this.fontProxy ??= new RangeFontProxy(this.ctx, () => this.resolve(), `${this.path}.font`);
    return this.fontProxy;
  }

  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(v: number) {
    this.setProp("columnWidth", v, (e) => {
      for (const rect of e.rects) for (let c = rect.c0; c <= rect.c1; c++) e.sheet.colWidth.set(c, v);
    });
  }

  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  get horizontalAlignment(): string {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.write("horizontalAlignment", "horizontalAlignment", v, v);
  }
  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(v: boolean) {
    this.write("wrapText", "wrapText", v, v);
  }

  /** Widths from the longest displayed text in each column's used cells (an approximation). */
  autofitColumns(): void {
    this.call("autofitColumns", [], (e) => {
      const styles = this.ctx.host.wb.styles;
      for (const rect of e.rects) {
        const last = Math.min(rect.r1, e.sheet.values.rows.length - 1);
        for (let c = rect.c0; c <= rect.c1; c++) {
          let longest = 0;
          for (let r = rect.r0; r <= last; r++) {
            const text = displayText(e.sheet.valueAt(r, c), styles.get(e.sheet.styleAt(r, c)).numberFormat);
            if (text.length > longest) longest = text.length;
          }
          e.sheet.colWidth.set(c, longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.ceil(longest * CHAR_WIDTH_POINTS + 7.5));
        }
      }
    });
  }

  autofitRows(): void {
    this.call("autofitRows", [], () => undefined);
  }
}
