// The client against the embedded sandbox through the real server: connect, fill the profile,
// submit, cancel and resume, and lost answers after the invite was applied.
import { sampleSheet, type InviteRow } from "../../src/invites";
import {
  connect,
  fillProfile,
  planSubmit,
  submitInvites,
  SplashtopError,
  type RowResult,
  type SplashtopSession,
} from "../../src/splashtop";
import { SANDBOX_DEMO_TOKEN, SANDBOX_EXPIRED_TOKEN } from "../../src/server";
import { ROOMY_TEAM, startSandboxServer, type SandboxServer } from "../server/sandbox/sandbox-server";
import { keep, type Records } from "./records";

const ATTEMPT = "test-run";

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());

const fast = {
  rateLimit: { calls: 1000, windowMs: 1000 },
  retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 10, maxRetryAfterMs: 10 },
};
const session = (token = SANDBOX_DEMO_TOKEN): Promise<SplashtopSession> =>
  connect({ serverOrigin: sandbox.origin, region: "sandbox", token, ...fast });

test("connect and fill the profile from the sandbox; the fields it filled are named", async () => {
  await sandbox.control.reset({ team: { seats: { access: 10 }, userGroups: ["Sales"], computerGroups: ["Lab PCs"] } });
  const filled = await fillProfile(await session());
  expect(filled.profile).toEqual({
    inviterRole: "owner",
    licenses: { access: 9 }, // the owner holds one
    userGroupsSupported: true,
    maxGroups: 2000,
    userGroups: ["Sales"],
    computerGroups: ["Lab PCs"],
    existingMembers: ["owner@sandbox.example"],
  });
  expect(filled.fromApi.sort()).toEqual([
    "computerGroups",
    "existingMembers",
    "inviterRole",
    "licenses",
    "maxGroups",
    "userGroups",
    "userGroupsSupported",
  ]);
  expect(filled.notes).toEqual([]);
});

test("a wrong or expired token is refused in plain words", async () => {
  await expect(session("nope")).rejects.toThrow(/API token is not valid/);
  await expect(session(SANDBOX_EXPIRED_TOKEN)).rejects.toMatchObject({
    message: expect.stringMatching(/expired/),
    detail: { tokenProblem: true },
  });
  await expect(session("nope")).rejects.toBeInstanceOf(SplashtopError);
});

test("the server applies the rules too: rows the plan lets through but the team refuses fail with the reason", async () => {
  await sandbox.control.reset({ team: { seats: { access: 2 } } });
  const s = await session();
  const rows: InviteRow[] = ["ann", "bo", "chen"].map((n) => ({
    account: `${n}@example.com`,
    group: "",
    displayName: "",
    licenseType: "",
    role: "",
  }));
  // A stale profile (unlimited seats): the sandbox still has only one seat left.
  const results: RowResult[] = [];
  await submitInvites(s, planSubmit({ rows, records: new Map(), profile: {}, attempt: ATTEMPT }), { onRowResult: (r) => results.push(r) });
  expect(results.map((r) => r.text)).toEqual([
    "Invited",
    expect.stringMatching(/^Failed: .*seat/),
    expect.stringMatching(/^Failed: .*seat/),
  ]);
});

test("cancel stops after the batch in flight; a second run with the statuses finishes without inviting anyone twice", async () => {
  await sandbox.control.reset({ team: ROOMY_TEAM });
  const s = await session();
  const { rows } = sampleSheet(300, 0, 7);
  const records: Records = new Map();
  const controller = new AbortController();
  const first = await submitInvites(s, planSubmit({ rows, records, profile: (await fillProfile(s)).profile, attempt: "first" }), {
    batchSize: 20,
    signal: controller.signal,
    onRowResult: (r) => {
      keep(records, r);
      if (r.index === 45) controller.abort();
    },
  });
  expect(first.outcome).toBe("cancelled");
  expect(first.invited).toBe(60); // the batch with row 45 in it finished; nothing after it was sent
  const second = await submitInvites(s, planSubmit({ rows, records, profile: (await fillProfile(s)).profile, attempt: "second" }), {
    batchSize: 20,
    onRowResult: (r) => keep(records, r),
  });
  expect(second).toMatchObject({ outcome: "done", invited: 240, alreadyInvited: 60, failed: 0 });
  const state = await sandbox.control.state();
  expect(state.inviteLog).toHaveLength(300);
  expect(new Set(state.inviteLog.map((e) => e.email)).size).toBe(300);
});

test("every invite applied and then its connection dropped: the check finds them, nobody is invited twice", async () => {
  await sandbox.control.reset({ team: ROOMY_TEAM, faults: { dropAfterApply: 1 } });
  const s = await session();
  const { rows } = sampleSheet(40, 0, 3);
  const results: RowResult[] = [];
  const report = await submitInvites(s, planSubmit({ rows, records: new Map(), profile: {}, attempt: ATTEMPT }), {
    batchSize: 10,
    onRowResult: (r) => results.push(r),
  });
  // One check of the team before sending, and one after each batch whose answer was lost.
  expect(report).toMatchObject({ outcome: "done", invited: 40, inviteCalls: 4, checks: 5 });
  expect((await sandbox.control.state()).inviteLog).toHaveLength(40);
  expect((await sandbox.control.stats()).dropped).toBe(4);
});
