import { Button, Divider, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import type { Finding } from "../../invites";
import type { PaneActions, PaneEnvironment, PaneState } from "../pane-model";
import type { SubmitStore } from "../submit/submit-model";
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

/** The whole pane, from props only: state to show, actions to call, files/clipboard as the host allows, and (where the pane can submit) the loader of the Submit section's store. */
export function Pane({ state, actions, env, loadSubmit }: { state: PaneState; actions: PaneActions; env: PaneEnvironment; loadSubmit?: (() => Promise<SubmitStore>) | undefined }) {
  const styles = useStyles();
  const busy = state.busy !== null;
  // Stable handlers, so the findings groups skip re-rendering when only the summary changes.
  const onSelect = useCallback((f: Finding) => void actions.selectCell(f.row, f.column), [actions]);
  const onFix = useCallback((f: Finding) => void actions.applyFix(f), [actions]);
  const onFixAll = useCallback(() => void actions.applyAllFixes(), [actions]);
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
            onSelect={onSelect}
            onFix={onFix}
            onFixAll={onFixAll}
          />
          <Divider />
        </>
      ) : null}
      <MoreSections team={state.team} busy={busy} sheetReady={state.sheetReady} actions={actions} loadSubmit={loadSubmit} />
    </main>
  );
}
