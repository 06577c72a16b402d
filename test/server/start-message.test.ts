// The built server (`node dist/server.js`, what `npm start` runs) prints the URL it really serves:
// http without a certificate, https with one, and then what to do about trusting it. Each test
// fetches the printed workbench URL from the running process.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { generateCertificates } from "office-addin-dev-certs/lib/generate";
import { ensureBuilt } from "../support/webpack-build";

jest.setTimeout(60_000);

// The message names the workbench only when its page is built.
beforeAll(() => ensureBuilt(), 600_000);

const ROOT = path.join(__dirname, "..", "..");
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const child of children) child.kill();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `invite-sheet-${name}-`));
  dirs.push(dir);
  return dir;
}

/** Starts dist/server.js with `env` on a free port and resolves its start-up message. */
function startServer(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [path.join(ROOT, "dist", "server.js")], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", DATA_DIR: tempDir("start-data"), INVITE_SHEET_CA_TRUST: "", HTTPS: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Stop with Ctrl+C.")) resolve(output);
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

function workbenchUrl(message: string): string {
  const url = /Workbench: {2}(\S+)/.exec(message)?.[1];
  if (!url) throw new Error(`no workbench URL in:\n${message}`);
  return url;
}

/** GETs `url` (trusting `ca` for https) and resolves the status and body. */
function get(url: string, ca?: Buffer): Promise<{ status: number | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const done = (res: IncomingMessage) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, body }));
    };
    const req = url.startsWith("https:") ? https.get(url, { ca }, done) : http.get(url, done);
    req.on("error", reject);
  });
}

test("without a certificate it serves HTTP, says why, and prints the http URL it serves", async () => {
  const message = await startServer({ HOME: tempDir("home-empty"), USERPROFILE: tempDir("profile-empty") });
  expect(message).toContain("Invite Sheet add-in server: HTTP (no localhost certificate in");
  const url = workbenchUrl(message);
  expect(url).toMatch(/^http:\/\/localhost:\d+\/workbench\.html$/);
  expect(message).not.toContain("Certificate:");
  const page = await get(url);
  expect(page.status).toBe(200);
  expect(page.body).toContain("<html");
});

test("with the dev certificate it serves HTTPS on the printed URL and says how to trust the CA here", async () => {
  const home = tempDir("home-cert");
  const certs = path.join(home, ".office-addin-dev-certs");
  fs.mkdirSync(certs);
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined); // its "certificates have been generated"
  try {
    await generateCertificates(path.join(certs, "ca.crt"), path.join(certs, "localhost.crt"), path.join(certs, "localhost.key"), 2, [
      "localhost",
    ]);
  } finally {
    log.mockRestore();
  }
  const trust = { state: "untrusted", reason: "certutil is not installed", nssDb: path.join(home, ".local/share/pki/nssdb") };
  const message = await startServer({ HOME: home, USERPROFILE: home, INVITE_SHEET_CA_TRUST: JSON.stringify(trust) });
  const url = workbenchUrl(message);
  expect(url).toMatch(/^https:\/\/localhost:\d+\/workbench\.html$/);
  expect(message).toContain(
    `Certificate: browsers will refuse ${url.replace("workbench.html", "")} until they trust its CA (certutil is not installed).`,
  );
  expect(message).toContain(`Or serve over HTTP: ${process.platform === "win32" ? '$env:HTTPS="0"' : "HTTPS=0 npm start"}`);
  const page = await get(url, fs.readFileSync(path.join(certs, "ca.crt")));
  expect(page.status).toBe(200);
});
