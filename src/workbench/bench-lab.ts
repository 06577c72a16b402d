// For bench/workbench.ts: the simulator-only round inside the page (same JavaScript engine as the
// UI round), so the bench can tell the UI's overhead from the engine's. Not used by the page itself.
import { createSimulatedExcel } from "../excel-sim";
import { setUpSheet, startLiveValidation, type SheetSummary } from "../workbook";

export type RoundCounts = Pick<SheetSummary, "rows" | "errors" | "warnings">;

/**
 * Set up, one typed row, then the timed paste of `cells` below it and its validation round: the
 * milliseconds, and the counts it ended with (so two engines can be shown to do the same work).
 * Also run in Node by bench/workbench.ts.
 */
export async function simulatorRound(cells: string[][]): Promise<{ ms: number; counts: RoundCounts }> {
  const excel = createSimulatedExcel({ host: "web" });
  await setUpSheet(excel.run);
  let latest: SheetSummary | null = null;
  const live = await startLiveValidation(excel.run, {
    onSummary: (summary) => {
      latest = summary;
    },
  });
  excel.user.type("Invites!A2", "first@example.com");
  await excel.settle();
  const start = performance.now();
  excel.user.paste("Invites!A3", cells);
  await excel.settle();
  const ms = performance.now() - start;
  await live.stop();
  const s = latest as SheetSummary | null;
  if (!s) throw new Error("no summary from the simulator round");
  return { ms, counts: { rows: s.rows, errors: s.errors, warnings: s.warnings } };
}
