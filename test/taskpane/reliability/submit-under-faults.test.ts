// Reliability: 10,000 rows (500 invalid) in a workbook on the simulator, sent through the pane
// (the real pane and submit controllers, live validation keeping each result by person) to the
// sandbox in the built server, running as a child process, with faults injected: 429 storms, 500s,
// connections dropped after the invite was applied (answer stored, or lost altogether), slow
// answers. What is checked is what the sandbox itself saw: per address, how many invite requests
// reached it and how many it applied (every valid person exactly once, every invalid one never),
// and that every row's Status in the workbook says what the sandbox holds for that address. Also
// after a cancel and a second submit, after a SIGKILL of the server and a restart, after a pane
// that crashed before keeping its results (the workbook was not saved), and with a server that
// ignores idempotency keys altogether.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createSimulatedExcel, type SimulatedExcel } from "../../../src/excel-sim";
import { cellsOfRow, recordKey } from "../../../src/invites";
import { SANDBOX_DEMO_TOKEN } from "../../../src/server";
import { connectWorkbook } from "../../../src/taskpane/connect-workbook";
import { createPaneController, type PaneController } from "../../../src/taskpane/pane-controller";
import { createSubmitController } from "../../../src/taskpane/submit/submit-controller";
import type { SubmitStore } from "../../../src/taskpane/submit/submit-model";
import type { WorkbookPort } from "../../../src/workbook";
import { controlClient } from "../../server/sandbox/sandbox-server";
import { tableRows } from "../../workbook/helpers";
import { inviteList } from "./invite-list";
import { freePort, killServerProcess, startServerProcess, type ServerProcess } from "../../support/server-process";

jest.setTimeout(300_000);

const ROWS = 10_000;
const INVALID = 500;
const RATE = { calls: 50, windowMs: 1000 };
const FAULTS = {
  seed: 2024,
  tooManyRequests: 0.1,
  stormLength: 1,
  retryAfterSeconds: 0,
  serverError: 0.05,
  dropAfterApply: 0.02,
  loseAnswer: 0.02,
  slow: 0.2,
  slowMs: 20,
};
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
  // The README's reliability figures come from here.
  fs.mkdirSync(path.dirname(FIGURES), { recursive: true });
  fs.writeFileSync(FIGURES, JSON.stringify(figures, null, 2) + "\n");
});

const FIGURES = path.join(__dirname, "..", "..", "..", "test-results", "reliability.json");
const figures: Record<string, unknown>[] = [];

const control = () => controlClient(server.origin);

async function resetSandbox(faults: Partial<typeof FAULTS> & { ignoreIdempotencyKeys?: boolean } = FAULTS): Promise<void> {
  await control().reset({ team: { seats: { access: 100_000, support: 100_000 } }, rateLimit: RATE, faults });
}

type Pane = { pane: PaneController; submit: SubmitStore };

/** A pane on the workbook, connected to the sandbox (the team is read on connect). */
async function openPane(excel: SimulatedExcel, wrap: (port: WorkbookPort) => WorkbookPort = (p) => p): Promise<Pane> {
  const pane = createPaneController(wrap(connectWorkbook(excel.run)), {
    serverOrigin: server.origin,
    createSubmit: async (host) =>
      createSubmitController(host, {
        batchSize: 50,
        client: {
          rateLimit: RATE,
          retry: { maxAttempts: 12, baseDelayMs: 5, maxDelayMs: 50, maxRetryAfterMs: 100 },
          requestTimeoutMs: 5_000,
        },
      }),
  });
  await pane.start();
  const submit = await (pane.loadSubmit as () => Promise<SubmitStore>)();
  await submit.actions.connect("sandbox", SANDBOX_DEMO_TOKEN);
  expect(submit.getState().error).toBeNull();
  return { pane, submit };
}

