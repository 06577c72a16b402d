// Issue: submit to the sandbox. 10,000 rows sent in batches of 50 under a raised rate limit (10
// calls per second), against the built server in a child process so the client's CPU time is
// the client's alone. Figures: wall time / the minimum the rate limit and batch size allow
// (goal <= 1.2), and the client's CPU time per row.
//
// bench/main.ts runs its sections synchronously, and a submit is asynchronous: submitBench()
// bundles this file with esbuild and runs it as a worker process (INVITE_SHEET_SUBMIT_WORKER=1),
// which prints its results as JSON.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleSheet } from "../src/invites";
import { SANDBOX_DEMO_TOKEN } from "../src/server";
import { connect, fillProfile, planSubmit, submitInvites } from "../src/splashtop";
import { freePort, killServerProcess, startServerProcess } from "../test/support/server-process";
import { round, type BenchResult } from "./measure";
import { projectRoot, runWorker, serveJob } from "./worker";

const ROWS = 10_000;
const BATCH = 50;
const RATE = { calls: 10, windowMs: 1000 };
const MARGIN_MS = 0;

export function submitBench(): BenchResult[] {
  return runWorker<BenchResult[]>("submit");
}

async function measureSubmit(root: string): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "invite-sheet-submit-bench-data-"));
  const server = await startServerProcess(await freePort(), dataDir, root);
  try {
    const reset = await fetch(`${server.origin}/relay/sandbox/_control/reset`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ team: { seats: { access: 100_000, support: 100_000 } }, rateLimit: RATE }),
    });
    if (!reset.ok) throw new Error(`sandbox reset failed: ${reset.status}`);
    const session = await connect({
      serverOrigin: server.origin,
      region: "sandbox",
      token: SANDBOX_DEMO_TOKEN,
      rateLimit: { ...RATE, marginMs: MARGIN_MS },
    });
    const { profile } = await fillProfile(session);
    const { rows } = sampleSheet(ROWS, 0, 9);
    const planStart = process.hrtime.bigint();
    const plan = planSubmit({ rows, records: new Map(), profile, attempt: "bench" });
    const planMs = Number(process.hrtime.bigint() - planStart) / 1e6;
    // Let the calls above leave the rate window, so the submit starts with the whole budget.
    await new Promise((done) => setTimeout(done, RATE.windowMs + MARGIN_MS));

    const cpuBefore = process.cpuUsage();
    const start = process.hrtime.bigint();
    const report = await submitInvites(session, plan, { batchSize: BATCH, onRowResult: () => undefined });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = process.cpuUsage(cpuBefore);
    if (report.outcome !== "done" || report.invited !== ROWS) throw new Error(`submit did not finish: ${JSON.stringify(report)}`);

    const stats = (await (await fetch(`${server.origin}/relay/sandbox/_control/stats`)).json()) as {
      data: { maxObservedRate: number; refusedByRateLimit: number };
    };
    const calls = report.inviteCalls + report.checks;
    // With at most `calls` per window, call k (0-based) cannot go before floor(k / calls) windows.
    const minimumMs = Math.floor((calls - 1) / RATE.calls) * RATE.windowMs;
    const ratio = round(wallMs / minimumMs, 3);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    return [
      {
        name: "submit-vs-rate-limit",
        measures: `wall time of submitting ${ROWS} rows in batches of ${BATCH} / the minimum ${RATE.calls} calls per ${RATE.windowMs} ms allow`,
        ratio,
        goal: "<= 1.2",
        met: ratio <= 1.2,
        details: {
          wallMs: round(wallMs),
          minimumMs,
          calls,
          sandboxMaxObservedRate: stats.data.maxObservedRate,
          refusedByRateLimit: stats.data.refusedByRateLimit,
        },
      },
      {
        name: "submit-client-cpu",
        measures: `the client's CPU time per row while submitting ${ROWS} rows (server in another process)`,
        details: { cpuMs: round(cpuMs), cpuUsPerRow: round((cpuMs * 1000) / ROWS, 2), planMs: round(planMs) },
      },
    ];
  } finally {
    await killServerProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

serveJob("submit", () => measureSubmit(projectRoot()));
