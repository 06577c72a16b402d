// The add-in server over HTTP on an ephemeral port, serving the fixture site: what Office and the
// browser get for each kind of file, and that nothing outside the root (or hidden inside it) leaks.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAppServer, type AppServer } from "../../src/server/create-server";
import { OFFICE_FRAME_ANCESTORS } from "../../src/server/security-headers";
import { FIXTURES, OUTSIDE_SECRET, SITE, rawGet } from "./helpers";

let server: AppServer;
beforeAll(async () => {
  server = await createAppServer({ staticRoot: SITE, port: 0, host: "127.0.0.1" });
});
afterAll(() => server.close());

const get = (pathname: string, init?: RequestInit) => fetch(new URL(pathname, server.url), { redirect: "manual", ...init });

describe("pages and assets", () => {
  test("the task pane page is HTML, revalidated on every load, and frameable by Office only", async () => {
    const res = await get("/taskpane.html");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(await res.text()).toContain("FIXTURE-TASKPANE");

    const csp = res.headers.get("content-security-policy") ?? "";
    const frameAncestors = csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("frame-ancestors "));
    expect(frameAncestors?.split(" ").slice(1)).toEqual([...OFFICE_FRAME_ANCESTORS]);
    for (const origin of [
      "'self'",
      "https://*.officeapps.live.com",
      "https://*.office.com",
      "https://*.office365.com",
      "https://*.sharepoint.com",
      "https://*.microsoft365.com",
    ]) {
      expect(frameAncestors).toContain(origin);
    }
    expect(csp).toMatch(/script-src [^;]*https:\/\/appsforoffice\.microsoft\.com/);
    expect(csp).not.toMatch(/script-src [^;]*'unsafe-(inline|eval)'/);
  });

  test("every response carries nosniff and no-referrer, and no CORS or X-Frame-Options header", async () => {
    for (const pathname of ["/taskpane.html", "/assets/icon-16.png", "/no-such-file.js"]) {
      const res = await get(pathname);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      // X-Frame-Options would stop Office on the web from showing the pane.
      expect(res.headers.get("x-frame-options")).toBeNull();
    }
  });

  test("content-hashed bundles are cached for a year; unhashed ones are revalidated", async () => {
    const hashed = await get("/taskpane.0123abcd.js");
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(hashed.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const plain = await get("/taskpane.js");
    expect(plain.headers.get("cache-control")).toBe("no-cache");
  });

  test("icons are PNG with their exact bytes, and the manifest is XML", async () => {
    const icon = await get("/assets/icon-16.png");
    expect(icon.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await icon.arrayBuffer()).equals(fs.readFileSync(path.join(SITE, "assets/icon-16.png")))).toBe(true);
    const manifest = await get("/manifest.xml");
    expect(manifest.headers.get("content-type")).toBe("application/xml; charset=utf-8");
  });

  test("HEAD gives the headers without a body", async () => {
    const res = await get("/taskpane.html", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get("content-length"))).toBe(fs.statSync(path.join(SITE, "taskpane.html")).size);
    expect(await res.text()).toBe("");
  });

  test("a cached copy is confirmed with 304 when its ETag still matches", async () => {
    const first = await get("/taskpane.html");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get("/taskpane.html", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
  });

  test("the site root redirects to the task pane", async () => {
    const res = await get("/");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/taskpane.html");
  });

  test("the health check answers JSON", async () => {
    const res = await get("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

describe("what is not served", () => {
  test.each([
    ["an unknown file", "/nope.html"],
    ["a directory (no listing)", "/assets/"],
    ["a directory without slash", "/assets"],
    ["a dotfile", "/.private"],
    ["the Node server bundle that shares dist/", "/server.js"],
  ])("%s is 404", async (_what, pathname) => {
    const res = await get(pathname);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("FIXTURE");
  });

  test("methods other than GET and HEAD are refused with Allow", async () => {
    const res = await get("/taskpane.html", { method: "POST", body: "x" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("path traversal", () => {
  const secretPath = path.join(FIXTURES, "outside-secret.txt");
  const attempts = [
    "/../outside-secret.txt",
    "/assets/../../outside-secret.txt",
    "/%2e%2e/outside-secret.txt",
    "/%2E%2E%2Foutside-secret.txt",
    "/assets/%2e%2e%2f%2e%2e%2foutside-secret.txt",
    "/..%5coutside-secret.txt",
    "/assets/..\\..\\outside-secret.txt",
    "/%252e%252e/outside-secret.txt",
    "/./../outside-secret.txt",
    "//../outside-secret.txt",
    `/${secretPath}`,
    `/${encodeURIComponent(secretPath)}`,
    `${secretPath}`,
    "http://localhost/../outside-secret.txt",
    "/taskpane.html%00.png",
    "/%00../outside-secret.txt",
    "/taskpane.html\0",
    "/%c0%ae%c0%ae/outside-secret.txt",
    "/%",
  ];

  test.each(attempts)("%j gets 400 or 404 and no file content", async (target) => {
    const res = await rawGet(server.port, target);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain(OUTSIDE_SECRET);
    expect(res.body).not.toContain("FIXTURE");
  });

  test("symlinks pointing out of the root are not followed", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-static-"));
    const site = path.join(tmp, "site");
    fs.cpSync(SITE, site, { recursive: true });
    fs.writeFileSync(path.join(tmp, "secret.txt"), OUTSIDE_SECRET);
    fs.symlinkSync(path.join(tmp, "secret.txt"), path.join(site, "leak.txt"));
    fs.symlinkSync(tmp, path.join(site, "up"));
    const linked = await createAppServer({ staticRoot: site, port: 0, host: "127.0.0.1" });
    try {
      for (const pathname of ["/leak.txt", "/up/secret.txt"]) {
        const res = await fetch(new URL(pathname, linked.url));
        expect(res.status).toBe(404);
        expect(await res.text()).not.toContain(OUTSIDE_SECRET);
      }
    } finally {
      await linked.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
