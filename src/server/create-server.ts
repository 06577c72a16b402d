// Creates and starts the add-in's HTTP(S) server. Used by main.ts and by the tests (which pass
// port 0 and a fixture folder), so everything environment-specific comes in as options.
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { createHostCheck } from "./host-check";
import { sendJson, sendText } from "./http";
import { appRoutes } from "./routes";
import { createRouter, type ErrorReporter, type Route } from "./router";
import { applySecurityHeaders } from "./security-headers";
import type { TlsCredentials } from "./tls";

export interface AppServerOptions {
  /** Folder served at "/" (dist/). Must exist. */
  readonly staticRoot: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Interface to listen on; default "localhost" so the relay is never reachable from the network. */
  readonly host?: string;
  /** HTTPS with these credentials; plain HTTP without. */
  readonly tls?: TlsCredentials;
  /** Extra routes, matched before the static files (see routes.ts). */
  readonly routes?: readonly Route[];
  /** Files under staticRoot never served; default: the Node bundles (routes.ts isNodeBundle). */
  readonly hiddenFiles?: (relativePath: string) => boolean;
  /** Where handler failures go; default console.error. */
  readonly onError?: ErrorReporter;
  /**
   * Host names this server answers to besides the local ones (host-check.ts): the public host it
   * is served under. A request naming any other host is refused (DNS rebinding).
   */
  readonly allowedHosts?: readonly string[];
}

export interface AppServer {
  /** Base URL ending in "/", e.g. "https://localhost:3000/". */
  readonly url: string;
  readonly port: number;
  readonly protocol: "http" | "https";
  readonly server: http.Server;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const defaultReporter: ErrorReporter = (error, req) => console.error(`[server] ${req.method} ${req.url} failed:`, error);

function urlHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

export async function createAppServer(options: AppServerOptions): Promise<AppServer> {
  const host = options.host ?? "localhost";
  const reportError = options.onError ?? defaultReporter;
  const route = createRouter(
    appRoutes({
      staticRoot: options.staticRoot,
      ...(options.routes ? { extraRoutes: options.routes } : {}),
      ...(options.hiddenFiles ? { hiddenFiles: options.hiddenFiles } : {}),
    }),
    reportError,
  );
  const hostAllowed = createHostCheck(options.allowedHosts);
  const listener: http.RequestListener = (req, res) => {
    applySecurityHeaders(res);
    // The health check says nothing but "ok", and load balancers call it by IP address.
    if (!hostAllowed(req.headers.host) && req.url !== "/healthz") {
      const message =
        "This server does not answer for that host name. If it is the add-in's public address, set ADDIN_PUBLIC_URL to it (docs/deploy.md).";
      if (req.url?.startsWith("/relay/")) sendJson(res, 403, { result: 40301, message });
      else sendText(res, 403, message);
      return;
    }
    route(req, res).catch((error: unknown) => {
      // The router answers handler errors itself; this is a failure inside the router.
      reportError(error, req);
      res.destroy();
    });
  };
  const protocol = options.tls ? "https" : "http";
  const server: http.Server = options.tls
    ? https.createServer({ key: options.tls.key, cert: options.tls.cert, ...(options.tls.ca ? { ca: options.tls.ca } : {}) }, listener)
    : http.createServer(listener);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `${protocol}://${urlHost(host)}:${port}/`,
    port,
    protocol,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
