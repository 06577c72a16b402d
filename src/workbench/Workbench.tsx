// The workbench page: a simulated workbook (grid, sheet tabs) beside the real task pane, wired
// through the same seam as in Excel (connect-workbook over a `run` function), so the add-in can
// be used and tested in a browser.
import { Button, Field, makeStyles, Select, shorthands, Subtitle2, Text, tokens, ToggleButton } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent } from "react";
import { officeShim, parseSetsParam, type HostKind } from "../excel-sim";
import { browserEnvironment, connectWorkbook, createPaneController, PaneApp, ThemeRoot, useThemeMode, type ThemeMode } from "../taskpane";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./grid/Grid";
import { simulatorRound } from "./bench-lab";
import { PasteRows } from "./PasteRows";
import { loadSampleRows } from "./samples";
import { SheetTabs } from "./SheetTabs";
import { sortTableAtSelection } from "./sort-table";
import { resultRows } from "./result-rows";
import { cycleRegions, type Region } from "./regions";
import { ACCENT_VAR, SHEET_ACCENT } from "./sheet-accent";
import { createSimHost, type SimHost } from "./sim-host";

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateRows: "auto minmax(0, 1fr)", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
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
  hostField: { maxWidth: "320px" },
  status: { alignSelf: "center", color: tokens.colorNeutralForeground2 },
  workbook: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  // The pane never scrolls sideways: at Office's narrowest width everything must fit (issue 15).
  pane: { overflowY: "auto", overflowX: "hidden", minHeight: 0, ...shorthands.borderLeft("1px", "solid", tokens.colorNeutralStroke1) },
});

type ThemeChoice = "system" | ThemeMode;

/** Task pane widths to try: Office's narrowest (320 px), narrower still, the usual, and wide. */
const PANE_WIDTHS = [300, 320, 360, 450] as const;

function initialHost(): HostKind {
  return new URLSearchParams(window.location.search).get("host") === "desktop" ? "desktop" : "web";
}

function initialPaneWidth(): number {
  const asked = Number(new URLSearchParams(window.location.search).get("pane"));
  return (PANE_WIDTHS as readonly number[]).includes(asked) ? asked : 360;
}

const HOST_HINTS: Record<HostKind, string> = {
  web: "As in Excel on the web, a pick from a cell's dropdown list is not reported to the add-in when it happens: it is checked when you move to another cell (or press Re-check).",
  desktop: "As in Excel desktop, every change is reported to the add-in, dropdown picks included.",
};

/** Whether the simulated workbook holds anything a reload would lose. */
function hasContent(host: SimHost): boolean {
  return host.sim.user.sheetNames().some((name) => host.sim.user.usedRange(name) !== undefined);
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
  const [paneWidth, setPaneWidth] = useState(initialPaneWidth);
  const theme = useThemeMode(themeChoice === "system" ? null : themeChoice);
  const toolbar = useRef<HTMLDivElement>(null);
  const workbook = useRef<HTMLElement>(null);
  const pane = useRef<HTMLElement>(null);
  const remembered = useRef(new WeakMap<HTMLElement, HTMLElement>());

  // A new simulated workbook per host; the pane is wired to it exactly as to Excel.
  const { host, controller } = useMemo(() => {
    const simHost = createSimHost(kind, requirementSets());
    const paneController = createPaneController(connectWorkbook(simHost.run), { serverOrigin: window.location.origin });
    return { host: simHost, controller: paneController };
  }, [kind]);
  const env = useMemo(() => browserEnvironment(true), []);

  // The workbook lives in this page only: say so before a reload or close throws it away.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!hasContent(host)) return;
      event.preventDefault();
      event.returnValue = ""; // older Chromium needs it set to show the prompt
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [host]);

  const regions = (): Region[] => [
    { root: workbook.current as HTMLElement, entry: () => workbook.current?.querySelector<HTMLElement>('[role="grid"]') ?? null },
    { root: toolbar.current as HTMLElement },
    { root: pane.current as HTMLElement },
  ];
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "F6" || e.ctrlKey || e.altKey || e.metaKey) return;
    e.preventDefault();
    cycleRegions(regions(), document.activeElement, e.shiftKey, remembered.current);
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    for (const region of regions()) if (region.root?.contains(e.target)) remembered.current.set(region.root, e.target as HTMLElement);
  };

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
      <div
        className={styles.page}
        style={{ gridTemplateColumns: `minmax(0, 1fr) ${paneWidth}px`, [ACCENT_VAR]: SHEET_ACCENT[theme] } as CSSProperties}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <div ref={toolbar} className={styles.toolbar} role="toolbar" aria-label="Workbench">
          <Subtitle2 as="h1" className={styles.title}>
            Invite Sheet workbench
          </Subtitle2>
          <Field label="Simulated Excel" size="small" hint={HOST_HINTS[kind]} className={styles.hostField}>
            <Select size="small" value={kind} onChange={(_e, d) => setKind(d.value as HostKind)}>
              <option value="web">Excel on the web</option>
              <option value="desktop">Excel desktop (Windows, Mac)</option>
            </Select>
          </Field>
          <Field label="Theme" size="small">
            <Select size="small" value={themeChoice} onChange={(_e, d) => setThemeChoice(d.value as ThemeChoice)}>
              <option value="system">Follow the system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </Select>
          </Field>
          <Field label="Task pane width" size="small">
            <Select size="small" value={String(paneWidth)} onChange={(_e, d) => setPaneWidth(Number(d.value))}>
              {PANE_WIDTHS.map((w) => (
                <option key={w} value={w}>
                  {w === 320 ? "320 px (Office's narrowest)" : `${w} px`}
                </option>
              ))}
            </Select>
          </Field>
          <Button size="small" onClick={() => load(1_000)}>
            Load 1,000 sample rows
          </Button>
          <Button size="small" onClick={() => load(10_000)}>
            Load 10,000 sample rows
          </Button>
          <ToggleButton size="small" checked={pasteOpen} onClick={() => setPasteOpen(!pasteOpen)}>
            Paste rows…
          </ToggleButton>
          <Button
            size="small"
            title="Sort the table's rows by the active cell's column (Excel: Data > Sort A to Z)"
            onClick={() => setStatus(sortTableAtSelection(host, true))}
          >
            Sort A to Z
          </Button>
          <Text size={200} className={styles.status} role="status">
            {status || "The workbook lives in this page only: reloading it starts a new one (the browser asks first)."}
          </Text>
        </div>
        <section
          ref={workbook}
          className={styles.workbook}
          aria-label={`Workbook (simulated Excel, ${kind === "web" ? "web" : "desktop"})`}
        >
          {pasteOpen ? <PasteRows host={host} onDone={setStatus} /> : null}
          <FormulaBar key={`f-${kind}`} host={host} />
          <Grid key={`g-${kind}`} host={host} label="Sheet" rowResults={resultRows} />
          <SheetTabs key={`t-${kind}`} host={host} />
        </section>
        <aside ref={pane} className={styles.pane} aria-label="Task pane">
          <PaneApp key={kind} store={controller} env={env} theme={theme} />
        </aside>
      </div>
    </ThemeRoot>
  );
}
