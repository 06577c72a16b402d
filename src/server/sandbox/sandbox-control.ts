// The sandbox's control API, for tests and the bench only (/relay/sandbox/_control/...): reset
// the team, set faults, read counters, state and the log of invite requests. It is mounted only
// when the server is started with it switched on (SANDBOX_CONTROL=1; relay-routes.ts): it can
// read every address typed into the sandbox and reset it. POSTs must also be JSON, which a web
// page on another origin cannot send here without a CORS preflight this server never grants.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { describeShapeError } from "../../splashtop";
import { BodyTooLarge, readBody, replyError, replyOk } from "../http";
import type { Sandbox } from "./sandbox";
import {
  DEFAULT_LIMITS,
  DEFAULT_TEAM,
  FaultsSchema,
  initialState,
  LimitsSchema,
  MemberSchema,
  NO_FAULTS,
  RateLimitSchema,
  SandboxTeamSchema,
  type RequestLogEntry,
} from "./sandbox-state";

/** What the control API does; /relay/sandbox/_control/<action> names one (relay-target.ts lets nothing else through). */
export const CONTROL_ACTIONS = ["reset", "faults", "stats", "state", "requests"] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

const ResetSchema = z.object({
  team: SandboxTeamSchema.partial().optional(),
  members: z.array(MemberSchema).optional(),
  rateLimit: RateLimitSchema.optional(),
  faults: FaultsSchema.partial().optional(),
  limits: LimitsSchema.partial().optional(),
});
export type ResetRequest = z.input<typeof ResetSchema>;

/** Per address (folded): how many invite requests named it, and what became of them. */
export type RequestCounts = { received: number } & Record<RequestLogEntry["outcome"], number>;

export type RequestLogReport = { entries: RequestLogEntry[]; dropped: number; byAddress: Record<string, RequestCounts> };

function requestLogReport(entries: readonly RequestLogEntry[], dropped: number): RequestLogReport {
  const byAddress: Record<string, RequestCounts> = {};
  for (const entry of entries) {
    const counts = (byAddress[entry.email] ??= { received: 0, applied: 0, refused: 0, replayed: 0, conflict: 0 });
    counts.received++;
    counts[entry.outcome]++;
  }
  return { entries: [...entries], dropped, byAddress };
}

export async function handleSandboxControl(
  sandbox: Sandbox,
  req: IncomingMessage,
  res: ServerResponse,
  action: ControlAction,
): Promise<void> {
  if (action === "stats" || action === "state" || action === "requests") {
    if (req.method !== "GET") return replyError(res, 405, 40500, "Use GET.");
    if (action === "stats") return replyOk(res, sandbox.stats());
    if (action === "requests") return replyOk(res, requestLogReport(sandbox.state.requestLog, sandbox.state.requestLogDropped));
    const { team, members, inviteLog } = sandbox.state;
    return replyOk(res, { team, members, inviteLog });
  }
  if (req.method !== "POST") return replyError(res, 405, 40500, "Use POST.");
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? ""))
    return replyError(res, 415, 41500, "Send JSON (Content-Type: application/json).");
  let json: unknown;
  try {
    const raw = await readBody(req, 8 * 1024 * 1024);
    json = raw.length ? JSON.parse(raw.toString("utf8")) : {};
  } catch (error) {
    if (error instanceof BodyTooLarge || error instanceof SyntaxError)
      return replyError(res, 400, 40000, "The body must be JSON (at most 8 MB).");
    throw error;
  }
  if (action === "reset") {
    const parsed = ResetSchema.safeParse(json);
    if (!parsed.success) return replyError(res, 400, 40000, describeShapeError(parsed.error, "body"));
    const team = { ...DEFAULT_TEAM, ...parsed.data.team };
    sandbox.replace(
      initialState({
        team,
        ...(parsed.data.members ? { members: parsed.data.members } : {}),
        ...(parsed.data.rateLimit ? { rateLimit: parsed.data.rateLimit } : {}),
        faults: { ...NO_FAULTS, ...parsed.data.faults },
        limits: { ...DEFAULT_LIMITS, ...parsed.data.limits },
      }),
    );
    return replyOk(res, sandbox.stats());
  }
  const parsed = FaultsSchema.partial().safeParse(json);
  if (!parsed.success) return replyError(res, 400, 40000, describeShapeError(parsed.error, "body"));
  sandbox.setFaults({ ...sandbox.state.faults, ...parsed.data });
  return replyOk(res, sandbox.stats());
}
