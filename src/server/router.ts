// Request routing: a route table (first match wins) in front of the handlers. Kept separate from
// the table itself (routes.ts) so adding a route never means touching the mechanics.
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson, sendText } from "./http";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface Route {
  /** An exact path ("/healthz"), or a prefix when it ends in "/" ("/relay/" matches "/relay/x"). */
  readonly path: string;
  /** Methods this route answers; others get 405 with an Allow header. "*": the handler decides. */
  readonly methods: readonly string[] | "*";
  readonly handler: RouteHandler;
  /** "json": a handler failure is answered in JSON (the relay answers nothing else). */
  readonly errors?: "json";
}

export type ErrorReporter = (error: unknown, req: IncomingMessage) => void;

function matches(route: Route, pathname: string): boolean {
  return route.path.endsWith("/") ? pathname.startsWith(route.path) : pathname === route.path;
}

/** Builds the request listener for a route table; handler failures become 500s and are reported. */
export function createRouter(routes: readonly Route[], reportError: ErrorReporter) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      sendText(res, 400, "Bad request");
      return;
    }
    const route = routes.find((candidate) => matches(candidate, url.pathname));
    if (!route) {
      sendText(res, 404, "Not found");
      return;
    }
    if (route.methods !== "*" && !route.methods.includes(req.method ?? "")) {
      res.setHeader("Allow", route.methods.join(", "));
      sendText(res, 405, "Method not allowed");
      return;
    }
    try {
      await route.handler(req, res, url);
    } catch (error) {
      reportError(error, req);
      if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else if (route.errors === "json") sendJson(res, 500, { result: 50000, message: "The add-in's server failed; try again." });
      else sendText(res, 500, "Internal server error");
    }
  };
}
