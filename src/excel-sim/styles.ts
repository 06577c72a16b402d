// Cell formats (number format, fill, font) as interned style records: each cell stores a small
// integer, so formatting 50,000 rows costs one number per cell and a lookup, not an object.

export interface Style {
  numberFormat: string;
  fill?: string;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  fontName: string;
  fontSize: number;
  horizontalAlignment: string;
  wrapText: boolean;
}

export type StyleKey = keyof Style;

const DEFAULT_STYLE: Style = {
  numberFormat: "General",
  bold: false,
  italic: false,
  fontColor: "#000000",
  fontName: "Calibri",
  fontSize: 11,
  horizontalAlignment: "General",
  wrapText: false,
};

export class StyleTable {
  private readonly styles: Style[] = [DEFAULT_STYLE];
  private readonly ids = new Map<string, number>([[JSON.stringify(DEFAULT_STYLE), 0]]);
  private readonly derived = new Map<string, number>();

  get(id: number | undefined): Style {
    return this.styles[id ?? 0] ?? DEFAULT_STYLE;
  }

  intern(style: Style): number {
    const key = JSON.stringify(style);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.ids.set(key, id);
    }
    return id;
  }

  /** Style id equal to `base` with one attribute changed (memoised: O(1) per cell after the first). */
  with<K extends StyleKey>(base: number | undefined, key: K, value: Style[K]): number {
    const memo = `${base ?? 0}|${key}|${String(value)}`;
    const hit = this.derived.get(memo);
    if (hit !== undefined) return hit;
    const next: Style = { ...this.get(base), [key]: value };
    if (value === undefined) delete next[key];
    const id = this.intern(next);
    this.derived.set(memo, id);
    return id;
  }
}

/** Excel reports colors as upper-case "#RRGGBB"; named colors are accepted on write. */
const NAMED: Record<string, string> = {
  red: "#FF0000",
  yellow: "#FFFF00",
  green: "#008000",
  blue: "#0000FF",
  white: "#FFFFFF",
  black: "#000000",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgreen: "#90EE90",
  pink: "#FFC0CB",
  purple: "#800080",
  lightyellow: "#FFFFE0",
  lightblue: "#ADD8E6",
};

export function normalizeColor(color: string): string | undefined {
  const c = color.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(c)) return c.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(c))
    return `#${c
      .slice(1)
      .split("")
      .map((x) => x + x)
      .join("")}`.toUpperCase();
  return NAMED[c.toLowerCase()];
}
