// The sandbox's Open API: who the token is, the team, its groups, its users, and the invite call,
// in the shapes of the client's adapters (src/splashtop/invite-adapter.ts, profile-adapter.ts).
// The token is checked first: a request without it is refused before it is counted against the
// rate limit, so another page's tokenless requests (an <img> pointing here) cannot use up the
// user's calls. Then the rate limit, then maybe an injected fault. Every invite request is logged
// per address, whatever its outcome.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { describeShapeError } from "../../splashtop";
import { foldKey } from "../../invites";
import { BodyTooLarge, readBody, replyError, replyOk, sendJson } from "../http";
import { InviteBodySchema, judgeInvites, type InviteBody, type UserResult } from "./apply-invites";
import type { FaultDecision } from "./faults";
import type { Sandbox } from "./sandbox";
import { SANDBOX_DEMO_TOKEN, SANDBOX_EXPIRED_TOKEN, type RequestLogEntry, type SandboxState } from "./sandbox-state";
import { storedAnswer } from "./state-change";

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_PAGE_SIZE = 1000;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

type Call = { req: IncomingMessage; res: ServerResponse; path: string; query: URLSearchParams; sandbox: Sandbox };

const ROLE_WORD: Record<SandboxState["team"]["inviterRole"], string> = {
  owner: "owner",
  "super-admin": "super_admin",
  admin: "admin",
  "group-admin": "group_admin",
};

/** True once the client has gone away (closed the connection) before its answer was sent. */
function clientGone(res: ServerResponse): boolean {
  return res.destroyed || res.socket?.destroyed === true;
}

/** Waits `ms`, or less if the client goes away first. */
function pause(res: ServerResponse, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res.off("close", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.on("close", done);
  });
}

export async function handleSandboxApi(
  sandbox: Sandbox,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  rawQuery: string,
): Promise<void> {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
  if (token === SANDBOX_EXPIRED_TOKEN) return replyError(res, 401, 40101, "Token expired.");
  if (token !== SANDBOX_DEMO_TOKEN) return replyError(res, 401, 40100, "Invalid token.");

  const wait = sandbox.window.arrive(sandbox.now());
  if (wait > 0) {
    res.setHeader("Retry-After", String(Math.ceil(wait / 1000)));
    return replyError(res, 429, 42900, `More than ${sandbox.state.rateLimit.calls} calls in ${sandbox.state.rateLimit.windowMs / 1000} s.`);
  }
  const fault = sandbox.injector.next();
  if (fault.tooManyRequests) {
    sandbox.counters.tooManyRequests++;
    res.setHeader("Retry-After", String(sandbox.state.faults.retryAfterSeconds));
    return replyError(res, 429, 42900, "Too many requests (injected by the sandbox).");
  }
  if (fault.serverError) {
    sandbox.counters.serverErrors++;
    return replyError(res, 500, 50000, "Internal error (injected by the sandbox).");
  }
  if (fault.delayMs > 0) {
    sandbox.counters.slow++;
    await pause(res, fault.delayMs);
    // The relay (or the client) gave up and closed the connection: like a server that notices, do nothing.
    if (clientGone(res)) {
      sandbox.counters.abandoned++;
      return;
    }
  }

  const call: Call = { req, res, path, query: new URLSearchParams(rawQuery), sandbox };
  const team = sandbox.state.team;
  if (path === "/api/open/v1/users/basic_info") return onlyGet(call, basicInfo);
  const match = /^\/api\/open\/v1\/teams\/([^/]+)(\/groups|\/users|\/users\/invite)?$/.exec(path);
  if (!match) return replyError(res, 404, 40400, "No such API.");
  if (match[1] !== team.id) return replyError(res, 403, 40403, "The token's team is not this team.");
  switch (match[2]) {
    case undefined:
      return onlyGet(call, teamInfo);
    case "/groups":
      return onlyGet(call, groups);
    case "/users":
      return onlyGet(call, users);
    default:
      return invite(call, fault);
  }
}

function onlyGet(call: Call, answer: (call: Call) => void): void {
  if (call.req.method !== "GET") return replyError(call.res, 405, 40500, "Use GET.");
  answer(call);
}

/** In the shape public client code shows (api-facts.ts): scopes keyed by name, the team id under the scope. */
function basicInfo({ res, sandbox }: Call): void {
  const team = sandbox.state.team;
  replyOk(res, {
    email: team.ownerEmail,
    name: "Sandbox Owner",
    team_name: team.name,
    role: ROLE_WORD[team.inviterRole],
    scopes: { users: { team_id: team.id } },
  });
}

function teamInfo({ res, sandbox }: Call): void {
  const { team, members } = sandbox.state;
  const licenses = (["access", "support"] as const).flatMap((type) => {
    const total = team.seats[type];
    return total === undefined ? [] : [{ type, total, used: members.filter((m) => m.license_type === type).length }];
  });
  replyOk(res, {
    team_id: team.id,
    name: team.name,
    licenses,
    user_groups_supported: team.userGroupsSupported,
    max_groups: team.maxGroups,
  });
}

