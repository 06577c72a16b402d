// The relay through the real server to fake upstream hosts on 127.0.0.1 (real sockets, real relay
// code): what it forwards, what it refuses (and never forwards), its caps, and that the token
// never reaches a log.
import type http from "node:http";
import { createAppServer, type AppServer } from "../../../src/server/create-server";
import { relayRoutes } from "../../../src/server/relay/relay-routes";
import { SITE } from "../helpers";
import { startFakeUpstream } from "./fake-upstream";
import { rawRequest } from "./raw-http";

const TOKEN = "tok-SECRET-4f1d9c";
const logs: string[] = [];
const errors: unknown[] = [];
let global: Awaited<ReturnType<typeof startFakeUpstream>>;
let eu: Awaited<ReturnType<typeof startFakeUpstream>>;
let trap: Awaited<ReturnType<typeof startFakeUpstream>>;
let app: AppServer;
let base: string;

function answer(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  trap = await startFakeUpstream((_req, res) => answer(res, 200, { stolen: true }));
  global = await startFakeUpstream((req, res) => {
    if (req.url.startsWith("/api/open/v1/redirect")) return answer(res, 302, {}, { Location: `${trap.origin}/api/open/v1/users/basic_info` });
    if (req.url.startsWith("/api/open/v1/huge")) return answer(res, 200, { result: 20200, data: "x".repeat(10_000) });
    if (req.url.startsWith("/api/open/v1/hang")) return; // never answers
    if (req.url.startsWith("/api/open/v1/busy")) return answer(res, 429, { result: 42900 }, { "Retry-After": "3", "Set-Cookie": "tracking=1" });
    answer(res, 200, { result: 20200, data: { host: "global", url: req.url } });
  });
  eu = await startFakeUpstream((req, res) => answer(res, 200, { result: 20200, data: { host: "eu", url: req.url } }));
  const capture = (...args: unknown[]) => logs.push(args.map(String).join(" "));
  jest.spyOn(console, "log").mockImplementation(capture);
  jest.spyOn(console, "error").mockImplementation(capture);
  jest.spyOn(console, "warn").mockImplementation(capture);
  app = await createAppServer({
    staticRoot: SITE,
    host: "127.0.0.1",
    routes: relayRoutes({
      upstreams: { global: global.origin, eu: eu.origin },
      timeoutMs: 300,
      maxRequestBytes: 1024,
      maxResponseBytes: 4096,
      log: (line) => logs.push(line),
    }),
    onError: (error) => errors.push(error),
  });
  base = `http://127.0.0.1:${app.port}`;
});
afterAll(async () => {
  await app.close();
  await Promise.all([global.close(), eu.close(), trap.close()]);
  jest.restoreAllMocks();
});
beforeEach(() => {
  global.received.length = 0;
  eu.received.length = 0;
  trap.received.length = 0;
});

const auth = { Authorization: `Bearer ${TOKEN}` };

test("a GET goes to the region's host with the token, and the answer comes back as it was", async () => {
  const res = await fetch(`${base}/relay/global/api/open/v1/users/basic_info`, { headers: auth });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ result: 20200, data: { host: "global", url: "/api/open/v1/users/basic_info" } });
  expect(global.received).toHaveLength(1);
  expect(global.received[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  const eures = await fetch(`${base}/relay/eu/api/open/v1/teams/7/users?page=2&per_page=500`, { headers: auth });
  expect(await eures.json()).toMatchObject({ data: { host: "eu", url: "/api/open/v1/teams/7/users?page=2&per_page=500" } });
});

test("only Authorization, Content-Type, Accept and Idempotency-Key are forwarded; only Content-Type and Retry-After come back", async () => {
  const res = await fetch(`${base}/relay/global/api/open/v1/busy`, {
    method: "POST",
    headers: { ...auth, "Content-Type": "application/json", Accept: "application/json", "Idempotency-Key": "k-1", Cookie: "session=abc", "X-Forwarded-For": "10.0.0.1", "X-Custom": "y", Origin: "https://evil.example" },
    body: JSON.stringify({ users: [] }),
  });
  expect(res.status).toBe(429);
  expect(res.headers.get("retry-after")).toBe("3");
  expect(res.headers.get("set-cookie")).toBeNull();
  const sent = global.received[0]?.headers ?? {};
  expect(sent).toMatchObject({ authorization: `Bearer ${TOKEN}`, "content-type": "application/json", accept: "application/json", "idempotency-key": "k-1" });
  for (const name of ["cookie", "x-forwarded-for", "x-custom", "origin", "referer"]) expect(sent[name]).toBeUndefined();
  expect(sent.host).toBe(new URL(global.origin).host);
  expect(global.received[0]?.body).toBe('{"users":[]}');
});

