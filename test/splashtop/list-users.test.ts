// The list-users call in both shapes (api-facts.ts): data = {users, total} and data as a bare
// array of users; the address as email or user_email; an API that ignores the filter or paging.
// Through the real client against a scripted server (real sockets).
import { connect } from "../../src/splashtop";
import { DEFAULT_INVITE_ADAPTER } from "../../src/splashtop/invite-adapter";
import { findMembers } from "../../src/splashtop/team-members";
import { BASIC_INFO, startScriptedServer, type Received, type Reply } from "./scripted-server";

const ok = (data: unknown): Reply => ({ status: 200, body: { result: 20200, data } });
const pageOf = (request: Received) => Number(new URL(request.url, "http://x").searchParams.get("page"));

async function members(list: (request: Received) => Reply, accounts: string[] | null, pageSize = 2) {
  const server = await startScriptedServer((request) =>
    request.url.endsWith("/basic_info") ? { status: 200, body: BASIC_INFO } : list(request),
  );
  try {
    const session = await connect({ serverOrigin: server.origin, region: "global", token: "token-123456" });
    const found = await findMembers(session.client, { ...DEFAULT_INVITE_ADAPTER, listUsersPageSize: pageSize }, session.teamId, accounts);
    return { found: [...found].sort(), lists: server.received.filter((r) => r.url.includes("/users?")) };
  } finally {
    await server.close();
  }
}

test("data as a bare array of users, paged until a short page", async () => {
  const everyone = ["a@x.com", "b@x.com", "c@x.com"];
  const { found, lists } = await members(
    (request) => ok(everyone.slice((pageOf(request) - 1) * 2, pageOf(request) * 2).map((email) => ({ email, role: "member" }))),
    null,
  );
  expect(found).toEqual(everyone);
  expect(lists).toHaveLength(2);
});

test("the address as user_email, in either shape", async () => {
  expect((await members(() => ok([{ user_email: "Ann@X.com" }]), ["ann@x.com"])).found).toEqual(["ann@x.com"]);
  expect((await members(() => ok({ users: [{ user_email: "bo@x.com" }], total: 1 }), ["bo@x.com", "cy@x.com"])).found).toEqual([
    "bo@x.com",
  ]);
});

test("a bare array that ignores paging (the same full page again) ends the listing instead of looping", async () => {
  const { found, lists } = await members(() => ok([{ email: "a@x.com" }, { email: "b@x.com" }]), ["c@x.com"]);
  expect(found).toEqual([]);
  expect(lists).toHaveLength(2);
});

test("a list in neither shape is refused naming the field, not guessed at", async () => {
  await expect(members(() => ok([{ mail: "a@x.com" }]), null)).rejects.toThrow(/the list of team users .*data\.0\.email: no address/);
  await expect(members(() => ok({ users: "a@x.com" }), null)).rejects.toThrow(/data\.users/);
});
