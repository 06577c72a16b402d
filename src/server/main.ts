// Entry point of dist/server.js (bundled by scripts/build-node.mjs). Its settings (environment
// and `--production`) are read and checked in server-config.ts; INVITE_SHEET_CA_TRUST, set by
// `npm start`, says whether the dev certificate's CA is trusted (trust-advice.ts).
import fs from "node:fs";
import path from "node:path";
import { productionBanner, startupBanner } from "./banner";
import { createAppServer } from "./create-server";
import { relayRoutes } from "./relay-routes";
import { createSandbox } from "./sandbox/sandbox";
import { ConfigError, readServerConfig, type ServerConfig } from "./server-config";
import { devCertificateDir, loadDevCertificates, type TlsCredentials } from "./tls";
import { parseCaTrust, trustAdvice } from "./trust-advice";

/** Picks HTTPS or HTTP and says why, so the log tells which one is running. */
function chooseTls(config: ServerConfig): { tls?: TlsCredentials; transport: string } {
  if (config.production) return { transport: "HTTP, behind the organisation's HTTPS front end" };
  if (config.https === "0") return { transport: "HTTP (HTTPS=0)" };
  const lookup = loadDevCertificates();
  if (lookup.ok) return { tls: lookup.credentials, transport: `HTTPS, certificate from ${lookup.credentials.source}` };
  if (config.https === "1")
    throw new ConfigError(`HTTPS=1 but ${lookup.reason}. Run \`npm start\` or \`npx office-addin-dev-certs install\`.`);
  return { transport: `HTTP (${lookup.reason}; \`npm start\` creates one)` };
}

/** The task pane URL in the served manifest, to warn when it is not this server. */
function manifestSource(staticRoot: string): string | undefined {
  const file = path.join(staticRoot, "manifest.xml");
  if (!fs.existsSync(file)) return undefined;
  return /<SourceLocation DefaultValue="([^"]+)"/.exec(fs.readFileSync(file, "utf8"))?.[1];
}

async function main(): Promise<void> {
  const defaultStaticRoot = __dirname;
  const staticRoot = path.resolve(process.env.STATIC_ROOT || defaultStaticRoot);
  const source = manifestSource(staticRoot);
  const config = readServerConfig({
    env: process.env,
    argv: process.argv.slice(2),
    defaultStaticRoot,
    ...(source ? { manifestSource: source } : {}),
    resolve: (folder) => path.resolve(folder),
  });
  const { tls, transport } = chooseTls(config);
  const trust = parseCaTrust(process.env.INVITE_SHEET_CA_TRUST);
  const sandbox = config.sandbox ? createSandbox({ dataDir: config.dataDir }) : undefined;
  const server = await createAppServer({
    staticRoot: config.staticRoot,
    routes: relayRoutes({ ...(sandbox ? { sandbox } : {}), sandboxControl: config.sandboxControl }),
    port: config.port,
    host: config.host,
    allowedHosts: config.allowedHosts,
    ...(tls ? { tls } : {}),
  });
  const workbenchBuilt = fs.existsSync(path.join(config.staticRoot, "workbench.html"));
  console.log(
    config.production && config.publicUrl
      ? productionBanner({
          url: server.url,
          publicUrl: config.publicUrl,
          sandbox: config.sandbox,
          sandboxControl: config.sandboxControl,
          allowedHosts: config.allowedHosts,
        })
      : startupBanner({
          url: server.url,
          transport,
          https: server.protocol === "https",
          workbenchBuilt,
          ...(source ? { manifestSource: source } : {}),
          ...(server.protocol === "https"
            ? {
                certificate: trustAdvice({
                  platform: process.platform,
                  url: server.url,
                  caFile: path.join(devCertificateDir(), "ca.crt"),
                  trust,
                }),
              }
            : {}),
        }),
  );
  if (!config.production && config.sandboxControl)
    console.log("  The sandbox's control API is on (SANDBOX_CONTROL=1): anyone who can reach this server can read and reset the sandbox.");

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
  if (error instanceof ConfigError) console.error(`Invite Sheet server: ${error.message}`);
  else if (code === "EADDRINUSE")
    console.error(`Port in use: another server is already listening there (${(error as Error).message}). Set PORT or stop it.`);
  else console.error("Invite Sheet server failed to start:", error);
  process.exit(1);
});
