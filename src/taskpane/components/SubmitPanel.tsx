// The lazily loaded entry of the Submit section: waits (Suspense) for the submit store, which the
// pane controller creates once with the Splashtop client, then shows the section.
import { use } from "react";
import type { SubmitStore } from "../submit/submit-model";
import { SubmitSection } from "./SubmitSection";

/** `load` returns the same promise every time (pane-controller.ts caches it). */
export function SubmitPanel({ load, sheetReady }: { load: () => Promise<SubmitStore>; sheetReady: boolean }) {
  const store = use(load());
  return <SubmitSection store={store} sheetReady={sheetReady} />;
}
