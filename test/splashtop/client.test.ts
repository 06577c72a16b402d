// The client against exact reply sequences from a scripted server (real sockets): retries,
// Retry-After, answers of an unexpected shape, the check after a lost answer, token problems.
import type { InviteRow } from "../../src/invites";
import { virtualClock } from "../../src/splashtop/clock";
import { connect, planSubmit, submitInvites, type RowResult } from "../../src/splashtop";
import { allInvited, BASIC_INFO, NO_MEMBERS, startScriptedServer, type Received, type Reply } from "./scripted-server";

const rows: InviteRow[] = ["ann", "bo", "chen"].map((name) => ({
  account: `${name}@example.com`,
  group: "",
  displayName: "",
  licenseType: "",
  role: "",
}));
const plan = planSubmit({ rows, records: new Map(), profile: {}, attempt: "test-run" });
const isInvite = (r: Received) => r.method === "POST";
const isList = (r: Received) => r.method === "GET" && r.url.includes("/users?");

/**
 * The submit against a script. `index` counts the invite calls (0-based); basic_info and the check
 * of the team before sending are answered here (an empty team) unless the script answers lists.
 */
async function run(script: (request: Received, index: number) => Reply, options: { random?: () => number; answersLists?: boolean } = {}) {
  let invites = 0;
  let sweepAnswered = false;
  const server = await startScriptedServer((request) => {
    if (request.url.endsWith("/basic_info")) return { status: 200, body: BASIC_INFO };
    if (isList(request) && !sweepAnswered && !options.answersLists) {
      sweepAnswered = true;
      return NO_MEMBERS;
    }
    return script(request, isInvite(request) ? invites++ : -1);
  });
  const clock = virtualClock();
  try {
    const session = await connect({
      serverOrigin: server.origin,
      region: "global",
      token: "secret-token",
      clock,
      random: options.random ?? (() => 0.5),
      retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 60_000 },
    });
    const results: RowResult[] = [];
    const report = await submitInvites(session, plan, { onRowResult: (r) => results.push(r), batchSize: 2 });
    return { report, results, received: server.received, clock };
  } finally {
    await server.close();
  }
}

test("connect reads the team id and role; requests go to the region's relay path with the token", async () => {
  const { received } = await run(allInvited);
  expect(received[0]).toMatchObject({ method: "GET", url: "/relay/global/api/open/v1/users/basic_info" });
  expect(received[0]?.headers.authorization).toBe("Bearer secret-token");
  expect(received.filter(isInvite).map((r) => r.url)).toEqual([
    "/relay/global/api/open/v1/teams/7/users/invite",
    "/relay/global/api/open/v1/teams/7/users/invite",
  ]);
  expect(JSON.parse(received.find(isInvite)?.body ?? "")).toEqual({ users: [{ email: "ann@example.com" }, { email: "bo@example.com" }] });
});

test("a 429 is retried after Retry-After with the same Idempotency-Key; nothing is checked (nothing was applied)", async () => {
  const { report, results, received, clock } = await run((request, index) =>
    index === 0 ? { status: 429, body: { result: 42900 }, headers: { "Retry-After": "7" } } : allInvited(request),
  );
  expect(results.map((r) => r.text)).toEqual(["Invited", "Invited", "Invited"]);
  const invites = received.filter(isInvite);
  expect(invites).toHaveLength(3);
  expect(invites[0]?.headers["idempotency-key"]).toBe(invites[1]?.headers["idempotency-key"]);
  expect(clock.slept).toContain(7000);
  expect(received.filter(isList)).toHaveLength(1); // the check of the team before sending, only
  expect(report).toMatchObject({ outcome: "done", invited: 3, retries: 1, checks: 1 });
});

