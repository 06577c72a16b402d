// `npm start`: builds what the add-in needs and runs the server in the foreground.
//   npm start                 development build (readable code, source maps), then the server
//   npm start -- --prod       production build (minified, hashed, manifest with ADDIN_PUBLIC_URL)
//   npm start -- --watch      development build, rebuilt on every change while the server runs
// The server reads PORT, HOST and HTTPS as described in src/server/main.ts. Unless HTTPS=0, a
// localhost certificate is created first with office-addin-dev-certs when there is none, and its
// CA is trusted where this platform's browsers look (see src/server/trust-advice.ts); the outcome
// goes to the server in INVITE_SHEET_CA_TRUST, whose start-up message says what it means.
import { spawn, spawnSync } from "node:child_process";
import { X509Certificate, createPrivateKey } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const production = args.has("--prod");
const watch = args.has("--watch");

const CERT_DIR = join(homedir(), ".office-addin-dev-certs");
const CA_FILE = join(CERT_DIR, "ca.crt");
/** office-addin-dev-certs' defaults.certificateName; also our nickname in the NSS database. */
const CA_NAME = "Developer CA for Microsoft Office Add-ins";

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function buildNodePrograms() {
  const result = spawnSync(process.execPath, [join(root, "scripts/build-node.mjs")], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) fail("building the Node programs (scripts/build-node.mjs) failed");
}

/** Runs webpack through its Node API; with --watch keeps rebuilding after the first build. */
function buildBrowserBundles() {
  const webpack = require("webpack");
  const makeConfig = require(join(root, "webpack.config.js"));
  const mode = production ? "production" : "development";
  const compiler = webpack(makeConfig({}, { mode }));
  const report = (stats) => console.log(stats.toString({ preset: "errors-warnings", colors: process.stdout.isTTY, timings: true }));
  return new Promise((resolve, reject) => {
    if (!watch) {
      compiler.run((error, stats) => {
        if (error) return reject(error);
        report(stats);
        compiler.close((closeError) =>
          closeError ? reject(closeError) : stats.hasErrors() ? reject(new Error("webpack build has errors")) : resolve(undefined),
        );
      });
      return;
    }
    let first = true;
    const watching = compiler.watch({}, (error, stats) => {
      if (error) return first ? reject(error) : console.error(error);
      report(stats);
      if (first) {
        first = false;
        if (stats.hasErrors()) return reject(new Error("webpack build has errors"));
        resolve(watching);
      }
    });
  });
}

/** True when the localhost certificate exists, matches its key and is valid for another day. */
function certificateUsable() {
  try {
    const cert = new X509Certificate(readFileSync(join(CERT_DIR, "localhost.crt")));
    const key = createPrivateKey(readFileSync(join(CERT_DIR, "localhost.key")));
    return cert.checkPrivateKey(key) && new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch (error) {
    if (error.code !== "ENOENT") console.warn(`Existing certificate in ${CERT_DIR} is unusable: ${error.message}`);
    return false;
  }
}

/** The executable `name` on PATH, or null. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // Not in this folder: try the next.
    }
  }
  return null;
}

/** Chromium's NSS database: $HOME/.pki/nssdb where it exists, else the M146+ default (docs/linux/cert_management.md). */
function chromiumNssDb() {
  const legacy = join(homedir(), ".pki", "nssdb");
  return existsSync(legacy) ? legacy : join(homedir(), ".local", "share", "pki", "nssdb");
}

function certutil(path, args) {
  const result = spawnSync(path, args, { encoding: "utf8" });
  if (result.error) throw result.error;
  return result;
}

/**
 * Linux: adds the CA to the NSS database Chromium and Chrome read, as the user (no sudo), with
 * certutil; replaces an older CA of ours there. Without certutil, says so (the banner says what to do).
 */
function trustCaForChromium() {
  const nssDb = chromiumNssDb();
  const tool = onPath("certutil");
  if (!tool)
    return { state: "untrusted", reason: "certutil is not installed, so npm start could not add it to Chromium's NSS database", nssDb };
  const db = `sql:${nssDb}`;
  const run = (args) => {
    const result = certutil(tool, args);
    if (result.status !== 0) throw new Error(`certutil ${args.join(" ")} failed: ${(result.stderr || result.stdout).trim()}`);
    return result.stdout;
  };
  try {
    if (!existsSync(join(nssDb, "cert9.db"))) {
      mkdirSync(nssDb, { recursive: true });
      run(["-N", "-d", db, "--empty-password"]);
    }
    const listed = certutil(tool, ["-L", "-d", db, "-n", CA_NAME, "-a"]);
    const ours = new X509Certificate(readFileSync(CA_FILE)).fingerprint256;
    if (listed.status === 0 && new X509Certificate(listed.stdout).fingerprint256 === ours)
      return { state: "trusted", where: `Chromium and Chrome (NSS database ${nssDb})` };
    if (listed.status === 0) run(["-D", "-d", db, "-n", CA_NAME]);
    run(["-A", "-d", db, "-t", "C,,", "-n", CA_NAME, "-i", CA_FILE]);
    console.log(`Added the dev CA to Chromium's NSS database (${nssDb}).`);
    return { state: "trusted", where: `Chromium and Chrome (NSS database ${nssDb})` };
  } catch (error) {
    return { state: "untrusted", reason: error.message, nssDb };
  }
}

/** Creates the certificate when needed and trusts its CA; returns the outcome for the server's message. */
async function ensureDevCertificates() {
  const devCerts = require("office-addin-dev-certs");
  if (process.platform === "linux") {
    if (!certificateUsable()) {
      // Its installer trusts the CA in the system store with sudo, which Chromium does not read:
      // only generate here (generateCertificates writes only when ca.crt is absent: clear stale files).
      devCerts.deleteCertificateFiles(CERT_DIR);
      await devCerts.generateCertificates();
    }
    return trustCaForChromium();
  }
  // Windows and macOS: creates the files when needed and adds the CA to the user's store (it may prompt).
  try {
    await devCerts.ensureCertificatesAreInstalled();
  } catch (error) {
    if (!certificateUsable()) throw error;
    return { state: "untrusted", reason: error.message };
  }
  return {
    state: "trusted",
    where: process.platform === "darwin" ? "your login keychain (Safari, Chrome, Edge)" : "your Windows certificate store (Chrome, Edge)",
  };
}

function runServer(watching, trust) {
  const env = trust ? { ...process.env, INVITE_SHEET_CA_TRUST: JSON.stringify(trust) } : process.env;
  const server = spawn(process.execPath, [join(root, "dist/server.js")], { cwd: root, stdio: "inherit", env });
  const forward = (signal) => server.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  server.on("exit", (code, signal) => {
    const exit = () => process.exit(code ?? (signal ? 0 : 1));
    if (watching) watching.close(exit);
    else exit();
  });
}

buildNodePrograms();
const watching = await buildBrowserBundles().catch((error) => fail(`webpack: ${error.message}`));
let trust;
if (process.env.HTTPS !== "0") {
  // Without a certificate the server still starts over HTTP and says why; the cause is printed here.
  trust = await ensureDevCertificates().catch((error) => console.warn(`Could not set up an HTTPS certificate: ${error.message}`));
}
runServer(watching, trust);
