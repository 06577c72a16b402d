/**
 * What the add-in knows about Splashtop's Open API, and how it knows it: the ONE place that says
 * which answer shapes and paths are documented, which were only observed in public client code,
 * and which are our assumptions. Everything unknown lives here, so it changes in one line; the
 * adapters (profile-adapter.ts, invite-adapter.ts) and the relay's allow-list take their defaults
 * from here. docs/splashtop-facts.md lists the same facts with their sources.
 */

/**
 * documented: Splashtop's public help centre says so.
 * observed:   public code that calls the real API does or expects it (not documented publicly).
 * assumed:    nothing public says; the add-in follows the Open API's conventions. Check it
 *             against your team's Splashtop_Open_API.pdf.
 */
export type FactStatus = "documented" | "observed" | "assumed";

export type ApiFact = { readonly id: string; readonly what: string; readonly status: FactStatus; readonly source: string };

const OPEN_API_ARTICLE = "Splashtop help centre, Splashtop Open APIs (article 16772899906459)";
const PUBLIC_CODE = "public client code calling webapi.splashtop.com (2026-12 research, docs/splashtop-facts.md)";
const NOTHING_PUBLIC = "not public: follows the Open API's conventions";

export const API_FACTS = [
  { id: "token-bearer", what: "An API token sent as Authorization: Bearer <token>", status: "documented", source: OPEN_API_ARTICLE },
  {
    id: "token-screen",
    what: "Tokens are created under Management > Settings > API, by the Owner and Super Admins, with scopes and an expiry",
    status: "documented",
    source: OPEN_API_ARTICLE,
  },
  {
    id: "token-screen-web-api-tokens",
    what: "Some material names the screen my.splashtop.com > Account > Web API Tokens",
    status: "observed",
    source: PUBLIC_CODE,
  },
  {
    id: "enterprise-only",
    what: "The Open API is for Splashtop Enterprise teams (others by beta sign-up)",
    status: "documented",
    source: OPEN_API_ARTICLE,
  },
  {
    id: "hosts",
    what: "API hosts webapi.splashtop.com (Global) and webapi.splashtop.eu (EU); none is public for OC",
    status: "observed",
    source: PUBLIC_CODE,
  },
  {
    id: "envelope",
    what: 'Answers are {"result": 20200, "data": ...}; other result codes are errors',
    status: "observed",
    source: PUBLIC_CODE,
  },
  {
    id: "result-codes",
    what: "40100/40101/40300 token invalid or expired, 40403 not allowed, 40404 wrong team or not available, 40422 a value too long, 41406 malformed token",
    status: "observed",
    source: PUBLIC_CODE,
  },
  {
    id: "basic-info-path",
    what: "GET /api/open/v1/users/basic_info says who the token belongs to",
    status: "observed",
    source: PUBLIC_CODE,
  },
  {
    id: "basic-info-scopes-object",
    what: "basic_info's scopes: an object keyed by scope name (psa, users, service_desk, ...)",
    status: "observed",
    source: PUBLIC_CODE,
  },
  {
    id: "basic-info-scopes-array",
    what: "basic_info's scopes: an array of scope names (read too, in case)",
    status: "assumed",
    source: NOTHING_PUBLIC,
  },
  {
    id: "basic-info-team-id",
    what: "The team id at data.team_id or under data.scopes.<scope>.team_id",
    status: "observed",
    source: PUBLIC_CODE,
  },
  { id: "basic-info-email", what: "The token owner's address as data.email or data.user_email", status: "observed", source: PUBLIC_CODE },
  { id: "users-scope", what: 'The scope that covers managing users is named "users"', status: "observed", source: PUBLIC_CODE },
  {
    id: "list-bare-array",
    what: "A list endpoint (teams/{team_id}/computers) answers with data as a bare array",
    status: "observed",
    source: PUBLIC_CODE,
  },
  {
    id: "list-users",
    what: "GET /api/open/v1/teams/{team_id}/users?page&per_page&emails, data = {users, total} or a bare array of users",
    status: "assumed",
    source: NOTHING_PUBLIC,
  },
  {
    id: "invite-call",
    what: "POST /api/open/v1/teams/{team_id}/users/invite, body {users: [...]}, answer data.users[] = {email, result, message?}",
    status: "assumed",
    source: 'not public: the reference PDF lists "Manage users (invite users, delete users)" without the call',
  },
  { id: "team-info", what: "GET /api/open/v1/teams/{team_id}: licenses with total and used", status: "assumed", source: NOTHING_PUBLIC },
  {
    id: "groups",
    what: "GET /api/open/v1/teams/{team_id}/groups: groups with name and type user/computer",
    status: "assumed",
    source: NOTHING_PUBLIC,
  },
  {
    id: "rate-limit",
    what: "200 calls a minute per API (documented for Splashtop On-Prem; nothing is published for the cloud)",
    status: "assumed",
    source: "Splashtop On-Prem Open API documentation",
  },
] as const satisfies readonly ApiFact[];

/** One sentence the pane shows wherever it sends to the real API. */
export const UNVERIFIED_NOTE =
  "Splashtop has not published its invite call: the add-in follows the Open API's published conventions and what public code shows, " +
  "so check it against your team's Splashtop Open API document (Splashtop_Open_API.pdf, from Splashtop) before a large send: try a few rows first.";

/** Where a token comes from, in the words of both screens' names (facts token-screen, token-screen-web-api-tokens). */
export const TOKEN_SCREENS = {
  console: "Management > Settings > API",
  who: "the Owner and Super Admins",
  alsoCalled: "my.splashtop.com > Account > Web API Tokens",
  /** The sentence the pane shows next to the token box. */
  text:
    "Create an API token in the Splashtop web console under Management > Settings > API (only the Owner and Super Admins can), " +
    "with the users scope and an expiry. Some Splashtop material calls this screen my.splashtop.com > Account > Web API Tokens.",
} as const;

/** Scope names that allow managing users (fact users-scope); compared case-insensitively. */
const USER_MANAGEMENT_SCOPES: readonly string[] = ["users"];

/** Whether a scope a token has is one of those (Splashtop's spelling of a scope's case varies). */
export const isUserScope = (scope: string): boolean => USER_MANAGEMENT_SCOPES.some((name) => name.toLowerCase() === scope.toLowerCase());

/** API path templates; `{team_id}` is replaced with the team id (facts basic-info-path, list-users, invite-call, team-info, groups). */
export const API_PATHS = {
  basicInfo: "/api/open/v1/users/basic_info",
  team: "/api/open/v1/teams/{team_id}",
  groups: "/api/open/v1/teams/{team_id}/groups",
  listUsers: "/api/open/v1/teams/{team_id}/users",
  invite: "/api/open/v1/teams/{team_id}/users/invite",
} as const;

/** The list-users call's query parameter names (fact list-users). */
export const LIST_USERS_QUERY = { page: "page", perPage: "per_page", emails: "emails" } as const;
