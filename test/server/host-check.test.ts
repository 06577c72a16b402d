// DNS rebinding: a page whose own name resolves to 127.0.0.1 reaches the server with a Host header
// naming that page's host. Only the local names and the configured public host are answered.
import { createAppServer, type AppServer } from "../../src/server/create-server";
import { createHostCheck, hostName } from "../../src/server/host-check";
import { relayRoutes } from "../../src/server/relay-routes";
import { SANDBOX_DEMO_TOKEN } from "../../src/server/sandbox/sandbox-state";
import { rawRequest, SITE } from "./helpers";
import { startSandboxServer, type SandboxServer } from "./sandbox/sandbox-server";

test("a Host header is read as its name, without port, case or a final dot", () => {
  expect(hostName("LocalHost:3000")).toBe("localhost");
  expect(hostName("[::1]:3000")).toBe("::1");
  expect(hostName("invites.example.org.")).toBe("invites.example.org");
  expect(hostName("127.0.0.1")).toBe("127.0.0.1");
  for (const bad of [undefined, "", "a b", "evil.example@localhost", "localhost:3000/x", "[::1"]) expect(hostName(bad)).toBeNull();
});

test("the local names and the configured public host pass; look-alikes do not", () => {
  const allowed = createHostCheck(["https://Invites.Example.org/addin/"]);
  for (const ok of ["localhost", "localhost:3000", "127.0.0.1:3000", "[::1]:3000", "invites.example.org", "INVITES.example.org:443"])
    expect(allowed(ok)).toBe(true);
  for (const no of [
    "evil.example",
    "localhost.evil.example",
    "invites.example.org.evil.example",
    "127.0.0.2",
    "0.0.0.0:3000",
    "example.org",
    undefined,
  ])
    expect(allowed(no)).toBe(false);
});

describe("the server", () => {
  let sb: SandboxServer;
  let publicServer: AppServer;
  beforeAll(async () => {
    sb = await startSandboxServer();
    publicServer = await createAppServer({
      staticRoot: SITE,
      host: "127.0.0.1",
      routes: relayRoutes(),
      allowedHosts: ["invites.example.org"],
    });
  });
  afterAll(async () => {
    await sb.close();
    await publicServer.close();
  });

  test("a rebinding page (its name resolved to 127.0.0.1) gets 403 for pages, the relay and the sandbox, and the sandbox never sees it", async () => {
    const port = sb.server.port;
    const host = `rebind.attacker.example:${port}`;
    const page = await rawRequest(port, "GET /taskpane.html HTTP/1.1", "", host);
    expect(page.status).toBe(403);
    expect(page.body).not.toMatch(/<html/i);
    const state = await rawRequest(port, "GET /relay/sandbox/_control/state HTTP/1.1", "", host);
    expect(state.status).toBe(403);
    expect(state.head).toMatch(/Content-Type: application\/json/i);
    const body = JSON.stringify({ users: [{ email: "victim@example.com" }] });
    const inviteCall = await rawRequest(
      port,
      `POST /relay/sandbox/api/open/v1/teams/4242/users/invite HTTP/1.1\r\nAuthorization: Bearer ${SANDBOX_DEMO_TOKEN}\r\nContent-Type: application/json`,
      body,
      host,
    );
    expect(inviteCall.status).toBe(403);
    expect(await sb.control.stats()).toMatchObject({ calls: 0, members: 1 });
  });

  test("the same requests by a local name are answered", async () => {
    const port = sb.server.port;
    for (const host of ["localhost", `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await rawRequest(port, "GET /taskpane.html HTTP/1.1", "", host)).status).toBe(200);
    }
  });

  test("a request with no Host header at all is refused; the health check answers whatever the host", async () => {
    const port = sb.server.port;
    expect((await rawRequest(port, "GET /taskpane.html HTTP/1.0", "", null)).status).toBe(403);
    expect((await rawRequest(port, "GET /healthz HTTP/1.1", "", "10.1.2.3:3000")).status).toBe(200);
  });

  test("a configured public host is answered, other names still are not", async () => {
    expect((await rawRequest(publicServer.port, "GET /taskpane.html HTTP/1.1", "", "invites.example.org")).status).toBe(200);
    expect((await rawRequest(publicServer.port, "GET /taskpane.html HTTP/1.1", "", "other.example.org")).status).toBe(403);
  });
});
