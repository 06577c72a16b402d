import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Spinner, type AccordionToggleEventHandler } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { PaneActions, PaneState } from "../pane-model";

// Rarely used: loaded the first time their section opens, so the pane starts small.
const ImportSection = lazy(() => import(/* webpackChunkName: "pane-import" */ "./ImportSection.js").then((m) => ({ default: m.ImportSection })));
const TeamEditor = lazy(() => import(/* webpackChunkName: "pane-team" */ "./TeamEditor.js").then((m) => ({ default: m.TeamEditor })));

/** Import CSV and the team profile, collapsed until needed. */
export function MoreSections({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const [open, setOpen] = useState<string[]>([]);
  const onToggle: AccordionToggleEventHandler<string> = (_e, data) => setOpen(data.openItems);
  const busy = state.busy !== null;
  return (
    <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
      <AccordionItem value="import">
        <AccordionHeader as="h2">Import rows from a CSV file</AccordionHeader>
        <AccordionPanel>
          {open.includes("import") ? (
            <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
              <ImportSection busy={busy} actions={actions} />
            </Suspense>
          ) : null}
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="team">
        <AccordionHeader as="h2">Team profile</AccordionHeader>
        <AccordionPanel>
          {open.includes("team") ? (
            <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
              <TeamEditor team={state.team} busy={busy} onSave={actions.setTeam} />
            </Suspense>
          ) : null}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
