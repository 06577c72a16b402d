// The sandbox through the real server: the article's rules applied server-side, Idempotency-Key,
// the rate limit, seeded faults, and a team that survives a restart. Hardening and the modes a
// real API might have: sandbox-hardening.test.ts, sandbox-modes.test.ts; the files: state-store.test.ts.
import fs from "node:fs";
import { SANDBOX_DEMO_TOKEN } from "../../../src/server/sandbox/sandbox-state";
import { ROOMY_TEAM, startSandboxServer, type SandboxServer } from "./sandbox-server";

let sb: SandboxServer;
beforeAll(async () => {
  sb = await startSandboxServer();
});
afterAll(() => sb.close());

const API = "/relay/sandbox/api/open/v1";
const headers = { Authorization: `Bearer ${SANDBOX_DEMO_TOKEN}`, "Content-Type": "application/json" };

async function invite(
  users: unknown[],
  key?: string,
  server = sb,
): Promise<{
  status: number;
  body: { result: number; message?: string; data?: { users: { email: string; result: number; message?: string }[] } };
}> {
  const res = await fetch(`${server.origin}${API}/teams/4242/users/invite`, {
    method: "POST",
    headers: { ...headers, ...(key ? { "Idempotency-Key": key } : {}) },
    body: JSON.stringify({ users }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

test("the article's rules, applied server-side, each row with its own result", async () => {
  await sb.control.reset({
    team: { inviterRole: "admin", seats: { access: 2 }, computerGroups: ["Lab PCs"] },
    members: [{ email: "owner@sandbox.example", display_name: "O", group: "", license_type: "access", role: "owner" }],
  });
  const { status, body } = await invite([
    { email: "ok@example.com", group: "Sales" },
    { email: "over@example.com" },
    { email: "boss@example.com", role: "admin" },
    { email: "sup@example.com", license_type: "support" },
    { email: "lab@example.com", group: "lab pcs" },
    { email: "owner@sandbox.example" },
    { email: "bad@example" },
    { email: "OK@example.com" },
    { email: "long@example.com", display_name: "x".repeat(65) },
  ]);
  expect(status).toBe(200);
  const results = body.data?.users.map((u) => [u.email, u.result, u.message ?? ""]);
  expect(results).toEqual([
    ["ok@example.com", 20200, ""],
    ["over@example.com", 40000, expect.stringMatching(/seat/)],
    ["boss@example.com", 40403, expect.stringMatching(/Only the Owner and Super Admins/)],
    ["sup@example.com", 40000, expect.stringMatching(/no Support licenses/)],
    ["lab@example.com", 40000, expect.stringMatching(/computer group/)],
    ["owner@sandbox.example", 40000, expect.stringMatching(/already a member/)],
    ["bad@example", 40000, expect.stringMatching(/domain/)],
    ["OK@example.com", 40000, expect.stringMatching(/already in row 1/)],
    ["long@example.com", 40000, expect.stringMatching(/seat/)], // seats run out before the name is looked at
  ]);
  const state = await sb.control.state();
  expect(state.members.map((m) => m.email)).toEqual(["owner@sandbox.example", "ok@example.com"]);
  expect(state.team.userGroups).toContain("Sales");
});

test("a name longer than the sandbox allows is 40422", async () => {
  await sb.control.reset({ team: ROOMY_TEAM });
  const { body } = await invite([{ email: "long@example.com", display_name: "x".repeat(65) }]);
  expect(body.data?.users[0]?.result).toBe(40422);
});

test("the same Idempotency-Key and body get the stored answer and invite nobody again; another body is refused", async () => {
  await sb.control.reset({ team: ROOMY_TEAM });
  const users = [{ email: "ann@example.com" }, { email: "bo@example.com" }];
  const first = await invite(users, "key-1");
  const again = await invite(users, "key-1");
  expect(again).toEqual(first);
  expect((await sb.control.state()).inviteLog.map((e) => e.email)).toEqual(["ann@example.com", "bo@example.com"]);
  expect((await sb.control.stats()).replays).toBe(1);
  const other = await invite([{ email: "chen@example.com" }], "key-1");
  expect(other.status).toBe(409);
  // Without the key the same rows are simply members already.
  expect((await invite(users)).body.data?.users.map((u) => u.result)).toEqual([40000, 40000]);
});

test("over the rate limit: 429 with Retry-After, and the highest rate seen is reported", async () => {
  await sb.control.reset({ rateLimit: { calls: 3, windowMs: 60_000 } });
  const statuses: number[] = [];
  let retryAfter: string | null = null;
  for (let i = 0; i < 4; i++) {
    const res = await fetch(`${sb.origin}${API}/users/basic_info`, { headers });
    statuses.push(res.status);
    retryAfter = res.headers.get("retry-after") ?? retryAfter;
  }
  expect(statuses).toEqual([200, 200, 200, 429]);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  expect(await sb.control.stats()).toMatchObject({ calls: 4, refusedByRateLimit: 1, maxObservedRate: 4 });
});

test("faults are reproducible from their seed", async () => {
  const sequence = async (seed: number) => {
    await sb.control.reset({ faults: { seed, tooManyRequests: 0.2, stormLength: 2, retryAfterSeconds: 0, serverError: 0.2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await fetch(`${sb.origin}${API}/users/basic_info`, { headers })).status);
    return statuses;
  };
  const first = await sequence(11);
  expect(first).toContain(429);
  expect(first).toContain(500);
  expect(first).toContain(200);
  expect(await sequence(11)).toEqual(first);
  expect(await sequence(12)).not.toEqual(first);
});

test("a dropped connection after apply: no answer, but the invite is there", async () => {
  await sb.control.reset({ team: ROOMY_TEAM, faults: { dropAfterApply: 1 } });
  await expect(invite([{ email: "ann@example.com" }], "key-drop")).rejects.toThrow();
  expect((await sb.control.state()).members.map((m) => m.email)).toContain("ann@example.com");
  expect((await sb.control.stats()).dropped).toBe(1);
});

test("the team survives a restart: snapshot and journal, and no temporary file left behind", async () => {
  await sb.control.reset({ team: ROOMY_TEAM });
  await invite([{ email: "ann@example.com" }, { email: "bo@example.com" }], "key-restart");
  const second = await startSandboxServer({ dataDir: sb.dataDir });
  try {
    const state = await second.control.state();
    expect(state.members.map((m) => m.email)).toEqual(["owner@sandbox.example", "ann@example.com", "bo@example.com"]);
    // The stored answer survives too: a re-sent request after the restart invites nobody again.
    expect(
      (await invite([{ email: "ann@example.com" }, { email: "bo@example.com" }], "key-restart", second)).body.data?.users.map(
        (u) => u.result,
      ),
    ).toEqual([20200, 20200]);
    expect((await second.control.state()).inviteLog).toHaveLength(2);
  } finally {
    await second.server.close();
  }
  expect(fs.readdirSync(sb.dataDir).sort()).toEqual(["sandbox-journal.jsonl", "sandbox-team.json"]);
});

test("requests without the demo token, or with a body of the wrong shape, are refused in the envelope", async () => {
  const noToken = await fetch(`${sb.origin}${API}/users/basic_info`);
  expect(noToken.status).toBe(401);
  expect(await noToken.json()).toMatchObject({ result: 40100 });
  const res = await fetch(`${sb.origin}${API}/teams/4242/users/invite`, {
    method: "POST",
    headers,
    body: JSON.stringify({ users: [{ mail: "x" }] }),
  });
  expect(res.status).toBe(400);
  expect(((await res.json()) as { message: string }).message).toMatch(/body\.users\.0\.email/);
  const otherTeam = await fetch(`${sb.origin}${API}/teams/1/users`, { headers });
  expect(otherTeam.status).toBe(403);
});

test("the control API takes only JSON POSTs, which another web page cannot send here", async () => {
  const form = await fetch(`${sb.origin}/relay/sandbox/_control/reset`, {
    method: "POST",
    headers: { "Content-Type": "text/plain" },
    body: "{}",
  });
  expect(form.status).toBe(415);
  expect((await fetch(`${sb.origin}/relay/sandbox/_control/reset`)).status).toBe(405);
  const bad = await fetch(`${sb.origin}/relay/sandbox/_control/faults`, {
    method: "POST",
    headers,
    body: JSON.stringify({ serverError: 2 }),
  });
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as { message: string }).message).toMatch(/body\.serverError/);
});
