// Reliability: 10,000 rows (500 invalid) submitted to the sandbox in the built server, running as
// a child process, with faults injected (429 storms, 500s, connections dropped after the invite
// was applied, slow answers). Every valid row is invited exactly once (the sandbox's members and
// invite log prove it), every invalid row carries its reason, no row is lost or reported twice,
// and the rate limit is never exceeded, also when the submit is cancelled half-way and resumed,
// and when the server is SIGKILLed mid-run and restarted on the same data.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatRowStatus } from "../../src/invites";
import { connect, fillProfile, planSubmit, submitInvites, type SplashtopSession, type SubmitReport } from "../../src/splashtop";
import { SANDBOX_DEMO_TOKEN } from "../../src/server/sandbox/sandbox-state";
import { controlClient } from "../server/sandbox/sandbox-server";
import { keep, statusOf, type Records } from "../splashtop/records";
import { inviteList } from "./invite-list";
import { freePort, killServerProcess, startServerProcess, type ServerProcess } from "./server-process";

jest.setTimeout(120_000);

const ROWS = 10_000;
const INVALID = 500;
const RATE = { calls: 50, windowMs: 1000 };
const FAULTS = { seed: 2024, tooManyRequests: 0.1, stormLength: 1, retryAfterSeconds: 0, serverError: 0.05, dropAfterApply: 0.02, slow: 0.2, slowMs: 20 };
const list = inviteList(ROWS, INVALID, 5);

let dataDir: string;
let port: number;
let server: ServerProcess;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-reliability-"));
  port = await freePort();
  server = await startServerProcess(port, dataDir);
});
afterAll(async () => {
  await killServerProcess(server);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function resetSandbox(): Promise<void> {
  await controlClient(server.origin).reset({ team: { seats: { access: 100_000, support: 100_000 } }, rateLimit: RATE, faults: FAULTS });
}

function session(): Promise<SplashtopSession> {
  return connect({
    serverOrigin: server.origin,
    region: "sandbox",
    token: SANDBOX_DEMO_TOKEN,
    rateLimit: RATE,
    retry: { maxAttempts: 12, baseDelayMs: 5, maxDelayMs: 50, maxRetryAfterMs: 100 },
    requestTimeoutMs: 5_000,
  });
}

type Run = { report: SubmitReport; reportedTwice: number };

/** One submit of the whole sheet with the results so far; keeps each result by person as it arrives. */
async function submit(s: SplashtopSession, records: Records, onResult?: (invited: number) => void, signal?: AbortSignal): Promise<Run> {
  const { profile } = await fillProfile(s);
  const plan = planSubmit({ rows: list.rows, records, profile, attempt: crypto.randomUUID() });
  const seen = new Set<number>();
  let reportedTwice = 0;
  let invited = 0;
  const report = await submitInvites(s, plan, {
    batchSize: 50,
    ...(signal ? { signal } : {}),
    onRowResult: (result) => {
      if (seen.has(result.index)) reportedTwice++;
      seen.add(result.index);
      keep(records, result);
      if (result.status.kind === "invited") onResult?.(++invited);
    },
  });
  return { report, reportedTwice };
}

async function expectEveryRowDoneOnce(records: Records): Promise<void> {
  // Every row has its result: Invited for valid rows, its reason for invalid ones.
  const wrong: string[] = [];
  list.rows.forEach((row, index) => {
    const reason = list.invalid.get(index);
    const status = statusOf(records, row) || "(none)";
    if (reason ? !(status.startsWith("Skipped: ") && reason.test(status)) : status !== formatRowStatus({ kind: "invited" })) {
      wrong.push(`row ${index + 2} ${row.account}: ${status}`);
    }
  });
  expect(wrong.slice(0, 5)).toEqual([]);
  // The sandbox invited each valid account exactly once, and nobody else.
  const state = await controlClient(server.origin).state();
  const logged = state.inviteLog.map((entry) => entry.email.toLowerCase());
  expect(logged).toHaveLength(ROWS - INVALID);
  expect(new Set(logged)).toEqual(list.validAccounts);
  expect(state.members).toHaveLength(1 + ROWS - INVALID);
}

async function expectRateLimitKeptAndFaultsMet(): Promise<void> {
  const stats = await controlClient(server.origin).stats();
  expect(stats.maxObservedRate).toBeLessThanOrEqual(RATE.calls);
  expect(stats.refusedByRateLimit).toBe(0);
  // The faults really happened, so the figures above mean something.
  expect(stats.tooManyRequests).toBeGreaterThan(0);
  expect(stats.serverErrors).toBeGreaterThan(0);
  expect(stats.dropped).toBeGreaterThan(0);
}

test("one run under faults: every valid row invited exactly once, every invalid row with its reason", async () => {
  await resetSandbox();
  const records: Records = new Map();
  const { report, reportedTwice } = await submit(await session(), records);
  expect(reportedTwice).toBe(0);
  expect(report).toMatchObject({ outcome: "done", invited: ROWS - INVALID, skipped: INVALID, failed: 0, notSent: 0 });
  expect(report.retries).toBeGreaterThan(0);
  expect(report.checks).toBeGreaterThan(0);
  await expectEveryRowDoneOnce(records);
  await expectRateLimitKeptAndFaultsMet();
});

test("cancelled half-way, then started again with the first run's statuses", async () => {
  await resetSandbox();
  const records: Records = new Map();
  const controller = new AbortController();
  // One session for both runs, as the pane keeps it while connected: its rate limiter remembers
  // the first run's calls, which are still in the sandbox's window when the second run starts.
  const s = await session();
  const first = await submit(s, records, (invited) => {
    if (invited === (ROWS - INVALID) / 2) controller.abort();
  }, controller.signal);
  expect(first.report.outcome).toBe("cancelled");
  expect(first.report.invited).toBeLessThan(ROWS - INVALID);
  const second = await submit(s, records);
  expect(second.report).toMatchObject({ outcome: "done", failed: 0, notSent: 0, alreadyInvited: first.report.invited });
  expect(first.report.invited + second.report.invited).toBe(ROWS - INVALID);
  await expectEveryRowDoneOnce(records);
  await expectRateLimitKeptAndFaultsMet();
});

test("the server SIGKILLed mid-run and restarted on the same data: the next run finishes, nobody invited twice", async () => {
  await resetSandbox();
  const records: Records = new Map();
  let killed: Promise<void> | null = null;
  const s = await session();
  const first = await submit(s, records, (invited) => {
    if (invited === 3000 && !killed) killed = killServerProcess(server);
  });
  await killed;
  expect(first.report.outcome).toBe("stopped");
  expect(first.report.invited).toBeLessThan(ROWS - INVALID);
  server = await startServerProcess(port, dataDir);
  const second = await submit(s, records);
  expect(second.report).toMatchObject({ outcome: "done", failed: 0, notSent: 0 });
  await expectEveryRowDoneOnce(records);
  const stats = await controlClient(server.origin).stats();
  expect(stats.maxObservedRate).toBeLessThanOrEqual(RATE.calls);
  expect(stats.refusedByRateLimit).toBe(0);
});
