// Submit to Splashtop from the pane: the pane controller on the simulator, its submit store on the
// real server's relay and embedded sandbox. Connect, fill the profile, review, send with results
// in Status per batch, send again (nothing re-sent), retry failed, cancel, disconnect.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createSimulatedExcel } from "../../src/excel-sim";
import { SANDBOX_DEMO_TOKEN } from "../../src/server";
import { connectWorkbook } from "../../src/taskpane/connect-workbook";
import { createPaneController } from "../../src/taskpane/pane-controller";
import { createSubmitController } from "../../src/taskpane/submit/submit-controller";
import type { SubmitStore } from "../../src/taskpane/submit/submit-model";
import type { WorkbookPort } from "../../src/workbook";
import { ROOMY_TEAM, startSandboxServer, type SandboxServer } from "../server/sandbox/sandbox-server";

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());

async function setup(batchSize = 2) {
  const excel = createSimulatedExcel({ host: "web" });
  const writes: string[][] = [];
  const port = connectWorkbook(excel.run);
  // Each keeping of results in the workbook, by the addresses it carries.
  const recording: WorkbookPort = {
    ...port,
    startLiveValidation: async (options) => {
      const live = await port.startLiveValidation(options);
      return { ...live, counters: live.counters, recordResults: (records) => { writes.push(records.map((r) => r.account)); return live.recordResults(records); } };
    },
  };
  const pane = createPaneController(recording, { serverOrigin: sandbox.origin, createSubmit: async (host) => createSubmitController(host, { batchSize }) });
  await pane.actions.setUpSheet();
  const loadSubmit = pane.loadSubmit as () => Promise<SubmitStore>;
  const submit = await loadSubmit();
  expect(await loadSubmit()).toBe(submit); // one store (and one session) for the pane's life
  return { excel, pane, submit, writes, status: (row: number) => String(excel.user.value(`Invites!F${row}`)) };
}

function enter(excel: ReturnType<typeof createSimulatedExcel>, rows: string[][]): Promise<void> {
  const [first, ...rest] = rows;
  excel.user.paste("Invites!A2", [first as string[]]);
  if (rest.length) excel.user.paste("Invites!A3", rest);
  return excel.settle();
}

test("connect (which reads the team), review, send: each row's result lands in Status as its batch returns; a second submit sends nothing", async () => {
  await sandbox.control.reset({ team: { ...ROOMY_TEAM, userGroups: ["Sales"] } });
  const { excel, pane, submit, writes, status } = await setup(2);
  await enter(excel, [
    ["ann@example.com", "Sales", "Ann", "Access", "Member"],
    ["bo@example", "", "Bo", "", ""],
    ["cy@example.com", "", "Cy", "Support", "Admin"],
    ["owner@sandbox.example", "", "Me", "", ""],
    ["dee@example.com", "", "Dee", "", ""],
  ]);

  await submit.actions.connect("sandbox", SANDBOX_DEMO_TOKEN);
  expect(submit.getState().connection).toEqual({ region: "sandbox", email: "owner@sandbox.example", teamId: "4242", role: "owner" });
  expect(JSON.stringify(submit.getState())).not.toContain(SANDBOX_DEMO_TOKEN);

  // Connecting reads the team too (seats, groups, members): no separate click.
  expect(submit.getState().filled?.fromApi).toEqual(expect.arrayContaining(["inviterRole", "licenses", "userGroups", "existingMembers"]));
  expect(pane.getState().team.existingMembers).toEqual(["owner@sandbox.example"]);
  await excel.settle();
  expect(pane.getState().findings.map((f) => `${f.row}:${f.code}`)).toEqual(["3:invalid-email", "5:already-member"]);

  await submit.actions.preview("all");
  expect(submit.getState().preview).toEqual({
    scope: "all",
    send: 3,
    byLicense: { access: 2, support: 1 },
    skipped: [
      { rowNumber: 3, account: "bo@example", reason: expect.stringContaining("missing the end of the domain") },
      { rowNumber: 5, account: "owner@sandbox.example", reason: expect.stringContaining("already") },
    ],
    leftOut: [],
    alreadyInvited: 0,
  });
  const before = await sandbox.control.stats();
  await submit.actions.confirm();
  expect(submit.getState()).toEqual(expect.objectContaining({ progress: null, error: null, result: expect.objectContaining({ outcome: "done", invited: 3, failed: 0, skipped: 2 }) }));
  expect([2, 3, 4, 5, 6].map(status)).toEqual(["Invited", expect.stringMatching(/^Skipped: /), "Invited", expect.stringMatching(/^Skipped: /), "Invited"]);
  // One write for the skipped rows, then one per API batch of two.
  expect(writes).toEqual([["bo@example", "owner@sandbox.example"], ["ann@example.com", "cy@example.com"], ["dee@example.com"]]);
  await excel.settle();
  expect(pane.getState().summary?.submitted).toBe(5);
  const after = await sandbox.control.stats();
  expect(after.invites - before.invites).toBe(3);

  // Submit again: the invited rows are left alone, nothing is sent.
  await submit.actions.preview("all");
  expect(submit.getState().preview).toEqual(expect.objectContaining({ send: 0, alreadyInvited: 3 }));
  await submit.actions.confirm();
  const again = await sandbox.control.stats();
  expect(again.invites).toBe(after.invites);
  expect(again.calls - after.calls).toBe(0);
  await pane.stop();
});