/** The invite list typed into a new workbook (the first row into the table, the rest pasted right below it). */
async function workbook(): Promise<{ excel: SimulatedExcel; first: Pane }> {
  const excel = createSimulatedExcel({ host: "web" });
  const first = await openPane(excel);
  await first.pane.actions.setUpSheet();
  const cells = list.rows.map(cellsOfRow);
  excel.user.paste("Invites!A2", cells.slice(0, 1));
  excel.user.paste("Invites!A3", cells.slice(1));
  await excel.settle();
  expect(first.pane.getState().summary?.rows).toBe(ROWS);
  return { excel, first };
}

/** Submit as a person does: the preview, then Confirm (again, if the sheet changed in between). */
async function send(submit: SubmitStore, during?: (done: number) => void): Promise<void> {
  const stop = during ? submit.subscribe(() => during(submit.getState().progress?.done ?? 0)) : () => undefined;
  try {
    for (let tries = 0; tries < 3; tries++) {
      await submit.actions.preview("all");
      expect(submit.getState().error).toBeNull();
      await submit.actions.confirm();
      if (!submit.getState().preview) return;
    }
  } finally {
    stop();
  }
}

/** What the sandbox saw, person by person, and what each row of the workbook says about it. */
async function expectEveryPersonOnce(excel: SimulatedExcel, statuses: { member: RegExp } = { member: /^Invited$/ }): Promise<void> {
  await excel.settle();
  const { byAddress } = await control().requests();
  const wrong: string[] = [];
  for (const account of list.validAccounts) {
    const seen = byAddress[recordKey(account)];
    if (seen?.applied !== 1 || seen.received !== 1) wrong.push(`${account}: ${JSON.stringify(seen ?? null)}`);
  }
  // An invalid row never reached the sandbox (a repeat of a valid address counts under that address).
  list.invalid.forEach((_, index) => {
    const account = recordKey((list.rows[index] as { account: string }).account);
    if (account && !list.validAccounts.has(account) && byAddress[account])
      wrong.push(`invalid ${account}: ${JSON.stringify(byAddress[account])}`);
  });
  expect(wrong.slice(0, 5)).toEqual([]);
  await keepFigures(byAddress);
  const members = new Set((await control().state()).members.map((m) => recordKey(m.email)));
  expect(members.size).toBe(1 + list.validAccounts.size);
  // Every row says what the sandbox holds: Invited for the people on the team, never for anyone else.
  const { rows, statuses: shown } = tableRows(excel);
  const mismatched: string[] = [];
  rows.forEach((row, i) => {
    const status = shown[i] ?? "";
    const invalid = list.invalid.has(i);
    const ok = invalid ? !/^Invited$/.test(status) && status !== "" : statuses.member.test(status) && members.has(recordKey(row.account));
    if (!ok) mismatched.push(`row ${i + 2} ${row.account}: "${status}"`);
  });
  expect(mismatched.slice(0, 5)).toEqual([]);
}

/** What one test's sandbox saw, for test-results/reliability.json. */
async function keepFigures(byAddress: Record<string, { received: number; applied: number }>): Promise<void> {
  const counts = [...list.validAccounts].map((account) => byAddress[recordKey(account)]);
  const stats = await control().stats();
  figures.push({
    test: expect.getState().currentTestName,
    rows: ROWS,
    validPeople: list.validAccounts.size,
    invitedExactlyOnce: counts.filter((c) => c?.applied === 1).length,
    receivedMoreThanOnce: counts.filter((c) => (c?.received ?? 0) > 1).length,
    neverInvited: counts.filter((c) => !c?.applied).length,
    calls: stats.calls,
    tooManyRequests: stats.tooManyRequests,
    serverErrors: stats.serverErrors,
    droppedAfterApply: stats.dropped,
    lostAnswers: stats.lostAnswers,
    replays: stats.replays,
    maxObservedRate: stats.maxObservedRate,
    rateLimit: RATE.calls,
    refusedByRateLimit: stats.refusedByRateLimit,
  });
}

