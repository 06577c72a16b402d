// The server's route table, in precedence order (first match wins). Add new surfaces here, above
// the static catch-all, e.g. the Splashtop relay and the sandbox invite service:
//   { path: "/relay/", methods: ["POST"], handler: createRelayHandler(relayOptions) },
//   { path: "/sandbox/", methods: ["GET", "POST"], handler: createSandboxHandler(sandbox) },
// or pass them as `extraRoutes` (createAppServer's `routes` option) without editing this file.
import { sendJson } from "./http";
import type { Route } from "./router";
import { createStaticHandler } from "./static-files";

export interface AppRoutesOptions {
  /** Folder of the built add-in (dist/). */
  readonly staticRoot: string;
  /** Routes placed before the static files (which match everything else). */
  readonly extraRoutes?: readonly Route[];
  /** Files under staticRoot that must not be served; default: the Node bundles. */
  readonly hiddenFiles?: (relativePath: string) => boolean;
}

/** dist/ also holds the esbuild Node bundles (scripts/build-node.mjs); browsers have no use for them. */
function isNodeBundle(relativePath: string): boolean {
  return /^(server|cli|bench)\.js(\.map)?$/.test(relativePath);
}

export function appRoutes(options: AppRoutesOptions): Route[] {
  return [
    // For launchers and browser tests to know the server is up.
    { path: "/healthz", methods: ["GET", "HEAD"], handler: (_req, res) => sendJson(res, 200, { status: "ok" }) },
    ...(options.extraRoutes ?? []),
    {
      path: "/",
      methods: ["GET", "HEAD"],
      handler: createStaticHandler({ root: options.staticRoot, hidden: options.hiddenFiles ?? isNodeBundle, index: "/taskpane.html" }),
    },
  ];
}