test("rows Splashtop refuses get Failed: <reason>; Retry failed sends only those, once they are fixed", async () => {
  await sandbox.control.reset({ team: { seats: { access: 2, support: 5 } } }); // the owner holds one Access seat
  const { excel, pane, submit, status } = await setup(10);
  await enter(excel, [
    ["ann@example.com", "", "Ann", "Access", ""],
    ["bo@example.com", "", "Bo", "Access", ""],
    ["cy@example.com", "", "Cy", "Support", ""],
  ]);
  await submit.actions.connect("sandbox", SANDBOX_DEMO_TOKEN);
  // Connecting read the seats: the pane would skip Bo. The person edits the profile (they still
  // can), claiming unlimited seats; the sandbox knows better and refuses one.
  expect(pane.getState().team.licenses).toEqual({ access: 1, support: 5 });
  await pane.actions.setTeam({ ...pane.getState().team, licenses: { access: null, support: null } });
  await submit.actions.preview("all");
  expect(submit.getState().preview?.send).toBe(3);
  await submit.actions.confirm();
  expect(submit.getState().result).toEqual(expect.objectContaining({ invited: 2, failed: 1 }));
  expect(status(2)).toBe("Invited");
  expect(status(3)).toMatch(/^Failed: /);
  expect(status(4)).toBe("Invited");

  excel.user.type("Invites!D3", "Support");
  await excel.settle();
  await submit.actions.preview("failed");
  expect(submit.getState().preview).toEqual(expect.objectContaining({ scope: "failed", send: 1, byLicense: { access: 0, support: 1 }, alreadyInvited: 2 }));
  await submit.actions.confirm();
  expect(status(3)).toBe("Invited");
  await pane.stop();
});

test("Cancel stops after the batch in flight; Submit again sends the rest", async () => {
  await sandbox.control.reset({ team: ROOMY_TEAM, faults: { slow: 1, slowMs: 200 } });
  const { excel, pane, submit, status } = await setup(2);
  await enter(excel, Array.from({ length: 6 }, (_, i) => [`user${i}@example.com`, "", `User ${i}`, "", ""]));
  await submit.actions.connect("sandbox", SANDBOX_DEMO_TOKEN);
  await submit.actions.preview("all");
  const sending = submit.actions.confirm();
  await new Promise<void>((resolve) => {
    const stop = submit.subscribe(() => {
      if ((submit.getState().progress?.done ?? 0) >= 2) { stop(); resolve(); }
    });
  });
  submit.actions.cancel();
  expect(submit.getState().progress?.cancelling).toBe(true);
  await sending;
  const result = submit.getState().result;
  expect(result?.outcome).toBe("cancelled");
  const invited = [2, 3, 4, 5, 6, 7].map(status).filter((s) => s === "Invited").length;
  expect(invited).toBe(result?.invited);
  expect(invited).toBeLessThan(6);

  await sandbox.control.faults({ slow: 0 });
  await submit.actions.preview("all");
  expect(submit.getState().preview).toEqual(expect.objectContaining({ send: 6 - invited, alreadyInvited: invited }));
  await submit.actions.confirm();
  expect([2, 3, 4, 5, 6, 7].map(status)).toEqual(Array(6).fill("Invited"));
  expect((await sandbox.control.state()).inviteLog).toHaveLength(6);
  await pane.stop();
});

test("a refused token is an error in plain words; disconnect forgets the session", async () => {
  await sandbox.control.reset({});
  const { pane, submit } = await setup();
  const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  await submit.actions.connect("sandbox", "not-a-token");
  expect(submit.getState()).toEqual(expect.objectContaining({ phase: "disconnected", connection: null, error: expect.stringMatching(/token/i) }));
  expect(logged).toHaveBeenCalled();
  logged.mockRestore();
  await submit.actions.connect("sandbox", SANDBOX_DEMO_TOKEN);
  expect(submit.getState().phase).toBe("connected");
  submit.actions.disconnect();
  expect(submit.getState()).toEqual(expect.objectContaining({ phase: "disconnected", connection: null, filled: null, preview: null }));
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  await submit.actions.preview("all");
  expect(submit.getState().error).toBe("Not connected to Splashtop: connect first.");
  quiet.mockRestore();
  await pane.stop();
});

test("connecting to a region that never answers gives up after the timeout with a plain message; Cancel stops sooner", async () => {
  const sockets = new Set<import("node:net").Socket>();
  const silent = http.createServer(() => undefined); // accepts, never answers
  silent.on("connection", (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  try {
    const excel = createSimulatedExcel({ host: "web" });
    const pane = createPaneController(connectWorkbook(excel.run), { serverOrigin: origin, createSubmit: async (host) => createSubmitController(host, { connectTimeoutMs: 300 }) });
    const submit = await (pane.loadSubmit as () => Promise<SubmitStore>)();
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await submit.actions.connect("eu", "some-token");
    expect(submit.getState()).toEqual(expect.objectContaining({ phase: "disconnected", connection: null }));
    expect(submit.getState().error).toBe("No answer from Splashtop (EU) in 1 second. Check the region (your console at my.splashtop.com is Global, my.splashtop.eu is EU) and the network, then connect again.");

    const pending = submit.actions.connect("global", "some-token");
    expect(submit.getState().phase).toBe("connecting");
    submit.actions.cancelConnect();
    await pending;
    expect(submit.getState()).toEqual(expect.objectContaining({ phase: "disconnected", error: null, connection: null }));
    logged.mockRestore();
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  }
});
