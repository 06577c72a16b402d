// Entry point of dist/server.js (bundled by scripts/build-node.mjs). Reads the environment:
//   PORT         default 3000
//   HOST         default localhost (loopback only)
//   HTTPS        "0" forces HTTP, "1" requires HTTPS, unset: HTTPS when a dev certificate exists
//   STATIC_ROOT  default: the folder this bundle is in (dist/)
//   DATA_DIR     default ./data: where the sandbox keeps its team (sandbox-team.json)
//   INVITE_SHEET_CA_TRUST  set by `npm start`: whether the dev certificate's CA is trusted (trust-advice.ts)
import fs from "node:fs";
import path from "node:path";
import { startupBanner } from "./banner";
import { createAppServer } from "./create-server";
import { relayRoutes } from "./relay/relay-routes";
import { createSandbox } from "./sandbox/sandbox";
import { devCertificateDir, loadDevCertificates, type TlsCredentials } from "./tls";
import { parseCaTrust, trustAdvice } from "./trust-advice";

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be an integer 0-65535, got "${raw}"`);
  return port;
}

/** Picks HTTPS or HTTP and says why, so the log tells which one is running. */
function chooseTls(httpsSetting: string | undefined): { tls?: TlsCredentials; transport: string } {
  if (httpsSetting === "0") return { transport: "HTTP (HTTPS=0)" };
  const lookup = loadDevCertificates();
  if (lookup.ok) return { tls: lookup.credentials, transport: `HTTPS, certificate from ${lookup.credentials.source}` };
  if (httpsSetting === "1") throw new Error(`HTTPS=1 but ${lookup.reason}. Run \`npm start\` or \`npx office-addin-dev-certs install\`.`);
  return { transport: `HTTP (${lookup.reason}; \`npm start\` creates one)` };
}

/** The task pane URL in the served manifest, to warn when it is not this server. */
function manifestSource(staticRoot: string): string | undefined {
  const file = path.join(staticRoot, "manifest.xml");
  if (!fs.existsSync(file)) return undefined;
  return /<SourceLocation DefaultValue="([^"]+)"/.exec(fs.readFileSync(file, "utf8"))?.[1];
}

async function main(): Promise<void> {
  const staticRoot = path.resolve(process.env.STATIC_ROOT ?? __dirname);
  const { tls, transport } = chooseTls(process.env.HTTPS);
  const trust = parseCaTrust(process.env.INVITE_SHEET_CA_TRUST);
  const sandbox = createSandbox({ dataDir: path.resolve(process.env.DATA_DIR ?? "data") });
  const server = await createAppServer({
    staticRoot,
    routes: relayRoutes({ sandbox }),
    port: parsePort(process.env.PORT),
    host: process.env.HOST ?? "localhost",
    ...(tls ? { tls } : {}),
  });
  const source = manifestSource(staticRoot);
  console.log(
    startupBanner({
      url: server.url,
      transport,
      https: server.protocol === "https",
      workbenchBuilt: fs.existsSync(path.join(staticRoot, "workbench.html")),
      ...(source ? { manifestSource: source } : {}),
      ...(server.protocol === "https" ? { certificate: trustAdvice({ platform: process.platform, url: server.url, caFile: path.join(devCertificateDir(), "ca.crt"), trust }) } : {}),
    }),
  );

  let stopping = false;
  const stop = (signal: string) => {
    // Ctrl+C reaches both `npm start` (which forwards it) and us: act on the first one only.
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the server.`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("Server did not close cleanly:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") console.error(`Port in use: another server is already listening there (${(error as Error).message}). Set PORT or stop it.`);
  else console.error("Invite Sheet server failed to start:", error);
  process.exit(1);
});
