// The task pane's start-up: Office.js (from Microsoft's CDN, see taskpane.html) must say it is
// ready and that the host is Excel; then the pane is wired to the workbook through Excel.run.
// Everything Office-specific happens here and in connect-workbook.ts, nowhere else in the pane.
import { createRoot, type Root } from "react-dom/client";
import { PaneApp } from "./App";
import { browserEnvironment } from "./browser-files";
import { OutsideOffice } from "./components/OutsideOffice";
import { ThemeRoot } from "./components/ThemeRoot";
import { connectWorkbook } from "./connect-workbook";
import { createPaneController } from "./pane-controller";
import { officeThemeMode } from "./theme";

function mount(): Root {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  return createRoot(container);
}

function showOutside(root: Root, reason: string): void {
  root.render(
    <ThemeRoot>
      <OutsideOffice reason={reason} />
    </ThemeRoot>,
  );
}

/** Office on Mac and iPad ignores downloads started in the pane's web view. */
function canDownload(platform: unknown): boolean {
  return platform !== "Mac" && platform !== "iOS";
}

function startInExcel(root: Root): void {
  const port = connectWorkbook(Excel.run);
  // The pane is served by the add-in's server, whose relay reaches Splashtop.
  const controller = createPaneController(port, { serverOrigin: window.location.origin });
  // Closing the pane forgets the Splashtop session (and its token) and stops live validation.
  // The pane is going away: nowhere to show a failure but the console.
  window.addEventListener(
    "pagehide",
    () => void controller.stop().catch((error: unknown) => console.error("Invite Sheet: stopping on close failed", error)),
  );
  const theme = officeThemeMode(Office.context.officeTheme);
  root.render(<PaneApp store={controller} env={browserEnvironment(canDownload(Office.context.platform))} theme={theme} />);
  void controller.start();
}

const root = mount();
if (typeof Office === "undefined") {
  showOutside(root, "Office.js could not be loaded (offline, or Microsoft's CDN is blocked), so this page is not connected to Excel.");
} else {
  Office.onReady()
    .then((info) => {
      if (info.host === Office.HostType.Excel) startInExcel(root);
      else
        showOutside(
          root,
          info.host ? `This add-in works in Excel; this host is ${String(info.host)}.` : "This page is open in a browser, not in Excel.",
        );
    })
    .catch((error: unknown) => {
      console.error("Office.onReady failed", error);
      showOutside(root, `Office could not start the add-in: ${error instanceof Error ? error.message : String(error)}`);
    });
}
