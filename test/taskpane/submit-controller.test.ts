// Submit to Splashtop from the pane: the pane controller on the simulator, its submit store on the
// real server's relay and embedded sandbox. Connect, fill the profile, review, send with results
// in Status per batch, send again (nothing re-sent), retry failed, cancel, disconnect.
import http from "node:http";
import type { AddressInfo } from "node:net";
import Papa from "papaparse";
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
      return {
        ...live,
        counters: live.counters,
        recordResults: (records) => {
          writes.push(records.map((r) => r.account));
          return live.recordResults(records);
        },
      };
    },
  };
  const pane = createPaneController(recording, {
    serverOrigin: sandbox.origin,
    createSubmit: async (host) => createSubmitController(host, { batchSize }),
  });
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
    scopeNote: null,
  });
  const before = await sandbox.control.stats();
  await submit.actions.confirm();
  expect(submit.getState()).toEqual(
    expect.objectContaining({
      progress: null,
      error: null,
      result: expect.objectContaining({ outcome: "done", invited: 3, failed: 0, skipped: 2 }),
    }),
  );
  expect([2, 3, 4, 5, 6].map(status)).toEqual([
    "Invited",
    expect.stringMatching(/^Skipped: /),
    "Invited",
    expect.stringMatching(/^Skipped: /),
    "Invited",
  ]);
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
  expect(submit.getState().preview).toEqual(
    expect.objectContaining({ scope: "failed", send: 1, byLicense: { access: 0, support: 1 }, alreadyInvited: 2 }),
  );
  await submit.actions.confirm();
  expect(status(3)).toBe("Invited");
  await pane.stop();
});

