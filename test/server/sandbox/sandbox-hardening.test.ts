// The sandbox as if deployed: its control API is not there unless asked for, tokenless requests
// from another page cannot use up the user's rate limit, and nothing it keeps grows without bound
// (stored answers capped and expired, members and logs capped). Real server, real sockets.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAppServer } from "../../../src/server/create-server";
import { relayRoutes } from "../../../src/server/relay-routes";
import { createSandbox } from "../../../src/server/sandbox/sandbox";
import { SANDBOX_DEMO_TOKEN, SANDBOX_EXPIRED_TOKEN } from "../../../src/server/sandbox/sandbox-state";
import { SITE } from "../helpers";
import { ROOMY_TEAM, startSandboxServer, type SandboxServer } from "./sandbox-server";

const API = "/relay/sandbox/api/open/v1";
const headers = { Authorization: `Bearer ${SANDBOX_DEMO_TOKEN}`, "Content-Type": "application/json" };

async function invite(sb: SandboxServer, emails: string[], key?: string) {
  const res = await fetch(`${sb.origin}${API}/teams/4242/users/invite`, {
    method: "POST",
    headers: { ...headers, ...(key ? { "Idempotency-Key": key } : {}) },
    body: JSON.stringify({ users: emails.map((email) => ({ email })) }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      result: number;
      message?: string;
      data?: { users: { email: string; result: number; message?: string }[] };
    },
  };
}
const results = (answer: Awaited<ReturnType<typeof invite>>) => answer.body.data?.users.map((u) => u.result);

test("without being switched on, the control API is not there: it answers 404 and changes nothing", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-no-control-"));
  const sandbox = createSandbox({ dataDir });
  const server = await createAppServer({ staticRoot: SITE, host: "127.0.0.1", routes: relayRoutes({ sandbox }) });
  const origin = `http://127.0.0.1:${server.port}`;
  try {
    const inviteRes = await fetch(`${origin}${API}/teams/4242/users/invite`, {
      method: "POST",
      headers,
      body: JSON.stringify({ users: [{ email: "ann@example.com" }] }),
    });
    expect(inviteRes.status).toBe(200);
    for (const action of ["state", "stats", "requests"]) {
      const res = await fetch(`${origin}/relay/sandbox/_control/${action}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ result: 40400, message: expect.stringMatching(/control API is off.*SANDBOX_CONTROL=1/) });
    }
    for (const action of ["reset", "faults"]) {
      const res = await fetch(`${origin}/relay/sandbox/_control/${action}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ faults: { serverError: 1 } }),
      });
      expect(res.status).toBe(404);
    }
    // Still the same team, with Ann, and no faults.
    expect(sandbox.state.members.map((m) => m.email)).toEqual(["owner@sandbox.example", "ann@example.com"]);
    expect(sandbox.state.faults.serverError).toBe(0);
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

describe("with its control API on", () => {
  let now = 1_000_000;
  let sb: SandboxServer;
  beforeAll(async () => {
    sb = await startSandboxServer({ sandbox: { wallClock: () => now } });
  });
  afterAll(() => sb.close());

  test("201 tokenless requests (an <img> on any page) do not make the user's next call get 429", async () => {
    await sb.control.reset({ rateLimit: { calls: 200, windowMs: 60_000 } });
    const refused = await Promise.all(
      Array.from({ length: 201 }, (_, i) =>
        fetch(`${sb.origin}${API}/users/basic_info`, i % 2 ? {} : { headers: { Authorization: `Bearer ${SANDBOX_EXPIRED_TOKEN}` } }).then(
          (r) => r.status,
        ),
      ),
    );
    expect(new Set(refused)).toEqual(new Set([401]));
    const mine = await fetch(`${sb.origin}${API}/users/basic_info`, { headers });
    expect(mine.status).toBe(200);
    expect(await sb.control.stats()).toMatchObject({ calls: 1, refusedByRateLimit: 0 });
  });

  test("a stored answer is replayed until it expires; after that the key is a new request", async () => {
    await sb.control.reset({ team: ROOMY_TEAM, limits: { answerTtlMs: 60_000 } });
    const first = await invite(sb, ["ann@example.com"], "key-ttl");
    now += 59_999;
    expect(await invite(sb, ["ann@example.com"], "key-ttl")).toEqual(first);
    now += 1;
    const late = await invite(sb, ["ann@example.com"], "key-ttl");
    expect(results(late)).toEqual([40000]);
    expect(late.body.data?.users[0]?.message).toMatch(/already a member/);
    expect((await sb.control.stats()).replays).toBe(1);
  });

  test("at most maxAnswers answers are kept: storing one more forgets the oldest", async () => {
    await sb.control.reset({ team: ROOMY_TEAM, limits: { maxAnswers: 2 } });
    await invite(sb, ["a@example.com"], "k-a");
    await invite(sb, ["b@example.com"], "k-b");
    await invite(sb, ["c@example.com"], "k-c");
    expect((await sb.control.stats()).storedAnswers).toBe(2);
    expect(results(await invite(sb, ["c@example.com"], "k-c"))).toEqual([20200]); // kept: replayed
    expect(results(await invite(sb, ["a@example.com"], "k-a"))).toEqual([40000]); // forgotten: a new request, refused as a member
    expect(Object.keys(sb.sandbox.state.answers).length).toBeLessThanOrEqual(2);
  });

  test("members are capped (the rest are refused in plain words) and the logs keep the newest entries, counting the rest", async () => {
    await sb.control.reset({ team: ROOMY_TEAM, limits: { maxMembers: 3, maxLogEntries: 4 } });
    const answer = await invite(sb, ["a@example.com", "b@example.com", "c@example.com", "d@example.com"]);
    expect(results(answer)).toEqual([20200, 20200, 40000, 40000]);
    expect(answer.body.data?.users[2]?.message).toMatch(/holds at most 3 members: reset it/);
    await invite(sb, ["e@example.com"]);
    const state = await sb.control.state();
    expect(state.members).toHaveLength(3);
    const requests = await sb.control.requests();
    expect(requests.entries.map((e) => e.email)).toEqual(["b@example.com", "c@example.com", "d@example.com", "e@example.com"]);
    expect(requests.dropped).toBe(1);
    expect((await sb.control.stats()).requests).toBe(5);
  });
});
