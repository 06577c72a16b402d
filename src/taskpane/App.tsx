import { useSyncExternalStore } from "react";
import { Pane } from "./components/Pane";
import { ThemeRoot } from "./components/ThemeRoot";
import type { PaneEnvironment, PaneStore } from "./pane-model";
import type { ThemeMode } from "./theme";

/** The task pane bound to a store; `theme` null follows the system's color scheme. */
export function PaneApp({ store, env, theme }: { store: PaneStore; env: PaneEnvironment; theme: ThemeMode | null }) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return (
    <ThemeRoot mode={theme}>
      <Pane state={state} actions={store.actions} env={env} loadSubmit={store.loadSubmit} />
    </ThemeRoot>
  );
}