test("Cancel stops after the batch in flight; Submit again sends the rest", async () => {
  await sandbox.control.reset({ team: ROOMY_TEAM, faults: { slow: 1, slowMs: 200 } });
  const { excel, pane, submit, status } = await setup(2);
  await enter(
    excel,
    Array.from({ length: 6 }, (_, i) => [`user${i}@example.com`, "", `User ${i}`, "", ""]),
  );
  await submit.actions.connect("sandbox", SANDBOX_DEMO_TOKEN);
  await submit.actions.preview("all");
  const sending = submit.actions.confirm();
  await new Promise<void>((resolve) => {
    const stop = submit.subscribe(() => {
      if ((submit.getState().progress?.done ?? 0) >= 2) {
        stop();
        resolve();
      }
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
  expect(submit.getState()).toEqual(
    expect.objectContaining({ phase: "disconnected", connection: null, error: expect.stringMatching(/token/i) }),
  );
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
    const pane = createPaneController(connectWorkbook(excel.run), {
      serverOrigin: origin,
      createSubmit: async (host) => createSubmitController(host, { connectTimeoutMs: 300 }),
    });
    const submit = await (pane.loadSubmit as () => Promise<SubmitStore>)();
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await submit.actions.connect("eu", "some-token");
    expect(submit.getState()).toEqual(expect.objectContaining({ phase: "disconnected", connection: null }));
    expect(submit.getState().error).toBe(
      "No answer from Splashtop (EU) in 1 second. Check the region (your console at my.splashtop.com is Global, my.splashtop.eu is EU) and the network, then connect again.",
    );

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

/** Reads a CSV the way a person's spreadsheet would: header names to values, row by row. */
function csvTable(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ""), { header: true, skipEmptyLines: true }).data;
}

test("Download failed rows: the rows that did not go in, each with why, from the submit's own results; the pane's Import reads the file back as those rows", async () => {
  await sandbox.control.reset({ team: { seats: { access: 2, support: 5 } } }); // the owner holds one Access seat
  const { excel, pane, submit, status } = await setup(10);
  await enter(excel, [
    ["ann@example.com", "", "Ann Lee", "Access", ""],
    ["bo@example.com", "Sales", "Lee, Bo", "Access", "Member"], // no Access seat left: Splashtop refuses it
    ["cy@example", "", "Cy", "", ""], // not an address: skipped
    ["dee@example.com", "", "Dee", "Support", ""],
    ["ANN@example.com", "", "Ann again", "", ""], // Ann again: skipped, and not kept as Ann's record
  ]);
  await submit.actions.connect("sandbox", SANDBOX_DEMO_TOKEN);
  // The person claims unlimited seats (connecting read 1 left); the sandbox knows better.
  await pane.actions.setTeam({ ...pane.getState().team, licenses: { access: null, support: null } });
  await submit.actions.preview("all");
  expect(submit.getState().failedRows).toBeNull();
  await submit.actions.confirm();
  expect(submit.getState().result).toEqual(expect.objectContaining({ invited: 2, failed: 1, skipped: 2 }));
  const file = submit.getState().failedRows;
  if (!file) throw new Error("no failed rows file after a submit with failures");
  expect(file).toEqual(expect.objectContaining({ fileName: "splashtop-failed-rows.csv", rows: 3, unconfirmed: 0 }));
  expect(file.text.startsWith("\ufeffSplashtop account,Group,Display name,License type,Role,Reason\r\n")).toBe(true);

  // Each row as it is in the sheet, in sheet order, with the result the submit gave it. Row 6's
  // Status cell holds its own check ("already in row 2"), not a submit result: the file does not
  // come from Status cells.
  expect(status(6)).toMatch(/^Error in Splashtop account: .*row 2/);
  expect(csvTable(file.text)).toEqual([
    {
      "Splashtop account": "bo@example.com",
      Group: "Sales",
      "Display name": "Lee, Bo",
      "License type": "Access",
      Role: "Member",
      Reason: status(3),
    },
    { "Splashtop account": "cy@example", Group: "", "Display name": "Cy", "License type": "", Role: "", Reason: status(4) },
    {
      "Splashtop account": "ANN@example.com",
      Group: "",
      "Display name": "Ann again",
      "License type": "",
      Role: "",
      Reason: expect.stringMatching(/^Skipped: .*row 2/),
    },
  ]);
  expect(status(3)).toMatch(/^Failed: /);
  expect(status(4)).toMatch(/^Skipped: /);

  // Our own Import takes the file: the three rows land below, Reason is named as ignored.
  await pane.actions.importCsv(new Blob([file.text]), "append");
  await excel.settle();
  expect(pane.getState().message?.text).toBe("Added 3 rows from the file. Ignored columns: Reason.");
  expect(excel.user.values("Invites!A7:E9")).toEqual([
    ["bo@example.com", "Sales", "Lee, Bo", "Access", "Member"],
    ["cy@example", "", "Cy", "", ""],
    ["ANN@example.com", "", "Ann again", "", ""],
  ]);
  await pane.stop();
});

test("Retry failed leaves out a failure that would fail the same way and says why; once the team changes, it is sent", async () => {
  await sandbox.control.reset({ team: { seats: { access: 2, support: 5 } } });
  const { excel, pane, submit, status } = await setup(10);
  await enter(excel, [
    ["ann@example.com", "", "Ann", "Access", ""],
    ["bo@example.com", "", "Bo", "Access", ""],
  ]);
  await submit.actions.connect("sandbox", SANDBOX_DEMO_TOKEN);
  await pane.actions.setTeam({ ...pane.getState().team, licenses: { access: null, support: null } });
  await submit.actions.preview("all");
  await submit.actions.confirm();
  expect(status(3)).toMatch(/^Failed: /);

  await submit.actions.preview("failed");
  expect(submit.getState().preview).toEqual(
    expect.objectContaining({
      scope: "failed",
      send: 0,
      leftOut: [
        {
          rowNumber: 3,
          account: "bo@example.com",
          reason: expect.stringMatching(/Sending it again would fail the same way: change the row, or the team \(seats, role\), first\.$/),
        },
      ],
    }),
  );
  expect(submit.getState().preview?.leftOut[0]?.reason.startsWith(status(3).replace(/^Failed: /, ""))).toBe(true);

  // More seats bought (the profile changes): the failure can succeed now, and is offered.
  await sandbox.control.reset({ team: { seats: { access: 3, support: 5 } }, members: (await sandbox.control.state()).members });
  await submit.actions.fillProfile();
  await submit.actions.preview("failed");
  expect(submit.getState().preview).toEqual(expect.objectContaining({ send: 1, leftOut: [] }));
  await submit.actions.confirm();
  expect(status(3)).toBe("Invited");
  await pane.stop();
});

test("the sheet changed between the preview and Send: nothing is sent, the new numbers are shown with a notice", async () => {
  await sandbox.control.reset({ team: ROOMY_TEAM });
  const { excel, pane, submit } = await setup(10);
  await enter(excel, [
    ["ann@example.com", "", "Ann", "", ""],
    ["bo@example.com", "", "Bo", "", ""],
  ]);
  await submit.actions.connect("sandbox", SANDBOX_DEMO_TOKEN);
  await submit.actions.preview("all");
  expect(submit.getState().preview?.send).toBe(2);
  excel.user.type("Invites!A4", "cy@example.com");
  await excel.settle();
  const before = await sandbox.control.stats();
  await submit.actions.confirm();
  expect(submit.getState()).toEqual(
    expect.objectContaining({
      notice: "The sheet changed since this preview: check the numbers below and confirm again.",
      preview: expect.objectContaining({ send: 3 }),
      progress: null,
      result: null,
    }),
  );
  expect((await sandbox.control.stats()).invites).toBe(before.invites);
  await submit.actions.confirm();
  expect(submit.getState()).toEqual(expect.objectContaining({ notice: null, result: expect.objectContaining({ invited: 3 }) }));
  await pane.stop();
});

test("a row deleted while its invite is on the way: its result is kept in the pane with its address, and the rest land on their rows", async () => {
  await sandbox.control.reset({ team: ROOMY_TEAM });
  const { excel, pane, submit, status } = await setup(10);
  await enter(excel, [
    ["ann@example.com", "", "Ann", "", ""],
    ["bo@example.com", "", "Bo", "", ""],
    ["cy@example.com", "", "Cy", "", ""],
  ]);
  await submit.actions.connect("sandbox", SANDBOX_DEMO_TOKEN);
  await sandbox.control.faults({ slow: 1, slowMs: 300 });
  await submit.actions.preview("all");
  // The person deletes Bo's row as soon as sending starts (before any answer).
  const stop = submit.subscribe(() => {
    if (submit.getState().progress) {
      stop();
      excel.user.deleteRows("Invites", 3);
    }
  });
  await submit.actions.confirm();
  await excel.settle();
  expect(submit.getState().result).toEqual(expect.objectContaining({ outcome: "done", invited: 3 }));
  expect(submit.getState().unplaced).toEqual([{ account: "bo@example.com", text: "Invited" }]);
  expect([2, 3].map((row) => String(excel.user.value(`Invites!A${row}`)))).toEqual(["ann@example.com", "cy@example.com"]);
  expect([2, 3].map(status)).toEqual(["Invited", "Invited"]);
  expect(submit.getState().failedRows).toBeNull();
  await pane.stop();
});

/** A Splashtop-shaped server (the relay's paths) whose token has the given basic_info; every other call is "not available". */
async function withBasicInfo(info: Record<string, unknown>, body: (origin: string, calls: string[]) => Promise<void>): Promise<void> {
  const calls: string[] = [];
  const server = http.createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`);
    res.setHeader("Content-Type", "application/json");
    if (req.url === "/relay/global/api/open/v1/users/basic_info") res.end(JSON.stringify({ result: 20200, data: info }));
    else res.end(JSON.stringify({ result: 40404, message: "Not available." }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function paneOn(origin: string) {
  const excel = createSimulatedExcel({ host: "web" });
  const pane = createPaneController(connectWorkbook(excel.run), {
    serverOrigin: origin,
    createSubmit: async (host) => createSubmitController(host),
  });
  await pane.actions.setUpSheet();
  await enter(excel, [["ann@example.com", "", "Ann", "", ""]]);
  const submit = await (pane.loadSubmit as () => Promise<SubmitStore>)();
  return { pane, submit };
}

test("a token whose scopes do not include users: Submit says so plainly and shows no preview; nothing is sent", async () => {
  // basic_info as public client code shows it: scopes keyed by name, the team under each scope.
  await withBasicInfo(
    { email: "me@example.com", scopes: { psa: { team_id: "7" }, service_desk: { team_id: "7" } } },
    async (origin, calls) => {
      const { pane, submit } = await paneOn(origin);
      const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
      await submit.actions.connect("global", "a-token");
      expect(submit.getState().phase).toBe("connected");
      const before = calls.length;
      await submit.actions.preview("all");
      logged.mockRestore();
      expect(submit.getState().preview).toBeNull();
      expect(submit.getState().error).toBe(
        "This API token cannot invite users: its scopes are psa, service_desk, and none of them is users. Create a token with the users scope in the web console (Management > Settings > API; only the Owner and Super Admins can) and connect with it.",
      );
      expect(calls.slice(before)).toEqual([]);
      await pane.stop();
    },
  );
});

test("a token whose scopes Splashtop did not list: the preview goes ahead and says what to do if the invite call is refused", async () => {
  await withBasicInfo({ email: "me@example.com", team_id: "7" }, async (origin) => {
    const { pane, submit } = await paneOn(origin);
    await submit.actions.connect("global", "a-token");
    await submit.actions.preview("all");
    expect(submit.getState().error).toBeNull();
    expect(submit.getState().preview).toEqual(
      expect.objectContaining({
        send: 1,
        scopeNote: expect.stringMatching(
          /^Splashtop did not say which scopes this token has\. If Submit is refused, the token may lack the users scope/,
        ),
      }),
    );
    await pane.stop();
  });
});