function groups({ res, sandbox }: Call): void {
  const team = sandbox.state.team;
  replyOk(res, {
    groups: [
      ...team.userGroups.map((name) => ({ name, type: "user" })),
      ...team.computerGroups.map((name) => ({ name, type: "computer" })),
    ],
  });
}

function users({ res, query, sandbox }: Call): void {
  const page = Number(query.get("page") ?? "1");
  const perPage = Number(query.get("per_page") ?? "100");
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PAGE_SIZE) {
    return replyError(res, 400, 40000, `page must be 1 or more and per_page 1-${MAX_PAGE_SIZE}.`);
  }
  const emails = query.get("emails");
  const wanted = emails ? new Set(emails.split(",").map(foldKey)) : null;
  const all = wanted ? sandbox.state.members.filter((m) => wanted.has(foldKey(m.email))) : sandbox.state.members;
  replyOk(res, { users: all.slice((page - 1) * perPage, page * perPage), page, per_page: perPage, total: all.length });
}

/** The per-row results inside a stored answer (a replay logs what it replays). */
const StoredResultsSchema = z.object({ data: z.object({ users: z.array(z.object({ email: z.string(), result: z.number() })) }) });

/** One log entry per address of the request. */
function requestEntries(
  body: InviteBody,
  key: string | null,
  at: string,
  results: readonly Pick<UserResult, "result">[] | null,
  outcome: RequestLogEntry["outcome"] | null,
  code: number,
): RequestLogEntry[] {
  return body.users.map((user, i) => {
    const result = results?.[i]?.result ?? code;
    return { email: foldKey(user.email), at, idempotencyKey: key, outcome: outcome ?? (result === 20200 ? "applied" : "refused"), result };
  });
}

async function invite({ req, res, sandbox }: Call, fault: FaultDecision): Promise<void> {
  if (req.method !== "POST") return replyError(res, 405, 40500, "Use POST.");
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? ""))
    return replyError(res, 415, 41500, "Send JSON (Content-Type: application/json).");
  const header = req.headers["idempotency-key"];
  if (header !== undefined && (typeof header !== "string" || !IDEMPOTENCY_KEY.test(header)))
    return replyError(res, 400, 40000, "Idempotency-Key must be 1-255 visible ASCII characters.");
  let raw: Buffer;
  try {
    raw = await readBody(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return replyError(res, 413, 41300, "Body too large.");
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.toString("utf8"));
  } catch {
    return replyError(res, 400, 40000, "The body is not JSON.");
  }
  const parsed = InviteBodySchema.safeParse(json);
  if (!parsed.success)
    return replyError(res, 400, 40000, `The body is not an invite request (${describeShapeError(parsed.error, "body")}).`);
  const body = parsed.data;

  const nowMs = sandbox.wallClock();
  const at = new Date(nowMs).toISOString();
  const key = sandbox.state.faults.ignoreIdempotencyKeys ? null : (header ?? null);
  const bodyHash = createHash("sha256").update(JSON.stringify(body)).digest("hex");
  const stored = key ? storedAnswer(sandbox.state, key, nowMs) : undefined;
  if (stored) {
    const conflict = stored.bodyHash !== bodyHash;
    const replayed = StoredResultsSchema.safeParse(stored.body);
    const entries = conflict
      ? requestEntries(body, key, at, null, "conflict", 40900)
      : requestEntries(body, key, at, replayed.success ? replayed.data.data.users : null, "replayed", stored.status);
    sandbox.commit({ kind: "requests", requests: entries });
    if (conflict) return replyError(res, 409, 40900, "This Idempotency-Key was used with a different request.");
    sandbox.counters.replays++;
    return sendJson(res, stored.status, stored.body);
  }

  const outcome = judgeInvites(sandbox.state, body, header ?? null, new Date(nowMs));
  const answer = { result: 20200, data: { users: outcome.results } };
  const requests = requestEntries(body, header ?? null, at, outcome.results, null, 0);
  const change = { kind: "invite" as const, members: outcome.members, groups: outcome.groups, invites: outcome.invites, requests };
  if (fault.loseAnswer) {
    // Applied, and then the answer is lost with nothing kept under the key: a retry is a new request.
    sandbox.commit(change);
    sandbox.counters.lostAnswers++;
    req.socket.destroy();
    return;
  }
  sandbox.commit({ ...change, ...(key ? { answer: { key, stored: { bodyHash, status: 200, body: answer, at: nowMs } } } : {}) });
  if (fault.dropAfterApply) {
    // Applied and stored under the key, and then the connection goes without an answer: the client cannot know.
    sandbox.counters.dropped++;
    req.socket.destroy();
    return;
  }
  sendJson(res, 200, answer);
}
