import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useThemeMode, type ThemeMode } from "../theme";

/** Fluent's web theme in the mode Office (or the system) uses; `data-theme` says which. */
export function ThemeRoot({ mode, children, className }: { mode?: ThemeMode | null; children: ReactNode; className?: string }) {
  const resolved = useThemeMode(mode);
  return (
    <FluentProvider theme={resolved === "dark" ? webDarkTheme : webLightTheme} data-theme={resolved} className={className}>
      {children}
    </FluentProvider>
  );
}
