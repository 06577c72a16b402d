// The sandbox's Open API: who the token is, the team, its groups, its users, and the invite call,
// in the shapes of the client's adapters (src/splashtop/invite-adapter.ts, profile-adapter.ts).
// Every call is counted against the rate limit first, then may meet an injected fault.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describeShapeError } from "../../splashtop/envelope";
import { sendJson } from "../respond";
import { BodyTooLarge, readBody } from "../relay/read-body";
import { applyInvites, InviteBodySchema } from "./apply-invites";
import { replyError, replyOk } from "./envelope-reply";
import type { Sandbox } from "./sandbox";
import { SANDBOX_DEMO_TOKEN, SANDBOX_EXPIRED_TOKEN, type SandboxState } from "./sandbox-state";
import { foldKey } from "../../invites/text";

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_PAGE_SIZE = 1000;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

type Call = { req: IncomingMessage; res: ServerResponse; path: string; query: URLSearchParams; sandbox: Sandbox };

const ROLE_WORD: Record<SandboxState["team"]["inviterRole"], string> = {
  owner: "owner", "super-admin": "super_admin", admin: "admin", "group-admin": "group_admin",
};

export async function handleSandboxApi(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse, path: string, rawQuery: string): Promise<void> {
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
    await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  }
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
  if (token === SANDBOX_EXPIRED_TOKEN) return replyError(res, 401, 40101, "Token expired.");
  if (token !== SANDBOX_DEMO_TOKEN) return replyError(res, 401, 40100, "Invalid token.");

  const call: Call = { req, res, path, query: new URLSearchParams(rawQuery), sandbox };
  const team = sandbox.state.team;
  if (path === "/api/open/v1/users/basic_info") return onlyGet(call, basicInfo);
  const match = /^\/api\/open\/v1\/teams\/([^/]+)(\/groups|\/users|\/users\/invite)?$/.exec(path);
  if (!match) return replyError(res, 404, 40400, "No such API.");
  if (match[1] !== team.id) return replyError(res, 403, 40403, "The token's team is not this team.");
  switch (match[2]) {
    case undefined: return onlyGet(call, teamInfo);
    case "/groups": return onlyGet(call, groups);
    case "/users": return onlyGet(call, users);
    default: return invite(call, fault.dropAfterApply);
  }
}

function onlyGet(call: Call, answer: (call: Call) => void): void {
  if (call.req.method !== "GET") return replyError(call.res, 405, 40500, "Use GET.");
  answer(call);
}

function basicInfo({ res, sandbox }: Call): void {
  const team = sandbox.state.team;
  replyOk(res, { email: team.ownerEmail, name: "Sandbox Owner", team_id: team.id, team_name: team.name, role: ROLE_WORD[team.inviterRole], scopes: ["users", "groups"] });
}

function teamInfo({ res, sandbox }: Call): void {
  const { team, members } = sandbox.state;
  const licenses = (["access", "support"] as const).flatMap((type) => {
    const total = team.seats[type];
    return total === undefined ? [] : [{ type, total, used: members.filter((m) => m.license_type === type).length }];
  });
  replyOk(res, { team_id: team.id, name: team.name, licenses, user_groups_supported: team.userGroupsSupported, max_groups: team.maxGroups });
}

function groups({ res, sandbox }: Call): void {
  const team = sandbox.state.team;
  replyOk(res, {
    groups: [...team.userGroups.map((name) => ({ name, type: "user" })), ...team.computerGroups.map((name) => ({ name, type: "computer" }))],
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
  const all = wanted ? sandbox.state.members.filter((m) => wanted.has(m.email.toLowerCase())) : sandbox.state.members;
  replyOk(res, { users: all.slice((page - 1) * perPage, page * perPage), page, per_page: perPage, total: all.length });
}

async function invite({ req, res, sandbox }: Call, dropAfterApply: boolean): Promise<void> {
  if (req.method !== "POST") return replyError(res, 405, 40500, "Use POST.");
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) return replyError(res, 415, 41500, "Send JSON (Content-Type: application/json).");
  const key = req.headers["idempotency-key"];
  if (key !== undefined && (typeof key !== "string" || !IDEMPOTENCY_KEY.test(key))) return replyError(res, 400, 40000, "Idempotency-Key must be 1-255 visible ASCII characters.");
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
  const body = InviteBodySchema.safeParse(json);
  if (!body.success) return replyError(res, 400, 40000, `The body is not an invite request (${describeShapeError(body.error, "body")}).`);

  const bodyHash = createHash("sha256").update(JSON.stringify(body.data)).digest("hex");
  const stored = key ? sandbox.state.answers[key] : undefined;
  if (stored) {
    if (stored.bodyHash !== bodyHash) return replyError(res, 409, 40900, "This Idempotency-Key was used with a different request.");
    sandbox.counters.replays++;
    return sendJson(res, stored.status, stored.body);
  }
  const answer = { result: 20200, data: { users: applyInvites(sandbox.state, body.data, key ?? null, new Date()) } };
  if (key) sandbox.state.answers[key] = { bodyHash, status: 200, body: answer };
  sandbox.save();
  if (dropAfterApply) {
    // Applied and saved, and then the connection goes without an answer: the client cannot know.
    sandbox.counters.dropped++;
    req.socket.destroy();
    return;
  }
  sendJson(res, 200, answer);
}
