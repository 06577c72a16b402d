// The production build as Office meets it: webpack's real config (pages, templates, copied assets,
// manifest rewrite) with the app code swapped for one-line stubs so this stays fast, then the real
// server on that output. Every URL in the built manifest must be served, with the right type.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";
import { createAppServer, type AppServer } from "../../src/server";
import { loadWebpackConfig, manifestUrls, pngSize, validateManifest } from "./manifest-helpers";

const PUBLIC_URL = "https://addins.example.org/invite-sheet/";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-build-"));
const out = path.join(tmp, "dist");
let server: AppServer;
let manifest: string;

function build(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error("webpack returned no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve(stats);
    });
  });
}

beforeAll(async () => {
  const stub = path.join(tmp, "stub.js");
  fs.writeFileSync(stub, "document.title += '';\n");
  const previous = process.env.ADDIN_PUBLIC_URL;
  process.env.ADDIN_PUBLIC_URL = PUBLIC_URL;
  try {
    const config = loadWebpackConfig()({}, { mode: "production" });
    config.entry = Object.fromEntries(Object.keys(config.entry).map((name) => [name, stub]));
    config.output = { ...config.output, path: out };
    config.optimization = { ...config.optimization, minimize: false };
    await build(config as webpack.Configuration);
  } finally {
    if (previous === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = previous;
  }
  manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  server = await createAppServer({ staticRoot: out, host: "127.0.0.1" });
}, 120_000);

afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test("the built manifest carries ADDIN_PUBLIC_URL and validates", () => {
  expect(manifest).not.toContain(loadWebpackConfig().DEV_URL);
  expect(manifestUrls(manifest).every((url) => url.startsWith(PUBLIC_URL))).toBe(true);
  expect(validateManifest(path.join(out, "manifest.xml")).ok).toBe(true);
});

test("every URL in the built manifest is served with the right content type", async () => {
  const expectedType: Record<string, string> = { ".html": "text/html; charset=utf-8", ".png": "image/png" };
  const urls = [...new Set(manifestUrls(manifest))];
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    const local = new URL(url.slice(PUBLIC_URL.length), server.url);
    const res = await fetch(local);
    expect({ url, status: res.status }).toEqual({ url, status: 200 });
    expect(res.headers.get("content-type")).toBe(expectedType[path.extname(local.pathname)]);
    const body = Buffer.from(await res.arrayBuffer());
    if (local.pathname.endsWith(".png")) expect(pngSize(body).width).toBeGreaterThan(0);
  }
});

test("the task pane page loads Office.js from Microsoft's CDN before its own (hashed) scripts", async () => {
  const html = await (await fetch(new URL("taskpane.html", server.url))).text();
  const officeJs = html.indexOf('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
  const ownScript = html.search(/src="taskpane\.[0-9a-f]{8}\.js"/);
  expect(officeJs).toBeGreaterThan(-1);
  expect(ownScript).toBeGreaterThan(officeJs);
});

test("the manifest itself is served for sideloading", async () => {
  const res = await fetch(new URL("manifest.xml", server.url));
  expect(res.status).toBe(200);
  expect(await res.text()).toBe(manifest);
});

test("pages built: taskpane and commands, plus workbench exactly when src/workbench/main.tsx exists", () => {
  const entries = Object.keys(loadWebpackConfig()({}, { mode: "production" }).entry).sort();
  const workbench = fs.existsSync(path.join(__dirname, "../../src/workbench/main.tsx"));
  expect(entries).toEqual(workbench ? ["commands", "taskpane", "workbench"] : ["commands", "taskpane"]);
});
