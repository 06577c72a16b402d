// The /relay/ route: checks the raw target and method (relay-target.ts), then hands it to the
// sandbox (in this server) or forwards it to the region's Splashtop host. Anything else is
// refused, unsent. Every answer under /relay/ is JSON, refusals included.
// The relay and the sandbox know nothing of each other; this table is where they meet.
import { replyError } from "./http";
import { createForwarder, type RelayOptions } from "./relay/relay-forward";
import { parseRelayTarget } from "./relay-target";
import type { Route } from "./router";
import type { Sandbox } from "./sandbox/sandbox";
import { handleSandboxApi } from "./sandbox/sandbox-api";
import { handleSandboxControl } from "./sandbox/sandbox-control";

export type RelayRoutesOptions = RelayOptions & {
  /** The embedded sandbox; without one, /relay/sandbox/ answers 404. */
  sandbox?: Sandbox;
  /**
   * Mount the sandbox's control API (/relay/sandbox/_control/...). Off unless asked for: it reads
   * every address typed into the sandbox and resets it. Tests and the bench turn it on.
   */
  sandboxControl?: boolean;
};

export function relayRoutes(options: RelayRoutesOptions = {}): Route[] {
  const forward = createForwarder(options);
  const { sandbox } = options;
  return [
    {
      path: "/relay/",
      methods: "*",
      errors: "json",
      handler: async (req, res) => {
        const target = parseRelayTarget(req.url ?? "", req.method ?? "");
        if (target.kind === "refused") return replyError(res, target.status, target.status * 100, `Not relayed: ${target.reason}.`);
        if (target.kind === "control") {
          if (!sandbox || !options.sandboxControl) {
            return replyError(res, 404, 40400, "The sandbox's control API is off (start the server with SANDBOX_CONTROL=1 to turn it on).");
          }
          return handleSandboxControl(sandbox, req, res, target.action);
        }
        if (target.region === "sandbox") {
          if (!sandbox) return replyError(res, 404, 40400, "This server has no sandbox (start it with SANDBOX=1 to have one).");
          return handleSandboxApi(sandbox, req, res, target.path, target.query);
        }
        return forward(req, res, { region: target.region, path: target.path, query: target.query });
      },
    },
  ];
}
