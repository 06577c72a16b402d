// Test helper: an HTTP server on 127.0.0.1 (real sockets) that answers each request with the
// next scripted reply and records what it received. Stands in for the relay when a test needs an
// exact sequence (a 429 then a success, a malformed answer, a dropped connection).
import { startFakeUpstream, type UpstreamRequest } from "../server/relay/fake-upstream";

export type Received = UpstreamRequest;
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | "drop";
export type Script = (request: Received, index: number) => Reply;

/** The relay tests' recording server, answering from a script instead of a handler. */
export async function startScriptedServer(script: Script): ReturnType<typeof startFakeUpstream> {
  let index = 0;
  return startFakeUpstream((request, res) => {
    const reply = script(request, index++);
    if (reply === "drop") {
      res.socket?.destroy();
      return;
    }
    res.writeHead(reply.status, { "Content-Type": "application/json", ...reply.headers });
    res.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
  });
}

export const BASIC_INFO = { result: 20200, data: { email: "owner@example.com", team_id: 7, role: "Super Admin" } };

/** The team's users: nobody yet. */
export const NO_MEMBERS: Reply = { status: 200, body: { result: 20200, data: { users: [], total: 0 } } };

/** The invite call's answer: every user in the request invited (and an empty team to a list call). */
export function allInvited(request: Received): Reply {
  if (request.method === "GET") return NO_MEMBERS;
  const body = JSON.parse(request.body) as { users: { email: string }[] };
  return { status: 200, body: { result: 20200, data: { users: body.users.map((u) => ({ email: u.email, result: 20200 })) } } };
}
