import { Button, Divider, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneActions, PaneEnvironment, PaneState } from "../pane-model";
import { ExportSection } from "./ExportSection";
import { FindingsList } from "./FindingsList";
import { MoreSections } from "./MoreSections";
import { PaneHeader } from "./PaneHeader";
import { ProgressPanel } from "./ProgressPanel";
import { SetupSection } from "./SetupSection";
import { ErrorBar, NoticeBar } from "./StatusBars";
import { SummaryBar } from "./SummaryBar";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    boxSizing: "border-box",
    minHeight: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The whole pane, from props only: state to show, actions to call, files/clipboard as the host allows. */
export function Pane({ state, actions, env }: { state: PaneState; actions: PaneActions; env: PaneEnvironment }) {
  const styles = useStyles();
  const busy = state.busy !== null;
  return (
    <main className={styles.root}>
      <PaneHeader />
      <ErrorBar error={state.error} onDismiss={actions.dismissError} />
      <NoticeBar notice={state.notice} onDismiss={actions.dismissNotice} />
      <ProgressPanel progress={state.busy} onCancel={actions.cancel} />
      <SetupSection sheetReady={state.sheetReady} busy={busy} onSetUp={() => void actions.setUpSheet()} />
      {state.sheetReady ? (
        <>
          <SummaryBar summary={state.summary} />
          <div className={styles.toolbar}>
            <Button disabled={busy} onClick={() => void actions.recheck()}>Re-check</Button>
            <Button appearance="subtle" disabled={busy} onClick={() => void actions.setUpSheet()} title="Restore headers, formats and dropdowns (keeps your rows)">
              Set up sheet
            </Button>
          </div>
          <ExportSection busy={busy} actions={actions} env={env} />
          <Divider />
          <FindingsList
            findings={state.findings}
            busy={busy}
            onSelect={(f) => void actions.selectCell(f.row, f.column)}
            onFix={(f) => void actions.applyFix(f)}
            onFixAll={() => void actions.applyAllFixes()}
          />
          <Divider />
        </>
      ) : null}
      <MoreSections state={state} actions={actions} />
    </main>
  );
}
