// Extending the server: routes passed to createAppServer come before the static files, answer only
// their methods, and a failing handler is reported (not swallowed) and answered with 500.
import type { IncomingMessage } from "node:http";
import { createAppServer, type AppServer } from "../../src/server/create-server";
import { sendJson } from "../../src/server/http";
import type { Route } from "../../src/server/router";
import { SITE } from "./helpers";

const reported: unknown[] = [];
let server: AppServer;

const relay: Route = {
  path: "/relay/",
  methods: ["POST"],
  handler: (req, res, url) => sendJson(res, 200, { relayed: url.pathname, method: req.method }),
};
const broken: Route = {
  path: "/broken",
  methods: ["GET"],
  handler: async () => {
    throw new Error("handler exploded");
  },
};
// A route shadowing a static file proves precedence: extra routes win.
const shadow: Route = { path: "/taskpane.html", methods: ["GET"], handler: (_req, res) => sendJson(res, 200, { shadowed: true }) };

beforeAll(async () => {
  server = await createAppServer({
    staticRoot: SITE,
    host: "127.0.0.1",
    routes: [relay, broken, shadow],
    onError: (error: unknown, _req: IncomingMessage) => reported.push(error),
  });
});
afterAll(() => server.close());

test("a prefix route receives everything under its prefix", async () => {
  const res = await fetch(new URL("/relay/v1/invites?x=1", server.url), { method: "POST", body: "{}" });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ relayed: "/relay/v1/invites", method: "POST" });
  // Security headers apply to added routes too.
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
});

test("a route answers only its methods", async () => {
  const res = await fetch(new URL("/relay/v1/invites", server.url));
  expect(res.status).toBe(405);
  expect(res.headers.get("allow")).toBe("POST");
});

test("extra routes take precedence over static files", async () => {
  const res = await fetch(new URL("/taskpane.html", server.url));
  expect(await res.json()).toEqual({ shadowed: true });
});

test("a failing handler gives 500 without details and is reported", async () => {
  const res = await fetch(new URL("/broken", server.url));
  expect(res.status).toBe(500);
  expect(await res.text()).not.toContain("exploded");
  expect(reported).toHaveLength(1);
  expect((reported[0] as Error).message).toBe("handler exploded");
});

test("a port already in use is an error, not a silent second server", async () => {
  await expect(createAppServer({ staticRoot: SITE, host: "127.0.0.1", port: server.port })).rejects.toMatchObject({ code: "EADDRINUSE" });
});

test("a missing static root fails at creation", async () => {
  await expect(createAppServer({ staticRoot: `${SITE}-does-not-exist` })).rejects.toThrow(/ENOENT/);
});
