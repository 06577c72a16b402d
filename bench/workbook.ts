// The workbook layer's cost on the simulator (Excel on the web's rules: 5 MB payload limit):
// syncs, request/response bytes and CPU time of a full check of 1, 1,000 and 50,000 rows, of one
// edit on each, and the ratio the issue sets a goal for: CPU of one edit on a 50,000-row sheet /
// CPU of a full check of it (goal <= 0.01), measured alternately in one run.
//
// bench/main.ts runs its sections synchronously and these are asynchronous, so workbookBench()
// bundles this file with esbuild and runs it as a worker process (bench/worker.ts),
// which prints its results as JSON (the same arrangement as bench/submit.ts).
import { createSimulatedExcel, type SimulatedExcel, type StatsSnapshot } from "../src/excel-sim";
import { cellsOfRow, sampleSheet } from "../src/invites";
import { setUpSheet, startLiveValidation, type LiveValidation } from "../src/workbook";
import { median, round, type BenchResult } from "./measure";
import { runWorker, serveJob } from "./worker";

const SIZES = [1, 1_000, 50_000];
const ROUNDS = 7;

export function workbookBench(): BenchResult[] {
  return runWorker<BenchResult[]>("workbook", { nodeArgs: ["--expose-gc"] });
}

type Cost = {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  cpuMs: number;
};

/** CPU time (user + system) and the simulator's charges for one piece of work. */
async function cost(excel: SimulatedExcel, work: () => Promise<unknown>): Promise<Cost> {
  (globalThis as { gc?: () => void }).gc?.();
  // process.cpuUsage counts every thread: let the collector's background sweeping finish first, or
  // a millisecond's edit is charged for the garbage of the full check measured before it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  excel.stats.reset();
  const before = process.cpuUsage();
  await work();
  const cpu = process.cpuUsage(before);
  const s: StatsSnapshot = excel.stats.snapshot();
  return {
    syncs: s.syncs,
    requestBytes: s.payloadBytes,
    responseBytes: s.responseBytes,
    maxRequestBytes: s.maxRequestBytes,
    maxResponseBytes: s.maxResponseBytes,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

function medianCost(costs: Cost[]): Cost {
  const pick = (key: keyof Cost) => round(median(costs.map((c) => c[key])), key === "cpuMs" ? 2 : 0);
  return {
    syncs: pick("syncs"),
    requestBytes: pick("requestBytes"),
    responseBytes: pick("responseBytes"),
    maxRequestBytes: pick("maxRequestBytes"),
    maxResponseBytes: pick("maxResponseBytes"),
    cpuMs: pick("cpuMs"),
  };
}

async function sheetOf(rows: number): Promise<{ excel: SimulatedExcel; live: LiveValidation }> {
  const excel = createSimulatedExcel({ host: "web" });
  await setUpSheet(excel.run);
  const sheet = sampleSheet(rows, Math.round(rows * 0.03));
  // Pasted right below the table (its first, blank row stays): the simulator grows a table only
  // for entries in the row directly below it.
  excel.user.paste("Invites!A3", sheet.rows.map(cellsOfRow));
  const live = await startLiveValidation(excel.run);
  await excel.settle();
  return { excel, live };
}

/** Types into one cell and waits until validation has written its result. */
function edit(excel: SimulatedExcel, address: string, value: string): () => Promise<void> {
  return async () => {
    excel.user.type(address, value);
    await excel.settle();
  };
}

async function measure(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const perSize: Record<string, { fullCheck: Cost; accountEdit: Cost; nameEdit: Cost }> = {};
  let ratio: { full: number[]; edit: number[]; nameEdit: number[] } = { full: [], edit: [], nameEdit: [] };
  for (const rows of SIZES) {
    const { excel, live } = await sheetOf(rows);
    const middle = 2 + Math.floor(rows / 2);
    const fulls: Cost[] = [];
    const accountEdits: Cost[] = [];
    const nameEdits: Cost[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate the contenders so drift on a shared machine hits both alike.
      fulls.push(await cost(excel, () => live.recheck()));
      accountEdits.push(await cost(excel, edit(excel, `Invites!A${middle}`, i % 2 ? `edited${i}@example.com` : `edited${i}@example`)));
      nameEdits.push(await cost(excel, edit(excel, `Invites!C${middle}`, `Edited Name ${i}`)));
    }
    await live.stop();
    perSize[rows] = { fullCheck: medianCost(fulls), accountEdit: medianCost(accountEdits), nameEdit: medianCost(nameEdits) };
    if (rows === SIZES[SIZES.length - 1])
      ratio = { full: fulls.map((c) => c.cpuMs), edit: accountEdits.map((c) => c.cpuMs), nameEdit: nameEdits.map((c) => c.cpuMs) };
  }
  const largest = SIZES[SIZES.length - 1] as number;
  const editRatio = round(median(ratio.edit) / median(ratio.full), 4);
  const nameRatio = round(median(ratio.nameEdit) / median(ratio.full), 4);
  results.push({
    name: "workbook-edit-vs-full-check",
    measures: `CPU of one account edit (re-check its row + sheet-wide passes over the index + writes) / CPU of a full check, ${largest} rows, simulator (web)`,
    ratio: editRatio,
    goal: "<= 0.01",
    met: editRatio <= 0.01,
    details: { editCpuMs: round(median(ratio.edit), 2), fullCheckCpuMs: round(median(ratio.full), 2), displayNameEditRatio: nameRatio },
  });
  results.push({
    name: "workbook-costs",
    measures: "median syncs, request/response bytes and CPU ms per size: full check (recheck), one account edit, one display-name edit",
    details: perSize,
  });
  return results;
}

serveJob("workbook", measure);