async function expectRateLimitKeptAndFaultsMet(): Promise<void> {
  const stats = await control().stats();
  expect(stats.maxObservedRate).toBeLessThanOrEqual(RATE.calls);
  expect(stats.refusedByRateLimit).toBe(0);
  // The faults really happened, so the figures above mean something.
  expect(stats.tooManyRequests).toBeGreaterThan(0);
  expect(stats.serverErrors).toBeGreaterThan(0);
  expect(stats.dropped).toBeGreaterThan(0);
  expect(stats.lostAnswers).toBeGreaterThan(0);
}

test("one submit under faults: every valid person invited exactly once, every invalid row never sent, every Status true", async () => {
  await resetSandbox();
  const { excel, first } = await workbook();
  await send(first.submit);
  expect(first.submit.getState().result).toEqual(
    expect.objectContaining({ outcome: "done", invited: ROWS - INVALID, failed: 0, notSent: 0 }),
  );
  await expectEveryPersonOnce(excel);
  await expectRateLimitKeptAndFaultsMet();
  await first.pane.stop();
});

test("a server that ignores idempotency keys: the team check alone keeps anyone from a second invite", async () => {
  await resetSandbox({ ...FAULTS, ignoreIdempotencyKeys: true });
  const { excel, first } = await workbook();
  await send(first.submit);
  expect(first.submit.getState().result).toEqual(expect.objectContaining({ outcome: "done", invited: ROWS - INVALID }));
  await expectEveryPersonOnce(excel);
  await first.pane.stop();
});

test("cancelled half-way, then Submit again: the rest go, nobody twice", async () => {
  await resetSandbox();
  const { excel, first } = await workbook();
  await send(first.submit, (done) => {
    if (done >= ROWS / 2) first.submit.actions.cancel();
  });
  const cancelled = first.submit.getState().result;
  expect(cancelled?.outcome).toBe("cancelled");
  await send(first.submit);
  expect(first.submit.getState().result).toEqual(
    expect.objectContaining({ outcome: "done", failed: 0, notSent: 0, alreadyInvited: cancelled?.invited }),
  );
  await expectEveryPersonOnce(excel);
  await expectRateLimitKeptAndFaultsMet();
  await first.pane.stop();
});

test("the server SIGKILLed mid-run and restarted on the same data: Submit again finishes, nobody twice", async () => {
  await resetSandbox();
  const { excel, first } = await workbook();
  let killed: Promise<void> | null = null;
  await send(first.submit, (done) => {
    if (done >= 3_000 && !killed) killed = killServerProcess(server);
  });
  await killed;
  expect(first.submit.getState().result?.outcome).toBe("stopped");
  server = await startServerProcess(port, dataDir);
  await send(first.submit);
  expect(first.submit.getState().result).toEqual(expect.objectContaining({ outcome: "done", failed: 0, notSent: 0 }));
  await expectEveryPersonOnce(excel);
  await first.pane.stop();
});

test("a pane that sent but crashed before keeping its results: the next pane asks the team first and invites nobody twice", async () => {
  await resetSandbox({ ...FAULTS, tooManyRequests: 0, serverError: 0 });
  const { excel, first } = await workbook();
  await first.pane.stop();
  // This pane's results never reach the workbook: it is closed after a quarter of the rows.
  const crashing = await openPane(excel, (port) => ({
    ...port,
    startLiveValidation: async (options) => {
      const live = await port.startLiveValidation(options);
      let kept = 0;
      return {
        ...live,
        counters: live.counters,
        recordResults: async (records) => {
          kept += records.length;
          if (kept > ROWS / 4) throw new Error("the pane was closed");
          return live.recordResults(records);
        },
      };
    },
  }));
  await send(crashing.submit);
  await crashing.pane.stop();
  const next = await openPane(excel);
  await send(next.submit);
  expect(next.submit.getState().result).toEqual(expect.objectContaining({ outcome: "done", failed: 0, notSent: 0 }));
  // Those the crashed pane invited without a record are found on the team, and said so.
  await expectEveryPersonOnce(excel, { member: /^Invited$|^Skipped: .*already a member of (the|your) team/ });
  await next.pane.stop();
});
