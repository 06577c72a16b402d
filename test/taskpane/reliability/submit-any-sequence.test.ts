// Submit bound to the person, whatever the user does (fast-check's commands): type, paste, sort,
// insert and delete rows, send (with lost answers, dropped connections and server errors), sort or
// insert while a submit runs, a pane that crashes before its results are kept, a second pane. On
// the simulator, through the real pane controller, against the real server's relay and sandbox.
// After every step:
//   - nobody was invited twice (the sandbox's own log of the invite requests it received);
//   - a row shown as Invited, and every Invited record, is about someone the sandbox has on the team;
//   - every fill and Status equals a check from scratch of what the sheet and the records hold;
// and after a submit that finished, nobody valid was left uninvited.
import fc from "fast-check";
import { createSimulatedExcel, type SimulatedExcel } from "../../../src/excel-sim";
import { parseRowStatus, recordKey, resolveTeam, validateSheet } from "../../../src/invites";
import { SANDBOX_DEMO_TOKEN } from "../../../src/server";
import { connectWorkbook } from "../../../src/taskpane/connect-workbook";
import { createPaneController, type PaneController } from "../../../src/taskpane/pane-controller";
import { createSubmitController } from "../../../src/taskpane/submit/submit-controller";
import type { SubmitStore } from "../../../src/taskpane/submit/submit-model";
import { TABLE_NAME, type WorkbookPort } from "../../../src/workbook";
import { ROOMY_TEAM, startSandboxServer, type SandboxServer } from "../../server/sandbox/sandbox-server";
import { expectSheetMatchesRules, storedRecords, tableRows } from "../../workbook/helpers";

jest.setTimeout(300_000);

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());

type Pane = { pane: PaneController; submit: SubmitStore };
type Real = { excel: SimulatedExcel; panes: Pane[]; lastSubmitDone: boolean };
type Model = Record<string, never>;

const ACCOUNTS = ["ann@x.com", "bo@x.com", "cy@x.com", "dee@x.com", "eve@x.com", "Ann@x.com", "fay@x", "", "gus@x.com"];
const NAMES = ["", "Ann", "Bo Lee"];
const ROLES = ["", "Member", "Admin"];
const row = fc
  .tuple(fc.constantFrom(...ACCOUNTS), fc.constantFrom(...NAMES), fc.constantFrom(...ROLES))
  .map(([a, n, r]) => [a, "", n, "", r]);
const FAULTS = fc.record({
  dropAfterApply: fc.constantFrom(0, 0.3),
  loseAnswer: fc.constantFrom(0, 0.3),
  serverError: fc.constantFrom(0, 0.2),
  seed: fc.nat(1000),
});

/** A pane on the workbook: its own run function (two panes serialise apart, as in Excel). */
async function openPane(excel: SimulatedExcel, wrap: (port: WorkbookPort) => WorkbookPort = (p) => p): Promise<Pane> {
  const run = ((...args: unknown[]) => (excel.run as (...a: unknown[]) => Promise<unknown>)(...args)) as Parameters<
    typeof connectWorkbook
  >[0];
  const pane = createPaneController(wrap(connectWorkbook(run)), {
    serverOrigin: sandbox.origin,
    createSubmit: async (host) => createSubmitController(host, { batchSize: 3 }),
  });
  await pane.start();
  const submit = await (pane.loadSubmit as () => Promise<SubmitStore>)();
  await submit.actions.connect("sandbox", SANDBOX_DEMO_TOKEN);
  expect(submit.getState().phase).toBe("connected");
  return { pane, submit };
}

/** Preview and confirm, confirming again when the sheet changed in between (the pane shows the new numbers). */
async function submitAll(submit: SubmitStore, during?: () => void): Promise<void> {
  for (let tries = 0; tries < 3; tries++) {
    await submit.actions.preview("all");
    if (submit.getState().error) return;
    const confirming = submit.actions.confirm();
    during?.();
    await confirming;
    if (!submit.getState().preview) return;
  }
}

