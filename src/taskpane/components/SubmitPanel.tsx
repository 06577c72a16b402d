// The lazily loaded entry of the Submit section: waits (Suspense) for the submit store, which the
// pane controller creates once with the Splashtop client, then shows the section.
import { use } from "react";
import type { PaneEnvironment } from "../pane-model";
import type { SubmitStore } from "../submit/submit-model";
import { SubmitSection, type OutsideRows } from "./SubmitSection";

/** `load` returns the same promise every time (pane-controller.ts caches it). */
export function SubmitPanel({
  load,
  sheetReady,
  env,
  outside,
}: {
  load: () => Promise<SubmitStore>;
  sheetReady: boolean;
  env: PaneEnvironment;
  outside: OutsideRows;
}) {
  const store = use(load());
  return <SubmitSection store={store} sheetReady={sheetReady} env={env} outside={outside} />;
}
