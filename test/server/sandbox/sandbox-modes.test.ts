// Modes a real API might have, so the client's reliability tests can see what it did: every
// invite request logged per address (also those refused as already members), keys ignored, an
// answer lost with nothing stored under its key, and a request abandoned by its client before
// the sandbox got to it. Real server, real sockets.
import { SANDBOX_DEMO_TOKEN } from "../../../src/server/sandbox/sandbox-state";
import { ROOMY_TEAM, startSandboxServer, type SandboxServer } from "./sandbox-server";

const API = "/relay/sandbox/api/open/v1";
const headers = { Authorization: `Bearer ${SANDBOX_DEMO_TOKEN}`, "Content-Type": "application/json" };

let sb: SandboxServer;
beforeAll(async () => {
  sb = await startSandboxServer();
});
afterAll(() => sb.close());

function invite(emails: string[], key?: string, signal?: AbortSignal) {
  return fetch(`${sb.origin}${API}/teams/4242/users/invite`, {
    method: "POST",
    headers: { ...headers, ...(key ? { "Idempotency-Key": key } : {}) },
    body: JSON.stringify({ users: emails.map((email) => ({ email })) }),
    ...(signal ? { signal } : {}),
  });
}
async function results(emails: string[], key?: string): Promise<number[]> {
  const body = (await (await invite(emails, key)).json()) as { result: number; data?: { users: { result: number }[] } };
  return body.data?.users.map((u) => u.result) ?? [body.result]; // a whole-request refusal: its code
}

test("every invite request is logged per address: applied, refused as a member, replayed, and a key conflict", async () => {
  await sb.control.reset({ team: ROOMY_TEAM });
  await results(["Ann@Example.com", "bo@example.com"], "k1");
  expect(await results(["ann@example.com", "bo@example.com"], "k1")).toEqual([40900]); // another body (case) under the same key
  await results(["Ann@Example.com", "bo@example.com"], "k1"); // the same: replayed
  await results(["ann@example.com"]); // no key: refused, already a member
  const { byAddress, entries } = await sb.control.requests();
  expect(byAddress["ann@example.com"]).toEqual({ received: 4, applied: 1, conflict: 1, replayed: 1, refused: 1 });
  expect(byAddress["bo@example.com"]).toEqual({ received: 3, applied: 1, conflict: 1, replayed: 1, refused: 0 });
  expect(entries.map((e) => [e.email, e.outcome, e.result])).toEqual([
    ["ann@example.com", "applied", 20200],
    ["bo@example.com", "applied", 20200],
    ["ann@example.com", "conflict", 40900],
    ["bo@example.com", "conflict", 40900],
    ["ann@example.com", "replayed", 20200],
    ["bo@example.com", "replayed", 20200],
    ["ann@example.com", "refused", 40000],
  ]);
  // The invite log holds only what was applied.
  expect((await sb.control.state()).inviteLog.map((e) => e.email)).toEqual(["Ann@Example.com", "bo@example.com"]);
});

test("with keys ignored, the same key and body are a new request: nothing replayed, the rows refused as members", async () => {
  await sb.control.reset({ team: ROOMY_TEAM, faults: { ignoreIdempotencyKeys: true } });
  expect(await results(["ann@example.com"], "k2")).toEqual([20200]);
  expect(await results(["ann@example.com"], "k2")).toEqual([40000]);
  expect(await results(["bo@example.com"], "k2")).toEqual([20200]); // another body under the key: no 409 either
  expect((await sb.control.stats()).replays).toBe(0);
  expect((await sb.control.requests()).byAddress["ann@example.com"]).toMatchObject({ received: 2, applied: 1, refused: 1 });
});

test("an answer lost after apply is not kept under its key: the retry is refused as a member, and both are logged", async () => {
  await sb.control.reset({ team: ROOMY_TEAM, faults: { loseAnswer: 1 } });
  await expect(invite(["ann@example.com"], "k3")).rejects.toThrow();
  expect((await sb.control.state()).members.map((m) => m.email)).toContain("ann@example.com");
  await sb.control.faults({ loseAnswer: 0 });
  expect(await results(["ann@example.com"], "k3")).toEqual([40000]);
  expect(await sb.control.stats()).toMatchObject({ lostAnswers: 1, replays: 0 });
  expect((await sb.control.requests()).byAddress["ann@example.com"]).toMatchObject({ received: 2, applied: 1, refused: 1 });
});

test("an answer dropped after apply IS kept under its key (the other mode): the retry gets it replayed", async () => {
  await sb.control.reset({ team: ROOMY_TEAM, faults: { dropAfterApply: 1 } });
  await expect(invite(["ann@example.com"], "k4")).rejects.toThrow();
  await sb.control.faults({ dropAfterApply: 0 });
  expect(await results(["ann@example.com"], "k4")).toEqual([20200]);
  expect(await sb.control.stats()).toMatchObject({ dropped: 1, replays: 1 });
});

test("a request whose client goes away while the sandbox is slow is never applied", async () => {
  // Seed 1's first draw delays this call by most of slowMs (a minute): only the client leaving ends it.
  await sb.control.reset({ team: ROOMY_TEAM, faults: { seed: 1, slow: 1, slowMs: 60_000 } });
  const client = new AbortController();
  const pending = invite(["ann@example.com"], "k5", client.signal).catch((error: unknown) => error);
  while ((await sb.control.stats()).slow === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  client.abort();
  expect(await pending).toMatchObject({ name: "AbortError" });
  while ((await sb.control.stats()).abandoned === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  expect((await sb.control.state()).members.map((m) => m.email)).toEqual(["owner@sandbox.example"]);
  expect((await sb.control.requests()).entries).toEqual([]);
});
