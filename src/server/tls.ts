// HTTPS credentials for the dev server: the localhost certificate that office-addin-dev-certs
// writes to ~/.office-addin-dev-certs (`npm start` creates it when missing; see scripts/start.mjs).
// Reading only: creating or trusting certificates is the launcher's job, not the server's.
import { X509Certificate, createPrivateKey } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface TlsCredentials {
  readonly key: Buffer;
  readonly cert: Buffer;
  readonly ca?: Buffer;
  /** Where they came from, for the start-up log. */
  readonly source: string;
}

export type TlsLookup = { readonly ok: true; readonly credentials: TlsCredentials } | { readonly ok: false; readonly reason: string };

/** The folder office-addin-dev-certs uses (its defaults.certificateDirectory). */
export function devCertificateDir(): string {
  return path.join(os.homedir(), ".office-addin-dev-certs");
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Loads localhost.crt/localhost.key (and ca.crt) from `dir` when they are usable: the key matches,
 * the certificate covers "localhost" and is valid at `now`. Otherwise says why not. Read errors
 * other than "missing" are thrown: they need fixing, not a silent fall-back to HTTP.
 */
export function loadDevCertificates(dir: string = devCertificateDir(), now: Date = new Date()): TlsLookup {
  const cert = readIfPresent(path.join(dir, "localhost.crt"));
  const key = readIfPresent(path.join(dir, "localhost.key"));
  const ca = readIfPresent(path.join(dir, "ca.crt"));
  if (!cert || !key) return { ok: false, reason: `no localhost certificate in ${dir}` };

  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
    if (!x509.checkPrivateKey(createPrivateKey(key))) return { ok: false, reason: `${dir}/localhost.key does not match localhost.crt` };
  } catch (error) {
    return { ok: false, reason: `unreadable certificate in ${dir}: ${(error as Error).message}` };
  }
  if (new Date(x509.validTo) <= now) return { ok: false, reason: `the certificate in ${dir} expired on ${x509.validTo}` };
  if (new Date(x509.validFrom) > now) return { ok: false, reason: `the certificate in ${dir} is not valid before ${x509.validFrom}` };
  if (x509.checkHost("localhost") === undefined) return { ok: false, reason: `the certificate in ${dir} is not for localhost` };

  return { ok: true, credentials: { key, cert, ...(ca ? { ca } : {}), source: `office-addin-dev-certs (${dir})` } };
}
