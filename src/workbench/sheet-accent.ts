// The sheet's accent (active cell border, active headers, active sheet tab), per theme. Excel's
// green #107C41 is too dark on a dark background (2.8:1) and, as header text on the selected
// header fill, too light even in the light theme (4.0:1), so each theme has its own green that
// passes WCAG AA: 4.5:1 for text, 3:1 for the border (https://www.w3.org/TR/WCAG21/#contrast-minimum,
// https://www.w3.org/TR/WCAG21/#non-text-contrast). test/workbench/sheet-accent.test.ts checks
// them against the Fluent theme backgrounds they are drawn on.
import type { ThemeMode } from "../taskpane";

export const SHEET_ACCENT: Record<ThemeMode, string> = { light: "#0E6B37", dark: "#5EC48B" };

/** The CSS custom property the grid and the sheet tabs read. */
export const ACCENT_VAR = "--sheet-accent";

function channel(v: number): number {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#RRGGBB". */
function relativeLuminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`"${hex}" is not a #RRGGBB colour`);
  const [r, g, b] = [m[1], m[2], m[3]].map((p) => channel(parseInt(p ?? "0", 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
