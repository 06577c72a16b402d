// For bench/workbench.ts: the simulator-only round inside the page (same JavaScript engine as the
// UI round), so the bench can tell the UI's overhead from the engine's. Not used by the page itself.
import { createSimulatedExcel } from "../excel-sim";
import { setUpSheet, startLiveValidation } from "../workbook";

/** Set up, one typed row, then the timed paste of `cells` below it and its validation round (ms). */
export async function simulatorRound(cells: string[][]): Promise<number> {
  const excel = createSimulatedExcel({ host: "web" });
  await setUpSheet(excel.run);
  const live = await startLiveValidation(excel.run);
  excel.user.type("Invites!A2", "first@example.com");
  await excel.settle();
  const start = performance.now();
  excel.user.paste("Invites!A3", cells);
  await excel.settle();
  const ms = performance.now() - start;
  await live.stop();
  return ms;
}
