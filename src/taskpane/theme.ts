// Light or dark, as Office says (Office.context.officeTheme) or, outside Office, as the system says.
// Pure: main.tsx reads Office's theme and passes it in; components never read Office.
import { useEffect, useState } from "react";

export type ThemeMode = "light" | "dark";
/** The part of Office.OfficeTheme the pane uses. */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance of "#RRGGBB", or null when it is not a color. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => parseInt(part ?? "0", 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Office's theme as light/dark, or null when Office gives none (then follow the system). */
export function officeThemeMode(theme: OfficeThemeLike | null | undefined): ThemeMode | null {
  if (!theme) return null;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const lum = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return lum === null ? null : lum < 0.5 ? "dark" : "light";
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

function systemMode(): ThemeMode {
  return typeof window !== "undefined" && window.matchMedia?.(DARK_QUERY).matches ? "dark" : "light";
}

/** `preferred` when given, else the system's color scheme (kept up to date). */
export function useThemeMode(preferred: ThemeMode | null | undefined): ThemeMode {
  const [system, setSystem] = useState<ThemeMode>(systemMode);
  useEffect(() => {
    const query = window.matchMedia?.(DARK_QUERY);
    if (!query) return undefined;
    const onChange = () => setSystem(query.matches ? "dark" : "light");
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return preferred ?? system;
}
