// The /relay/ route: checks the raw target (relay-target.ts), then hands it to the sandbox (in
// this server) or forwards it to the region's Splashtop host. Anything else is refused, unsent.
import type { Route } from "../router";
import { sendJson } from "../respond";
import type { Sandbox } from "../sandbox/sandbox";
import { handleSandboxApi } from "../sandbox/sandbox-api";
import { handleSandboxControl } from "../sandbox/sandbox-control";
import { createForwarder, type RelayOptions } from "./relay-forward";
import { parseRelayTarget } from "./relay-target";

export type RelayRoutesOptions = RelayOptions & {
  /** The embedded sandbox; without one, /relay/sandbox/ answers 404. */
  sandbox?: Sandbox;
};

export function relayRoutes(options: RelayRoutesOptions = {}): Route[] {
  const forward = createForwarder(options);
  const { sandbox } = options;
  return [
    {
      path: "/relay/",
      methods: ["GET", "POST"],
      handler: async (req, res) => {
        const target = parseRelayTarget(req.url ?? "");
        if (target.kind === "refused") return sendJson(res, target.status, { result: target.status * 100, message: `Not relayed: ${target.reason}.` });
        if (target.kind === "control") {
          if (!sandbox) return sendJson(res, 404, { result: 40400, message: "No sandbox here." });
          return handleSandboxControl(sandbox, req, res, target.action);
        }
        if (target.region === "sandbox") {
          if (!sandbox) return sendJson(res, 404, { result: 40400, message: "No sandbox here." });
          return handleSandboxApi(sandbox, req, res, target.path, target.query);
        }
        return forward(req, res, { region: target.region, path: target.path, query: target.query });
      },
    },
  ];
}
