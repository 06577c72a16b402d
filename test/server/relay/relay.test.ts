// The relay through the real server to fake upstream hosts on 127.0.0.1 (real sockets, real relay
// code): what it forwards, what it refuses (and never forwards), its caps, that it answers only
// JSON, that it cancels the upstream call when the client goes away, and that the token never
// reaches a log. The fake host misbehaves by team id (teams/<behaviour>), since only the calls
// the pane makes are relayed.
import type http from "node:http";
import { createAppServer, type AppServer } from "../../../src/server/create-server";
import { RELAY_DEFAULTS } from "../../../src/server/relay/relay-forward";
import { relayRoutes } from "../../../src/server/relay-routes";
import { createClient, DEFAULT_REQUEST_TIMEOUT_MS } from "../../../src/splashtop";
import { rawRequest, SITE } from "../helpers";
import { startFakeUpstream } from "./fake-upstream";

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

const TEAM = "/api/open/v1/teams/";

beforeAll(async () => {
  trap = await startFakeUpstream((_req, res) => answer(res, 200, { stolen: true }));
  global = await startFakeUpstream((req, res) => {
    if (req.url.startsWith(`${TEAM}redirect`)) return answer(res, 302, {}, { Location: `${trap.origin}/api/open/v1/users/basic_info` });
    if (req.url.startsWith(`${TEAM}huge`)) return answer(res, 200, { result: 20200, data: "x".repeat(10_000) });
    if (req.url.startsWith(`${TEAM}hang`)) return; // never answers
    if (req.url.startsWith(`${TEAM}busy`)) return answer(res, 429, { result: 42900 }, { "Retry-After": "3", "Set-Cookie": "tracking=1" });
    if (req.url.startsWith(`${TEAM}gateway`)) {
      res.writeHead(503, { "Content-Type": "text/html" });
      return res.end(`<html><body>Service Unavailable ${TOKEN}</body></html>`);
    }
    if (req.url.startsWith(`${TEAM}plain`)) {
      res.writeHead(200, { "Content-Type": "text/plain" });
      return res.end("OK");
    }
    if (req.url.startsWith(`${TEAM}empty`)) {
      res.writeHead(200);
      return res.end();
    }
    if (req.url.startsWith(`${TEAM}mislabelled`)) {
      res.writeHead(200, { "Content-Type": "application/json" });
      return res.end("{not json");
    }
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

test("only Authorization, Content-Type, Accept and Idempotency-Key are forwarded; only Retry-After comes back", async () => {
  const res = await fetch(`${base}/relay/global/api/open/v1/teams/busy/users/invite`, {
    method: "POST",
    headers: {
      ...auth,
      "Content-Type": "application/json",
      Accept: "application/json",
      "Idempotency-Key": "k-1",
      Cookie: "session=abc",
      "X-Forwarded-For": "10.0.0.1",
      "X-Custom": "y",
      Origin: "https://evil.example",
    },
    body: JSON.stringify({ users: [] }),
  });
  expect(res.status).toBe(429);
  expect(res.headers.get("retry-after")).toBe("3");
  expect(res.headers.get("set-cookie")).toBeNull();
  const sent = global.received[0]?.headers ?? {};
  expect(sent).toMatchObject({
    authorization: `Bearer ${TOKEN}`,
    "content-type": "application/json",
    accept: "application/json",
    "idempotency-key": "k-1",
  });
  for (const name of ["cookie", "x-forwarded-for", "x-custom", "origin", "referer"]) expect(sent[name]).toBeUndefined();
  expect(sent.host).toBe(new URL(global.origin).host);
  expect(global.received[0]?.body).toBe('{"users":[]}');
});

test.each([
  ["another region", "GET /relay/oc/api/open/v1/users/basic_info HTTP/1.1"],
  ["another path", "GET /relay/global/admin HTTP/1.1"],
  ["a call the pane never makes", "GET /relay/global/api/open/v1/teams/7/computers HTTP/1.1"],
  ["deleting users", "POST /relay/global/api/open/v1/teams/7/users/delete HTTP/1.1"],
  ["a query parameter the pane never sends", "GET /relay/global/api/open/v1/teams/7/users?page=1&include=tokens HTTP/1.1"],
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
  ["encoded CRLF", "GET /relay/global/api/open/v1/teams/7/users?page=%0d%0aHost:%20evil.example HTTP/1.1"],
  ["a raw CR in the target", "GET /relay/global/api/open/v1/users\rX: y HTTP/1.1"],
  ["a method the client does not use", "DELETE /relay/global/api/open/v1/teams/7/users HTTP/1.1"],
  ["PUT", "PUT /relay/global/api/open/v1/teams/7 HTTP/1.1"],
  ["GET on the invite call", "GET /relay/global/api/open/v1/teams/7/users/invite HTTP/1.1"],
  ["the sandbox's control API when none is mounted", "GET /relay/sandbox/_control/state HTTP/1.1"],
])("refused with 4xx in JSON and never forwarded: %s", async (_what, head) => {
  const res = await rawRequest(app.port, `${head}\r\nAuthorization: Bearer ${TOKEN}`);
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(global.received).toEqual([]);
  expect(eu.received).toEqual([]);
  expect(trap.received).toEqual([]);
  // A target too broken for HTTP itself is refused by Node before any route; everything the relay answers is JSON.
  if (res.head.includes("Content-Type")) {
    expect(res.head).toMatch(/Content-Type: application\/json/i);
    expect(JSON.parse(res.body)).toMatchObject({
      result: res.status * 100,
      message: expect.stringMatching(/^Not relayed: |control API is off/),
    });
  }
});

test.each([
  ["an HTML error page from a gateway", "gateway", 503, /HTTP 503 with something that is not JSON \(text\/html\)/],
  ["plain text with a 200", "plain", 502, /HTTP 200 with something that is not JSON \(text\/plain\)/],
  ["an empty 200", "empty", 502, /HTTP 200 with an empty body/],
  ["a body labelled JSON that is not", "mislabelled", 502, /not JSON \(application\/json\)/],
])("an upstream answer that is not JSON is never passed on: %s becomes an error envelope", async (_what, team, status, message) => {
  const res = await fetch(`${base}/relay/global/api/open/v1/teams/${team}`, { headers: auth });
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  const body = (await res.json()) as { result: number; message: string };
  expect(body).toEqual({ result: status * 100, message: expect.stringMatching(message) });
  expect(JSON.stringify(body)).not.toContain(TOKEN);
});

test("an upstream redirect is not followed", async () => {
  const res = await fetch(`${base}/relay/global/api/open/v1/teams/redirect`, { headers: auth });
  expect(res.status).toBe(502);
  expect(res.headers.get("location")).toBeNull();
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(trap.received).toEqual([]);
});

test("a request body over the cap is refused and not forwarded", async () => {
  const res = await fetch(`${base}/relay/global/api/open/v1/teams/7/users/invite`, {
    method: "POST",
    headers: { ...auth, "Content-Type": "application/json" },
    body: "x".repeat(2000),
  });
  expect(res.status).toBe(413);
  expect(global.received).toEqual([]);
});

test("an answer over the cap is not passed on", async () => {
  const res = await fetch(`${base}/relay/global/api/open/v1/teams/huge`, { headers: auth });
  expect(res.status).toBe(502);
  expect(await res.text()).not.toContain("xxxx");
});

test("an upstream that does not answer in time gives 504, and the upstream call is cancelled", async () => {
  const res = await fetch(`${base}/relay/global/api/open/v1/teams/hang`, { headers: auth });
  expect(res.status).toBe(504);
  expect(await res.json()).toMatchObject({ result: 50400 });
  await global.received[0]?.abandoned; // resolves only once the relay has closed its upstream connection
});

test("a client that goes away cancels the upstream call it was waiting for", async () => {
  // A relay that would wait far longer than this test: only the client leaving can end the call.
  const patient = await createAppServer({
    staticRoot: SITE,
    host: "127.0.0.1",
    routes: relayRoutes({ upstreams: { global: global.origin }, timeoutMs: 600_000, log: (line) => logs.push(line) }),
  });
  try {
    const client = new AbortController();
    const pending = fetch(`http://127.0.0.1:${patient.port}/relay/global/api/open/v1/teams/hang/users/invite`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: '{"users":[]}',
      signal: client.signal,
    }).catch((error: unknown) => error);
    while (global.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    client.abort();
    expect(await pending).toMatchObject({ name: "AbortError" });
    await global.received[0]?.abandoned;
    expect(logs.some((line) => line.includes("relay global POST /api/open/v1/teams/hang/users/invite -> client gone"))).toBe(true);
  } finally {
    await patient.close();
  }
});

test("the relay gives up on Splashtop before the client gives up on the relay, so the client hears why", async () => {
  // The defaults, and why they must be in this order: the client gets the relay's 504 (an answer
  // it can act on: check the team, then re-send), and by then the upstream call is over.
  expect(RELAY_DEFAULTS.timeoutMs).toBeLessThan(DEFAULT_REQUEST_TIMEOUT_MS);
  const client = createClient({ serverOrigin: base, region: "global", token: TOKEN, requestTimeoutMs: 60_000 });
  const attempt = await client.attempt({ method: "GET", path: "/api/open/v1/teams/hang" });
  expect(attempt).toMatchObject({ kind: "answer", status: 504, body: { result: 50400, message: "Splashtop did not answer in time." } });
  await global.received[0]?.abandoned;
});

test("the relay logs each request without the token, and no log or error anywhere holds it", async () => {
  await fetch(`${base}/relay/global/api/open/v1/users/basic_info`, { headers: auth });
  await fetch(`${base}/relay/global/api/open/v1/teams/hang`, { headers: auth });
  await rawRequest(app.port, `GET /relay/global/api/open/v1/%2e%2e HTTP/1.1\r\nAuthorization: Bearer ${TOKEN}`);
  expect(logs.some((line) => line.includes("relay global GET /api/open/v1/users/basic_info -> 200"))).toBe(true);
  const everything = [...logs, ...errors.map(String)].join("\n");
  expect(everything).not.toContain(TOKEN);
});
