// The workbench page: a simulated workbook (grid, sheet tabs) beside the real task pane, wired
// through the same seam as in Excel (connect-workbook over a `run` function), so the add-in can
// be used and tested in a browser.
import { Button, Field, makeStyles, Select, shorthands, Subtitle2, Text, tokens, ToggleButton } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { officeShim, parseSetsParam, type HostKind } from "../excel-sim";
import { PaneApp } from "../taskpane/App";
import { browserEnvironment } from "../taskpane/browser-files";
import { ThemeRoot } from "../taskpane/components/ThemeRoot";
import { connectWorkbook } from "../taskpane/connect-workbook";
import { createPaneController } from "../taskpane/pane-controller";
import { useThemeMode, type ThemeMode } from "../taskpane/theme";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./grid/Grid";
import { simulatorRound } from "./bench-lab";
import { PasteRows } from "./PasteRows";
import { loadSampleRows } from "./samples";
import { SheetTabs } from "./SheetTabs";
import { createSimHost } from "./sim-host";

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 360px", gridTemplateRows: "auto minmax(0, 1fr)", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  toolbar: {
    gridColumn: "1 / 3",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
    padding: "6px 12px",
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderBottom("1px", "solid", tokens.colorNeutralStroke1),
  },
  title: { alignSelf: "center", marginRight: tokens.spacingHorizontalL },
  status: { alignSelf: "center", color: tokens.colorNeutralForeground2 },
  workbook: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  pane: { overflowY: "auto", minHeight: 0, ...shorthands.borderLeft("1px", "solid", tokens.colorNeutralStroke1) },
});

type ThemeChoice = "system" | ThemeMode;

function initialHost(): HostKind {
  return new URLSearchParams(window.location.search).get("host") === "desktop" ? "desktop" : "web";
}

/** `?sets=ExcelApi:1.9,ExcelApiOnline:-` plays an older host (requirement sets; see excel-sim/office-shim.ts). */
function requirementSets(): Record<string, string | null> {
  return parseSetsParam(new URLSearchParams(window.location.search).get("sets"));
}

export function Workbench() {
  const styles = useStyles();
  const [kind, setKind] = useState<HostKind>(initialHost);
  const [themeChoice, setThemeChoice] = useState<ThemeChoice>("system");
  const [pasteOpen, setPasteOpen] = useState(false);
  const [status, setStatus] = useState("");
  const theme = useThemeMode(themeChoice === "system" ? null : themeChoice);

  // A new simulated workbook per host; the pane is wired to it exactly as to Excel.
  const { host, controller } = useMemo(() => {
    const simHost = createSimHost(kind, requirementSets());
    const paneController = createPaneController(connectWorkbook(simHost.run), { serverOrigin: window.location.origin });
    return { host: simHost, controller: paneController };
  }, [kind]);
  const env = useMemo(() => browserEnvironment(true), []);

  useEffect(() => {
    // Where Office.js would put `Office`: the simulated host's platform and requirement sets, so the
    // pane's Office.context.requirements.isSetSupported checks answer for this host.
    const office = officeShim(host.sim);
    const page = window as unknown as { Office?: unknown; inviteSheetWorkbench?: unknown };
    page.Office = office;
    void controller.start();
    // For tests and the bench: the simulator, its user, and the host (run and act notify the grid).
    page.inviteSheetWorkbench = { user: host.sim.user, sim: host.sim, host, office, lab: { simulatorRound } };
    return () => {
      if (page.Office === office) delete page.Office;
      void controller.stop();
    };
  }, [controller, host]);

  const load = (count: number) => {
    try {
      setStatus(loadSampleRows(host, count));
    } catch (error) {
      setStatus(`Could not load the sample: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <ThemeRoot mode={theme}>
      <div className={styles.page}>
        <div className={styles.toolbar} role="toolbar" aria-label="Workbench">
          <Subtitle2 as="h1" className={styles.title}>Invite Sheet workbench</Subtitle2>
          <Field label="Host" size="small" hint={undefined}>
            <Select size="small" value={kind} onChange={(_e, d) => setKind(d.value as HostKind)}>
              <option value="web">Excel on the web (dropdown picks fire no onChanged)</option>
              <option value="desktop">Excel desktop</option>
            </Select>
          </Field>
          <Field label="Theme" size="small">
            <Select size="small" value={themeChoice} onChange={(_e, d) => setThemeChoice(d.value as ThemeChoice)}>
              <option value="system">Follow the system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </Select>
          </Field>
          <Button size="small" onClick={() => load(1_000)}>Load 1,000 sample rows</Button>
          <Button size="small" onClick={() => load(10_000)}>Load 10,000 sample rows</Button>
          <ToggleButton size="small" checked={pasteOpen} onClick={() => setPasteOpen(!pasteOpen)}>Paste rows…</ToggleButton>
          <Text size={200} className={styles.status} role="status">{status}</Text>
        </div>
        <section className={styles.workbook} aria-label={`Workbook (simulated Excel, ${kind === "web" ? "web" : "desktop"})`}>
          {pasteOpen ? <PasteRows host={host} onDone={setStatus} /> : null}
          <FormulaBar key={`f-${kind}`} host={host} />
          <Grid key={`g-${kind}`} host={host} label="Sheet" />
          <SheetTabs key={`t-${kind}`} host={host} />
        </section>
        <aside className={styles.pane} aria-label="Task pane">
          <PaneApp key={kind} store={controller} env={env} theme={theme} />
        </aside>
      </div>
    </ThemeRoot>
  );
}
