// `npm start`: builds what the add-in needs and runs the server in the foreground.
//   npm start                 development build (readable code, source maps), then the server
//   npm start -- --prod       production build (minified, hashed, manifest with ADDIN_PUBLIC_URL)
//   npm start -- --watch      development build, rebuilt on every change while the server runs
// The server reads PORT, HOST and HTTPS as described in src/server/main.ts. Unless HTTPS=0, a
// localhost certificate is created first with office-addin-dev-certs when there is none.
import { spawn, spawnSync } from "node:child_process";
import { X509Certificate, createPrivateKey } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const production = args.has("--prod");
const watch = args.has("--watch");

const CERT_DIR = join(homedir(), ".office-addin-dev-certs");
const LINUX_CA_DIR = "/usr/local/share/ca-certificates/office-addin-dev-certs";
const LINUX_CA_UPDATER = "/usr/sbin/update-ca-certificates";

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
        compiler.close((closeError) => (closeError ? reject(closeError) : stats.hasErrors() ? reject(new Error("webpack build has errors")) : resolve(undefined)));
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

/**
 * office-addin-dev-certs' installer trusts the CA with `sudo`, which root-only Linux machines
 * (containers, CI) lack. As root we add the CA to the system store ourselves; otherwise we say how.
 */
function trustCaOnLinux() {
  const ca = join(CERT_DIR, "ca.crt");
  const installed = join(LINUX_CA_DIR, "ca.crt");
  if (existsSync(installed) && readFileSync(installed).equals(readFileSync(ca))) return;
  if (process.getuid?.() !== 0 || !existsSync(LINUX_CA_UPDATER)) {
    console.log(`The dev CA is not trusted by this system yet. To trust it: sudo npx office-addin-dev-certs install`);
    return;
  }
  mkdirSync(LINUX_CA_DIR, { recursive: true });
  copyFileSync(ca, installed);
  const result = spawnSync(LINUX_CA_UPDATER, [], { stdio: "pipe", encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${LINUX_CA_UPDATER} failed: ${result.stderr || result.stdout}`);
  console.log(`Trusted the dev CA system-wide (${installed}).`);
}

async function ensureDevCertificates() {
  const devCerts = require("office-addin-dev-certs");
  if (!certificateUsable()) {
    if (process.platform === "linux") {
      // generateCertificates only writes when ca.crt is absent: clear stale files first.
      devCerts.deleteCertificateFiles(CERT_DIR);
      await devCerts.generateCertificates();
    } else {
      // Windows and macOS: the package creates the files and adds the CA to the user's store (it may prompt).
      await devCerts.ensureCertificatesAreInstalled();
    }
  }
  if (process.platform === "linux") trustCaOnLinux();
}

function runServer(watching) {
  const server = spawn(process.execPath, [join(root, "dist/server.js")], { cwd: root, stdio: "inherit", env: process.env });
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
if (process.env.HTTPS !== "0") {
  // Without a certificate the server still starts over HTTP and says why; the cause is printed here.
  await ensureDevCertificates().catch((error) => console.warn(`Could not set up an HTTPS certificate: ${error.message}`));
}
runServer(watching);