async function invariants(real: Real): Promise<void> {
  const { excel } = real;
  await excel.settle();
  expect(excel.handlerErrors).toEqual([]);
  const requests = await sandbox.control.requests();
  const twice = Object.entries(requests.byAddress)
    .filter(([, c]) => c.applied > 1)
    .map(([a]) => a);
  expect(twice).toEqual([]);
  const members = new Set((await sandbox.control.state()).members.map((m) => recordKey(m.email)));
  const { rows, statuses } = tableRows(excel);
  rows.forEach((r, i) => {
    if (statuses[i] === "Invited") expect([r.account, members.has(recordKey(r.account))]).toEqual([r.account, true]);
  });
  for (const record of storedRecords(excel).values()) {
    if (record.result.kind === "invited") expect([record.account, members.has(recordKey(record.account))]).toEqual([record.account, true]);
  }
  const team = real.panes[0]?.pane.getState().team ?? {};
  expectSheetMatchesRules(excel, team);
  if (real.lastSubmitDone) {
    // Nobody valid left out: every first row of an address without errors is on the team now.
    const findings = validateSheet(rows, resolveTeam(team), 2);
    const bad = new Set(findings.filter((f) => f.severity === "error").map((f) => f.row));
    const left = rows.filter((r, i) => r.account.trim() && !bad.has(i + 2) && !members.has(recordKey(r.account))).map((r) => r.account);
    expect(left).toEqual([]);
    // And every such row says so.
    rows.forEach((r, i) => {
      if (!r.account.trim() || bad.has(i + 2)) return;
      const status = parseRowStatus(statuses[i]);
      const ok =
        status?.kind === "invited" ||
        (status?.kind === "skipped" && /already a member/.test(status.reason)) ||
        /^Changed since it was invited/.test(statuses[i] ?? "");
      expect([r.account, statuses[i], ok]).toEqual([r.account, statuses[i], true]);
    });
  }
}

const step =
  <T>(name: (t: T) => string, act: (t: T, real: Real) => Promise<void> | void) =>
  (t: T): fc.AsyncCommand<Model, Real> => ({
    check: () => true,
    async run(_model, real) {
      real.lastSubmitDone = false;
      await act(t, real);
      await invariants(real);
    },
    toString: () => name(t),
  });

const lastRow = (excel: SimulatedExcel) => 1 + (excel.user.table(TABLE_NAME)?.rowCount ?? 1);