test("after a dropped connection the team is checked first, and only rows not on it are sent again", async () => {
  // The first invite call is applied for ann and then the connection drops.
  const { results, received, report } = await run((request, index) => {
    if (index === 0) return "drop";
    if (isList(request)) return { status: 200, body: { result: 20200, data: { users: [{ email: "ann@example.com" }], total: 1 } } };
    return allInvited(request);
  });
  expect(results.map((r) => `${r.account} ${r.text}`)).toEqual([
    "ann@example.com Invited",
    "bo@example.com Invited",
    "chen@example.com Invited",
  ]);
  const sent = received.filter(isInvite).map((r) => (JSON.parse(r.body) as { users: { email: string }[] }).users.map((u) => u.email));
  expect(sent).toEqual([["ann@example.com", "bo@example.com"], ["bo@example.com"], ["chen@example.com"]]);
  expect(report.checks).toBe(2); // before sending, and after the lost answer
});

test("before sending, the team is asked who is on it already: members are marked, not sent", async () => {
  // A pane crashed after inviting ann, before her result was kept: the next run must not invite her again.
  const { results, received, report } = await run((request) => allInvited(request), { answersLists: false });
  expect(report.checks).toBe(1);
  expect(results.map((r) => r.text)).toEqual(["Invited", "Invited", "Invited"]);
  const again = await run(
    (request) =>
      isList(request)
        ? { status: 200, body: { result: 20200, data: { users: [{ email: "Ann@Example.com" }], total: 1 } } }
        : allInvited(request),
    { answersLists: true },
  );
  expect(again.results.map((r) => `${r.account} ${r.text}`)).toEqual([
    "ann@example.com Skipped: already a member of the team",
    "bo@example.com Invited",
    "chen@example.com Invited",
  ]);
  const sent = again.received
    .filter(isInvite)
    .flatMap((r) => (JSON.parse(r.body) as { users: { email: string }[] }).users.map((u) => u.email));
  expect(sent).toEqual(["bo@example.com", "chen@example.com"]);
  void received;
});

test("a row the API rejects is never sent again, and its reason is in plain words", async () => {
  const { results, received } = await run((request) => {
    if (isList(request)) return NO_MEMBERS;
    const body = JSON.parse(request.body) as { users: { email: string }[] };
    return {
      status: 200,
      body: {
        result: 20200,
        data: { users: body.users.map((u) => ({ email: u.email, result: u.email.startsWith("bo") ? 40403 : 20200 })) },
      },
    };
  });
  expect(results.find((r) => r.account === "bo@example.com")?.text).toMatch(
    /^Failed: Splashtop does not allow this: only the Owner and Super Admins/,
  );
  expect(
    received.filter(isInvite).flatMap((r) => (JSON.parse(r.body) as { users: { email: string }[] }).users.map((u) => u.email)),
  ).toEqual(["ann@example.com", "bo@example.com", "chen@example.com"]);
});

test("an answer of an unexpected shape stops the submit naming the field, and marks the batch unconfirmed", async () => {
  const { report, results } = await run((request) =>
    isList(request) ? NO_MEMBERS : { status: 200, body: { result: 20200, data: { users: [{ email: 5, result: 20200 }] } } },
  );
  expect(report.outcome).toBe("stopped");
  expect(report.stopReason).toMatch(/data\.users\.0\.email/);
  expect(results.map((r) => r.status.kind)).toEqual(["failed", "failed"]);
  expect(report.notSent).toBe(1);
});

test("an expired token stops the submit with what to do; the rows keep no result", async () => {
  const { report, results } = await run((request) =>
    isList(request) ? NO_MEMBERS : { status: 401, body: { result: 40101, message: "expired" } },
  );
  expect(report.outcome).toBe("stopped");
  expect(report.stopReason).toMatch(/token has expired/);
  expect(results).toEqual([]);
  expect(report.notSent).toBe(3);
});

test("5xx until the tries run out: the batch is unconfirmed (it may have been applied) and the submit stops", async () => {
  const { report, results, received } = await run((request) =>
    isList(request) ? { status: 200, body: { result: 20200, data: { users: [] } } } : { status: 503, body: { result: 50300 } },
  );
  expect(received.filter(isInvite)).toHaveLength(4);
  expect(report).toMatchObject({ outcome: "stopped", unconfirmed: 2, notSent: 1 });
  expect(results[0]?.text).toMatch(/^Failed: no answer from Splashtop/);
});
