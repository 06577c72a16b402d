// Which raw request targets the relay accepts. Checked on the raw bytes of the request line, not
// on a parsed URL: URL parsing folds "..", "%2e%2e" and backslashes away, and what it folds is
// exactly what must be refused. Allowed (nothing else):
//   /relay/{global|eu|sandbox}/api/open/v1/<segment>[/<segment>...][?<query>]
//     segment: letters, digits, "_" and "-" only (no dots, no "%", no "\", no "@", no ":")
//     query:   URL query characters; escapes must decode to UTF-8 text without control characters
//     and then only the calls the pane makes, with their methods and query parameter names
//     (src/splashtop/api-endpoints.ts, the one list)
//   /relay/sandbox/_control/{reset|faults|stats|state|requests}
import { API_PREFIX, isRegion, matchEndpoint, type Region } from "../splashtop";
import { CONTROL_ACTIONS, type ControlAction } from "./sandbox/sandbox-control";

export type RelayTarget =
  | { kind: "api"; region: Region; path: string; query: string }
  | { kind: "control"; action: ControlAction }
  | { kind: "refused"; status: 400 | 404 | 405; reason: string };

const SEGMENT = /^[A-Za-z0-9_-]+$/;
// RFC 3986 query characters minus "#", "\" and quotes; "%" only as part of an escape (checked below).
const QUERY = /^[A-Za-z0-9._~!$&'()*+,;=:@/?%-]*$/;
const ESCAPE = /%(?![0-9A-Fa-f]{2})/;
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function refused(status: 400 | 404 | 405, reason: string): RelayTarget {
  return { kind: "refused", status, reason };
}

/** `method` is the request's; the API's paths are checked against the calls the pane makes. */
export function parseRelayTarget(raw: string, method: string): RelayTarget {
  const q = raw.indexOf("?");
  const rawPath = q === -1 ? raw : raw.slice(0, q);
  const query = q === -1 ? "" : raw.slice(q + 1);
  if (!rawPath.startsWith("/relay/")) return refused(400, "not a relay path");
  const [region, ...rest] = rawPath.slice("/relay/".length).split("/");
  if (region === undefined || !isRegion(region)) return refused(404, "unknown region");
  if (region === "sandbox" && rest[0] === "_control") {
    const action = rest[1] ?? "";
    if (rest.length !== 2 || query || !(CONTROL_ACTIONS as readonly string[]).includes(action))
      return refused(404, "unknown sandbox control");
    return { kind: "control", action: action as ControlAction };
  }
  const path = `/${rest.join("/")}`;
  if (!path.startsWith(`${API_PREFIX}/`)) return refused(404, "only /api/open/v1/ is relayed");
  const segments = path.slice(API_PREFIX.length + 1).split("/");
  if (!segments.every((segment) => SEGMENT.test(segment))) return refused(400, "path has characters the API does not use");
  if (!queryIsSafe(query)) return refused(400, "query has characters the API does not use");
  const endpoint = matchEndpoint(method, path, queryNames(query));
  if (!endpoint.ok) return refused(endpoint.status, endpoint.reason);
  return { kind: "api", region, path, query };
}

/** The parameter names of a query already found safe ("a=1&b" gives a, b). */
function queryNames(query: string): string[] {
  if (query === "") return [];
  return query.split("&").map((pair) => decodeURIComponent((pair.split("=")[0] ?? "").replace(/\+/g, " ")));
}

function queryIsSafe(query: string): boolean {
  if (!QUERY.test(query) || ESCAPE.test(query)) return false;
  try {
    const decoded = decodeURIComponent(query.replace(/\+/g, " "));
    // Control characters (CRLF injection), backslashes, and escapes that decode to escapes (double encoding).
    return !CONTROL.test(decoded) && !decoded.includes("\\") && !/%[0-9A-Fa-f]{2}/.test(decoded);
  } catch {
    return false; // an escape that is not UTF-8
  }
}