test.each([
  ["another region", "GET /relay/oc/api/open/v1/users/basic_info HTTP/1.1"],
  ["another path", "GET /relay/global/admin HTTP/1.1"],
  ["an absolute URL as the target", "GET http://evil.example/relay/global/api/open/v1/users/basic_info HTTP/1.1"],
  ["an absolute URL inside the path", "GET /relay/global/http://evil.example/api/open/v1/users HTTP/1.1"],
  ["dot-dot", "GET /relay/global/api/open/v1/../../../etc/passwd HTTP/1.1"],
  ["dot-dot staying under /relay/", "GET /relay/global/api/open/v1/users/../../v2/x HTTP/1.1"],
  ["encoded dot-dot", "GET /relay/global/api/open/v1/%2e%2e/%2e%2e/admin HTTP/1.1"],
  ["an encoded slash", "GET /relay/global/api/open/v1/teams%2F..%2Fadmin HTTP/1.1"],
  ["double encoding", "GET /relay/global/api/open/v1/%252e%252e/admin HTTP/1.1"],
  ["a backslash", "GET /relay/global/api/open/v1/teams\\..\\..\\admin HTTP/1.1"],
  ["userinfo", "GET /relay/global/api/open/v1/@evil.example/users HTTP/1.1"],
  ["a host in a segment", "GET /relay/global/api/open/v1/evil.example:80/users HTTP/1.1"],
  ["encoded CRLF", "GET /relay/global/api/open/v1/users?x=%0d%0aHost:%20evil.example HTTP/1.1"],
  ["a raw CR in the target", "GET /relay/global/api/open/v1/users\rX: y HTTP/1.1"],
  ["a method the client does not use", "DELETE /relay/global/api/open/v1/teams/7/users/1 HTTP/1.1"],
  ["PUT", "PUT /relay/global/api/open/v1/teams/7 HTTP/1.1"],
])("refused with 4xx and never forwarded: %s", async (_what, head) => {
  const res = await rawRequest(app.port, `${head}\r\nAuthorization: Bearer ${TOKEN}`);
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(global.received).toEqual([]);
  expect(eu.received).toEqual([]);
  expect(trap.received).toEqual([]);
});

test("an upstream redirect is not followed", async () => {
  const res = await fetch(`${base}/relay/global/api/open/v1/redirect`, { headers: auth });
  expect(res.status).toBe(502);
  expect(res.headers.get("location")).toBeNull();
  expect(trap.received).toEqual([]);
});

test("a request body over the cap is refused and not forwarded", async () => {
  const res = await fetch(`${base}/relay/global/api/open/v1/teams/7/users/invite`, { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: "x".repeat(2000) });
  expect(res.status).toBe(413);
  expect(global.received).toEqual([]);
});

test("an answer over the cap is not passed on", async () => {
  const res = await fetch(`${base}/relay/global/api/open/v1/huge`, { headers: auth });
  expect(res.status).toBe(502);
  expect(await res.text()).not.toContain("xxxx");
});

test("an upstream that does not answer in time gives 504", async () => {
  const res = await fetch(`${base}/relay/global/api/open/v1/hang`, { headers: auth });
  expect(res.status).toBe(504);
});

test("the relay logs each request without the token, and no log or error anywhere holds it", async () => {
  await fetch(`${base}/relay/global/api/open/v1/users/basic_info?x=1`, { headers: auth });
  await fetch(`${base}/relay/global/api/open/v1/hang`, { headers: auth });
  await rawRequest(app.port, `GET /relay/global/api/open/v1/%2e%2e HTTP/1.1\r\nAuthorization: Bearer ${TOKEN}`);
  expect(logs.some((line) => line.includes("relay global GET /api/open/v1/users/basic_info -> 200"))).toBe(true);
  const everything = [...logs, ...errors.map(String)].join("\n");
  expect(everything).not.toContain(TOKEN);
});
