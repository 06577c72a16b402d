// HTTPS: loading the office-addin-dev-certs files, and serving over TLS. The certificate is a
// throwaway self-signed one made with the openssl CLI, so no real dev certificate is touched.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { createAppServer } from "../../src/server/create-server";
import { loadDevCertificates } from "../../src/server/tls";
import { SITE } from "./helpers";

function makeCertificate(dir: string, name: string, cn: string): boolean {
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        `/CN=${cn}`,
        "-addext",
        `subjectAltName=DNS:${cn},IP:127.0.0.1`,
        "-keyout",
        path.join(dir, `${name}.key`),
        "-out",
        path.join(dir, `${name}.crt`),
      ],
      { stdio: "pipe" },
    );
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false; // no openssl CLI
    throw error;
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-tls-"));
const haveOpenssl = makeCertificate(dir, "localhost", "localhost");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Skipped (with this name in the report) only where the openssl CLI is missing.
const describeTls = haveOpenssl ? describe : describe.skip;

describeTls(haveOpenssl ? "HTTPS" : "HTTPS (skipped: the openssl CLI is not installed, so no test certificate can be made)", () => {
  test("a matching, current localhost certificate is loaded", () => {
    const lookup = loadDevCertificates(dir);
    expect(lookup.ok).toBe(true);
  });

  test("an expired certificate is refused with the reason", () => {
    const lookup = loadDevCertificates(dir, new Date(Date.now() + 5 * 24 * 3600 * 1000));
    expect(lookup).toEqual({ ok: false, reason: expect.stringContaining("expired") });
  });

  test("a key that does not belong to the certificate is refused", () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-tls-other-"));
    try {
      makeCertificate(other, "other", "localhost");
      fs.copyFileSync(path.join(dir, "localhost.crt"), path.join(other, "localhost.crt"));
      fs.copyFileSync(path.join(other, "other.key"), path.join(other, "localhost.key"));
      expect(loadDevCertificates(other)).toEqual({ ok: false, reason: expect.stringContaining("does not match") });
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  test("a certificate for another host is refused", () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-tls-host-"));
    try {
      makeCertificate(other, "localhost", "example.test");
      expect(loadDevCertificates(other)).toEqual({ ok: false, reason: expect.stringContaining("not for localhost") });
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  test("the server serves the task pane over HTTPS with that certificate", async () => {
    const lookup = loadDevCertificates(dir);
    if (!lookup.ok) throw new Error(lookup.reason);
    const server = await createAppServer({ staticRoot: SITE, host: "127.0.0.1", tls: lookup.credentials });
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
      const { status, type, body } = await new Promise<{ status?: number; type?: string; body: string }>((resolve, reject) => {
        const req = https.get(new URL("/taskpane.html", server.url), { ca: lookup.credentials.cert }, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode, type: res.headers["content-type"], body }));
        });
        req.on("error", reject);
      });
      expect(status).toBe(200);
      expect(type).toBe("text/html; charset=utf-8");
      expect(body).toContain("FIXTURE-TASKPANE");
    } finally {
      await server.close();
    }
  });
});

test("no certificate files: HTTP fall-back with the reason", () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-tls-empty-"));
  try {
    expect(loadDevCertificates(empty)).toEqual({ ok: false, reason: `no localhost certificate in ${empty}` });
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
});
