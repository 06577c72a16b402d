import { Button, Divider, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import type { Finding } from "../../invites";
import type { PaneActions, PaneEnvironment, PaneState } from "../pane-model";
import type { SubmitStore } from "../submit/submit-model";
import { ExportSection, rowsKey } from "./ExportSection";
import { FindingsList } from "./FindingsList";
import { MessageSlot } from "./MessageSlot";
import { MoreSections } from "./MoreSections";
import { OutsideRowsBar } from "./OutsideRowsBar";
import { PaneAnnouncer } from "./PaneAnnouncer";
import { PaneHeader } from "./PaneHeader";
import { ProgressPanel } from "./ProgressPanel";
import { SetupSection } from "./SetupSection";
import { SummaryBar } from "./SummaryBar";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
    minHeight: "100%",
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const NONE: readonly number[] = [];

/** The whole pane, from props only: state to show, actions to call, files/clipboard as the host allows, and (where the pane can submit) the loader of the Submit section's store. */
export function Pane({
  state,
  actions,
  env,
  loadSubmit,
}: {
  state: PaneState;
  actions: PaneActions;
  env: PaneEnvironment;
  loadSubmit?: (() => Promise<SubmitStore>) | undefined;
}) {
  const styles = useStyles();
  const busy = state.busy !== null;
  // Stable handlers, so the findings groups skip re-rendering when only the summary changes.
  const onSelect = useCallback((f: Finding) => void actions.selectCell(f.row, f.column), [actions]);
  const onFix = useCallback((f: Finding) => void actions.applyFix(f), [actions]);
  const onFixAll = useCallback(() => void actions.applyAllFixes(), [actions]);
  const onUndo = useCallback(() => void actions.undo(), [actions]);
  const onInclude = useCallback(() => void actions.includeRowsBelow(), [actions]);
  // Rows with errors, as a key: the Export section's "blocked" goes when they change.
  const errorRows = useMemo(() => rowsKey(state.findings.filter((f) => f.severity === "error").map((f) => f.row)), [state.findings]);
  const outside = state.summary?.outside?.rowNumbers ?? NONE;
  // One object while the message stands, so the memoised sections below skip re-rendering.
  const slot = useMemo(() => ({ message: state.message, onDismiss: actions.dismissMessage, onUndo }), [state.message, actions, onUndo]);
  return (
    <PaneAnnouncer>
      <main className={styles.root}>
        <PaneHeader />
        <MessageSlot {...slot} source="sheet" />
        <ProgressPanel progress={state.busy} onCancel={actions.cancel} />
        <SetupSection sheetReady={state.sheetReady} busy={busy} onSetUp={() => void actions.setUpSheet()}>
          <MessageSlot {...slot} source={["setup", "recheck"]} />
        </SetupSection>
        {state.sheetReady ? (
          <>
            <SummaryBar summary={state.summary} />
            <OutsideRowsBar rowNumbers={outside} busy={busy} onInclude={onInclude} />
            <div className={styles.toolbar}>
              <Button disabled={busy} onClick={() => void actions.recheck()}>
                Re-check
              </Button>
              <Button
                appearance="subtle"
                disabled={busy}
                onClick={() => void actions.setUpSheet()}
                title="Restore headers, formats and dropdowns (keeps your rows)"
              >
                Set up sheet
              </Button>
            </div>
            <MessageSlot {...slot} source={["setup", "recheck"]} />
            <ExportSection
              busy={busy}
              actions={actions}
              env={env}
              edits={state.edits}
              errorRows={errorRows}
              outsideRows={rowsKey(outside)}
              message={<MessageSlot {...slot} source="export" />}
            />
            <Divider />
            <FindingsList
              findings={state.findings}
              busy={busy}
              onSelect={onSelect}
              onFix={onFix}
              onFixAll={onFixAll}
              message={<MessageSlot {...slot} source="fix" />}
            />
            <Divider />
          </>
        ) : null}
        <MoreSections
          team={state.team}
          busy={busy}
          sheetReady={state.sheetReady}
          rows={state.summary?.rows ?? 0}
          outside={outside}
          actions={actions}
          env={env}
          loadSubmit={loadSubmit}
          slot={slot}
        />
      </main>
    </PaneAnnouncer>
  );
}
