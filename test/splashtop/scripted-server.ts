// Test helper: an HTTP server on 127.0.0.1 (real sockets) that answers each request with the
// next scripted reply and records what it received. Stands in for the relay when a test needs an
// exact sequence (a 429 then a success, a malformed answer, a dropped connection).
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | "drop";
export type Script = (request: Received, index: number) => Reply;

export async function startScriptedServer(script: Script): Promise<{ origin: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      received.push(request);
      const reply = script(request, received.length - 1);
      if (reply === "drop") {
        req.socket.destroy();
        return;
      }
      res.writeHead(reply.status, { "Content-Type": "application/json", ...reply.headers });
      res.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }),
  };
}

export const BASIC_INFO = { result: 20200, data: { email: "owner@example.com", team_id: 7, role: "Super Admin" } };

/** The invite call's answer: every user in the request invited. */
export function allInvited(request: Received): Reply {
  const body = JSON.parse(request.body) as { users: { email: string }[] };
  return { status: 200, body: { result: 20200, data: { users: body.users.map((u) => ({ email: u.email, result: 20200 })) } } };
}
