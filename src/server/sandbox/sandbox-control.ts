// The sandbox's control API, for tests and the bench only (/relay/sandbox/_control/...): reset
// the team, set faults, read counters and state. POSTs must be JSON, which a web page on another
// origin cannot send here without a CORS preflight this server never grants.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { describeShapeError } from "../../splashtop/envelope";
import type { ControlAction } from "../relay/relay-target";
import { BodyTooLarge, readBody } from "../relay/read-body";
import { replyError, replyOk } from "./envelope-reply";
import type { Sandbox } from "./sandbox";
import { DEFAULT_TEAM, FaultsSchema, initialState, MemberSchema, NO_FAULTS, RateLimitSchema, SandboxTeamSchema } from "./sandbox-state";

export const ResetSchema = z.object({
  team: SandboxTeamSchema.partial().optional(),
  members: z.array(MemberSchema).optional(),
  rateLimit: RateLimitSchema.optional(),
  faults: FaultsSchema.partial().optional(),
});
export type ResetRequest = z.infer<typeof ResetSchema>;

export async function handleSandboxControl(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse, action: ControlAction): Promise<void> {
  if (action === "stats" || action === "state") {
    if (req.method !== "GET") return replyError(res, 405, 40500, "Use GET.");
    if (action === "stats") return replyOk(res, sandbox.stats());
    const { team, members, inviteLog } = sandbox.state;
    return replyOk(res, { team, members, inviteLog });
  }
  if (req.method !== "POST") return replyError(res, 405, 40500, "Use POST.");
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) return replyError(res, 415, 41500, "Send JSON (Content-Type: application/json).");
  let json: unknown;
  try {
    const raw = await readBody(req, 8 * 1024 * 1024);
    json = raw.length ? JSON.parse(raw.toString("utf8")) : {};
  } catch (error) {
    if (error instanceof BodyTooLarge || error instanceof SyntaxError) return replyError(res, 400, 40000, "The body must be JSON (at most 8 MB).");
    throw error;
  }
  if (action === "reset") {
    const parsed = ResetSchema.safeParse(json);
    if (!parsed.success) return replyError(res, 400, 40000, describeShapeError(parsed.error, "body"));
    const team = { ...DEFAULT_TEAM, ...parsed.data.team };
    sandbox.replace(initialState({
      team,
      ...(parsed.data.members ? { members: parsed.data.members } : {}),
      ...(parsed.data.rateLimit ? { rateLimit: parsed.data.rateLimit } : {}),
      faults: { ...NO_FAULTS, ...parsed.data.faults },
    }));
    return replyOk(res, sandbox.stats());
  }
  const parsed = FaultsSchema.partial().safeParse(json);
  if (!parsed.success) return replyError(res, 400, 40000, describeShapeError(parsed.error, "body"));
  sandbox.setFaults({ ...sandbox.state.faults, ...parsed.data });
  return replyOk(res, sandbox.stats());
}
