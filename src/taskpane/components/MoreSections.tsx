import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Spinner,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import { lazy, memo, Suspense, useState } from "react";
import type { TeamProfile } from "../../invites";
import type { PaneActions, PaneEnvironment, PaneMessage } from "../pane-model";
import type { SubmitStore } from "../submit/submit-model";
import { MessageSlot } from "./MessageSlot";

// Rarely used: loaded the first time their section opens, so the pane starts small.
const ImportSection = lazy(() =>
  import(/* webpackChunkName: "pane-import" */ "./ImportSection.js").then((m) => ({ default: m.ImportSection })),
);
const SubmitPanel = lazy(() => import(/* webpackChunkName: "pane-submit" */ "./SubmitPanel.js").then((m) => ({ default: m.SubmitPanel })));
const TeamEditor = lazy(() => import(/* webpackChunkName: "pane-team" */ "./TeamEditor.js").then((m) => ({ default: m.TeamEditor })));

interface MoreProps {
  team: TeamProfile;
  busy: boolean;
  sheetReady: boolean;
  /** Rows in the sheet (Import's Replace asks before replacing them). */
  rows: number;
  /** Rows below the list that hold data (Submit waits for them; its section offers to include them). */
  outside: readonly number[];
  actions: PaneActions;
  /** Files and clipboard (Download failed rows). */
  env: PaneEnvironment;
  /** The pane's message and its handlers: import and team results show in their sections. */
  slot: { message: PaneMessage | null; onDismiss: () => void; onUndo: () => void };
  /** Submit to Splashtop (absent where the pane cannot reach the add-in's server). */
  loadSubmit?: (() => Promise<SubmitStore>) | undefined;
}

/** Submit to Splashtop, Import CSV and the team profile, collapsed until needed (and loaded then). */
export const MoreSections = memo(function MoreSections({
  team,
  busy,
  sheetReady,
  rows,
  outside,
  actions,
  env,
  loadSubmit,
  slot,
}: MoreProps) {
  const [open, setOpen] = useState<string[]>([]);
  const onToggle: AccordionToggleEventHandler<string> = (_e, data) => setOpen(data.openItems);
  return (
    <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
      {loadSubmit ? (
        <AccordionItem value="submit">
          <AccordionHeader as="h2">Send invites to Splashtop</AccordionHeader>
          <AccordionPanel>
            {open.includes("submit") ? (
              <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
                <SubmitPanel
                  load={loadSubmit}
                  sheetReady={sheetReady}
                  env={env}
                  outside={{ rowNumbers: outside, busy, onInclude: () => void actions.includeRowsBelow() }}
                />
              </Suspense>
            ) : null}
          </AccordionPanel>
        </AccordionItem>
      ) : null}
      <AccordionItem value="import">
        <AccordionHeader as="h2">Import rows from a CSV file</AccordionHeader>
        <AccordionPanel>
          {open.includes("import") ? (
            <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
              <ImportSection busy={busy} rows={rows} actions={actions} message={<MessageSlot {...slot} source="import" />} />
            </Suspense>
          ) : null}
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="team">
        <AccordionHeader as="h2">Team profile</AccordionHeader>
        <AccordionPanel>
          {open.includes("team") ? (
            <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
              {/* Re-mounted when the profile changes elsewhere (filled from Splashtop), so the form shows it. */}
              <TeamEditor
                key={JSON.stringify(team)}
                team={team}
                busy={busy}
                onSave={actions.setTeam}
                message={<MessageSlot {...slot} source="team" />}
              />
            </Suspense>
          ) : null}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
});