const commands = [
  fc.tuple(fc.integer({ min: 2, max: 8 }), fc.constantFrom(0, 2, 4), fc.constantFrom(...ACCOUNTS, ...NAMES, ...ROLES)).map(
    step(
      ([r, c, v]) => `type ${"ACE"[c / 2]}${r} ${JSON.stringify(v)}`,
      ([r, c, v], { excel }) => {
        excel.user.type(`Invites!${"ABCDE"[c]}${Math.min(r, lastRow(excel) + 1)}`, v);
      },
    ),
  ),
  fc.array(row, { minLength: 1, maxLength: 4 }).map(
    step(
      (rows) => `paste ${rows.length} rows below`,
      (rows, { excel }) => {
        excel.user.paste(`Invites!A${lastRow(excel) + 1}`, rows);
      },
    ),
  ),
  fc.tuple(fc.constantFrom(0, 2, 4), fc.boolean()).map(
    step(
      ([c, asc]) => `sort by ${"ABCDE"[c]} ${asc ? "up" : "down"}`,
      ([c, asc], { excel }) => {
        excel.user.sort(TABLE_NAME, { column: c, ascending: asc });
      },
    ),
  ),
  fc.integer({ min: 2, max: 6 }).map(
    step(
      (r) => `insert a row at ${r}`,
      (r, { excel }) => {
        if (r <= lastRow(excel)) excel.user.insertRows("Invites", r, 1);
      },
    ),
  ),
  fc.integer({ min: 3, max: 6 }).map(
    step(
      (r) => `delete row ${r}`,
      (r, { excel }) => {
        if (r <= lastRow(excel)) excel.user.deleteRows("Invites", r, 1);
      },
    ),
  ),
  FAULTS.map(
    step(
      (f) => `submit with faults ${JSON.stringify(f)}`,
      async (f, real) => {
        await sandbox.control.faults(f);
        await submitAll((real.panes[0] as Pane).submit);
        const state = (real.panes[0] as Pane).submit.getState();
        real.lastSubmitDone = state.result?.outcome === "done" && !state.error;
        await sandbox.control.faults({ dropAfterApply: 0, loseAnswer: 0, serverError: 0 });
      },
    ),
  ),
  fc.tuple(FAULTS, fc.constantFrom("sort", "insert")).map(
    step(
      ([f, edit]) => `submit, and ${edit} while it runs, faults ${JSON.stringify(f)}`,
      async ([f, edit], real) => {
        await sandbox.control.faults({ ...f, slow: 1, slowMs: 5 });
        await submitAll((real.panes[0] as Pane).submit, () => {
          if (edit === "sort") real.excel.user.sort(TABLE_NAME, { column: 2, ascending: false });
          else real.excel.user.insertRows("Invites", 2, 1);
        });
        await sandbox.control.faults({ dropAfterApply: 0, loseAnswer: 0, serverError: 0, slow: 0 });
      },
    ),
  ),
  FAULTS.map(
    step(
      (f) => `a pane crashes before keeping its results, a new pane submits, faults ${JSON.stringify(f)}`,
      async (f, real) => {
        await sandbox.control.faults(f);
        // This pane's results never reach the workbook (closed mid-run, workbook not saved).
        const crashing = await openPane(real.excel, (port) => ({
          ...port,
          startLiveValidation: async (options) => {
            const live = await port.startLiveValidation(options);
            return {
              ...live,
              counters: live.counters,
              recordResults: async () => {
                throw new Error("the pane was closed");
              },
            };
          },
        }));
        await submitAll(crashing.submit);
        await crashing.pane.stop();
        await (real.panes[0] as Pane).pane.actions.recheck();
        await sandbox.control.faults({ dropAfterApply: 0, loseAnswer: 0, serverError: 0 });
        await submitAll((real.panes[0] as Pane).submit);
        real.lastSubmitDone = (real.panes[0] as Pane).submit.getState().result?.outcome === "done";
      },
    ),
  ),
  fc.constant(null).map(
    step(
      () => "a second pane tries to send while the first holds the workbook's lease",
      async (_, real) => {
        const first = connectWorkbook(real.excel.run);
        expect(await first.acquireLease("pane-one", "the first pane")).toEqual({ ok: true });
        const second = await openPane(real.excel);
        await submitAll(second.submit);
        expect(second.submit.getState().error).toMatch(
          /Another Invite Sheet pane is sending invites from this workbook \(the first pane\)/,
        );
        await first.releaseLease("pane-one");
        await second.pane.stop();
        // Each pane paints with the team it read; the first pane checks again, so its team is the one shown.
        await (real.panes[0] as Pane).pane.actions.recheck();
      },
    ),
  ),
];

test("whatever the user does around a submit, nobody is invited twice or never, and every Status tells the truth", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 5 }), fc.commands(commands, { maxCommands: 7 }), async (initial, cmds) => {
      await sandbox.control.reset({ team: ROOMY_TEAM, rateLimit: { calls: 10_000, windowMs: 1000 } });
      const excel = createSimulatedExcel({ host: "web" });
      const first = await openPane(excel);
      await first.pane.actions.setUpSheet();
      excel.user.paste("Invites!A2", [initial[0] as string[]]);
      if (initial.length > 1) excel.user.paste("Invites!A3", initial.slice(1));
      const real: Real = { excel, panes: [first], lastSubmitDone: false };
      try {
        await invariants(real);
        await fc.asyncModelRun(() => ({ model: {}, real }), cmds);
      } finally {
        await first.pane.stop();
      }
    }),
    { numRuns: 12 },
  );
});
