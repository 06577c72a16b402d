// The production way to run the add-in for an organisation (docs/deploy.md), for real: a
// production webpack build made with ADDIN_PUBLIC_URL, then `npm run start:prod` serving it as a
// child process, asked what the organisation's HTTPS front end would forward. The pages and every
// file the manifest names load; the manifest points at the public URL only; the sandbox and its
// control API are off; other host names are refused.
//
// The build is webpack's real production config (pages, templates, assets, the manifest rewrite)
// with each page's code swapped for a one-line stub, into a temporary folder: a minute less than
// bundling React and Fluent, which CI's own `npm run build` step does, and dist/ stays the browser
// tests' development build.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";
import { freePort } from "../support/server-process";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const PUBLIC_URL = "https://invites.test.example/";
const PUBLIC_HOST = "invites.test.example";

type Answer = { status: number; type: string; body: string };

/** A GET with the Host header a front end would forward (fetch does not let a caller set Host). */
function get(port: number, target: string, host = PUBLIC_HOST, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: target, headers: { Host: host, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers["content-type"] ?? ""),
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    req.on("error", reject);
  });
}

type WebpackConfig = webpack.Configuration & { entry: Record<string, string> };

/** webpack.config.js in production mode for ADDIN_PUBLIC_URL, every page's code a stub, output to `out`. */
async function buildStubbed(out: string): Promise<void> {
  const stub = path.join(out, "..", "stub.js");
  fs.writeFileSync(stub, "document.title += '';\n");
  const previous = process.env.ADDIN_PUBLIC_URL;
  process.env.ADDIN_PUBLIC_URL = PUBLIC_URL;
  try {
    const makeConfig = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as (
      env: unknown,
      argv: { mode: string },
    ) => WebpackConfig;
    const config = makeConfig({}, { mode: "production" });
    config.entry = Object.fromEntries(Object.keys(config.entry).map((name) => [name, stub]));
    config.output = { ...config.output, path: out };
    await new Promise<void>((resolve, reject) => {
      webpack(config, (error, stats) => {
        if (error) return reject(error);
        if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
        resolve();
      });
    });
  } finally {
    if (previous === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = previous;
  }
}

/** The environment of a machine that sets nothing but what the docs say to set. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of ["SANDBOX", "SANDBOX_CONTROL", "HTTPS", "ALLOWED_HOSTS", "NODE_OPTIONS"]) delete env[name];
  return env;
}

let built: string;
let server: ChildProcess;
let output = "";
let port: number;

let folder: string;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-prod-"));
  built = path.join(folder, "dist");
  await buildStubbed(built);
  port = await freePort();
  // Its own process group, so the npm wrapper and the server under it stop together.
  server = spawn("npm", ["run", "--silent", "start:prod"], {
    cwd: ROOT,
    env: cleanEnv({ STATIC_ROOT: built, DATA_DIR: path.join(built, "data"), PORT: String(port), HOST: "127.0.0.1" }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let tries = 0; ; tries++) {
    if (server.exitCode !== null) throw new Error(`npm run start:prod exited with ${server.exitCode}:\n${output}`);
    try {
      if ((await get(port, "/healthz")).status === 200) break;
    } catch {
      // not listening yet
    }
    if (tries > 400) throw new Error(`npm run start:prod did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});

afterAll(async () => {
  if (server?.pid !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await exited;
  }
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

test("it says it runs in production, for the public URL, with the sandbox off", () => {
  expect(output).toMatch(/Invite Sheet add-in server \(production\)/);
  expect(output).toContain(`Public URL: ${PUBLIC_URL}`);
  expect(output).toMatch(/Sandbox: +off/);
});

test("the task pane and every script it loads, the commands page and the support page load", async () => {
  const pane = await get(port, "/taskpane.html");
  expect(pane).toMatchObject({ status: 200, type: "text/html; charset=utf-8" });
  // Minified HTML: attribute values may be unquoted. Office.js itself comes from Microsoft's CDN.
  const scripts = [...pane.body.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1] as string)
    .filter((src) => !/^https?:/.test(src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) {
    const script = await get(port, new URL(src, PUBLIC_URL).pathname);
    expect([src, script.status, script.type]).toEqual([src, 200, "text/javascript; charset=utf-8"]);
  }
  expect((await get(port, "/commands.html")).status).toBe(200);
  expect((await get(port, "/support.html")).status).toBe(200);
});

test("the manifest points at the public URL only, and every file it names is served", async () => {
  const manifest = await get(port, "/manifest.xml");
  expect(manifest).toMatchObject({ status: 200, type: "application/xml; charset=utf-8" });
  expect(manifest.body).toContain(`<SourceLocation DefaultValue="${PUBLIC_URL}taskpane.html"/>`);
  const urls = [...manifest.body.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1] as string);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    expect(url.startsWith(PUBLIC_URL)).toBe(true);
    expect([url, (await get(port, new URL(url).pathname)).status]).toEqual([url, 200]);
  }
});

test("the sandbox and its control API are off", async () => {
  const sandbox = await get(port, "/relay/sandbox/api/open/v1/users/basic_info", PUBLIC_HOST, {
    Authorization: "Bearer sandbox-demo-token",
  });
  expect(sandbox).toMatchObject({ status: 404, type: "application/json; charset=utf-8" });
  expect(JSON.parse(sandbox.body)).toMatchObject({ message: expect.stringMatching(/no sandbox/) });
  for (const action of ["state", "stats", "requests"]) {
    const control = await get(port, `/relay/sandbox/_control/${action}`);
    expect(control.status).toBe(404);
    expect(control.body).not.toMatch(/owner@sandbox\.example/);
  }
  expect(fs.existsSync(path.join(built, "data"))).toBe(false);
});

test("another host name is refused (DNS rebinding); the front end's local forwarding is answered", async () => {
  expect((await get(port, "/taskpane.html", "rebind.attacker.example")).status).toBe(403);
  expect((await get(port, "/taskpane.html", `127.0.0.1:${port}`)).status).toBe(200);
});
