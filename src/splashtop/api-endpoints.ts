// The Open API calls the pane makes, and nothing else: the relay forwards only these (method, path
// and query parameter names), so a page that reaches the add-in's server cannot use it to call
// anything else on Splashtop with a user's token. The paths come from api-facts.ts, as do the
// adapters' defaults, so the client and the relay change together.
import { API_PATHS, LIST_USERS_QUERY } from "./api-facts";

export type Endpoint = {
  readonly method: "GET" | "POST";
  /** A path template; `{team_id}` stands for one path segment. */
  readonly path: string;
  /** Query parameter names the call may carry (none: no query at all). */
  readonly query: readonly string[];
};

const PANE_ENDPOINTS: readonly Endpoint[] = [
  { method: "GET", path: API_PATHS.basicInfo, query: [] },
  { method: "GET", path: API_PATHS.team, query: [] },
  { method: "GET", path: API_PATHS.groups, query: [] },
  { method: "GET", path: API_PATHS.listUsers, query: Object.values(LIST_USERS_QUERY) },
  { method: "POST", path: API_PATHS.invite, query: [] },
];

export type EndpointMatch = { ok: true; endpoint: Endpoint } | { ok: false; status: 404 | 405 | 400; reason: string };

function pathMatches(template: string, path: string): boolean {
  const want = template.split("/");
  const got = path.split("/");
  return want.length === got.length && want.every((part, i) => (part === "{team_id}" ? (got[i] ?? "") !== "" : part === got[i]));
}

/** Whether a request (its path already checked segment by segment) is one the pane makes. */
export function matchEndpoint(
  method: string,
  path: string,
  queryNames: readonly string[],
  endpoints: readonly Endpoint[] = PANE_ENDPOINTS,
): EndpointMatch {
  const byPath = endpoints.filter((endpoint) => pathMatches(endpoint.path, path));
  if (byPath.length === 0) return { ok: false, status: 404, reason: "not a call the add-in makes" };
  const endpoint = byPath.find((candidate) => candidate.method === method);
  if (!endpoint)
    return { ok: false, status: 405, reason: `${method} is not used on this path (${byPath.map((e) => e.method).join(", ")} only)` };
  const unknown = queryNames.filter((name) => !endpoint.query.includes(name));
  if (unknown.length)
    return { ok: false, status: 400, reason: `query parameters the add-in does not send (${unknown.slice(0, 3).join(", ")})` };
  return { ok: true, endpoint };
}
