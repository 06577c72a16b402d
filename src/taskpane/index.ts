// The pane, for a host other than Office: the workbench mounts it on the simulator. main.tsx is the
// page that starts it inside Excel. The submit controller is not here: the pane loads it in its own
// chunk on first use (pane-controller.ts), and a static export would pull it into the workbench's.
export { PaneApp } from "./App";
export { browserEnvironment } from "./browser-files";
export { ThemeRoot } from "./components/ThemeRoot";
export { connectWorkbook } from "./connect-workbook";
export { createPaneController } from "./pane-controller";
export { useThemeMode, type ThemeMode } from "./theme";
