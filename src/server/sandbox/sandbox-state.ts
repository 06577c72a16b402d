// The sandbox's persisted state: one team, its members, every invite it applied (the proof that
// nobody was invited twice), stored answers by Idempotency-Key, and its settings (rate limit,
// faults). Parsed with zod on load and on every control request.
import { z } from "zod";
import { LICENSE_TYPES } from "../../invites/importer-format";

/** The token the sandbox accepts (docs/splashtop-api.md). Not a secret: the sandbox holds no real data. */
export const SANDBOX_DEMO_TOKEN = "sandbox-demo-token";
/** A token the sandbox answers as expired (40101), to see how the pane handles it. */
export const SANDBOX_EXPIRED_TOKEN = "sandbox-expired-token";

const seats = z.number().int().nonnegative().nullable();

export const SandboxTeamSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/),
  name: z.string(),
  ownerEmail: z.string(),
  inviterRole: z.enum(["owner", "super-admin", "admin", "group-admin"]),
  /** Seats bought per license type (null = no limit); a type left out is not in the plan. */
  seats: z.object({ access: seats.optional(), support: seats.optional() }).strict(),
  userGroups: z.array(z.string()),
  computerGroups: z.array(z.string()),
  userGroupsSupported: z.boolean(),
  maxGroups: z.number().int().positive(),
});
export type SandboxTeam = z.infer<typeof SandboxTeamSchema>;

export const MemberSchema = z.object({
  email: z.string(),
  display_name: z.string(),
  group: z.string(),
  license_type: z.enum(LICENSE_TYPES),
  role: z.enum(["owner", "super-admin", "admin", "member"]),
});
export type Member = z.infer<typeof MemberSchema>;

export const RateLimitSchema = z.object({ calls: z.number().int().positive(), windowMs: z.number().int().positive() });
export type SandboxRateLimit = z.infer<typeof RateLimitSchema>;

const probability = z.number().min(0).max(1);
export const FaultsSchema = z.object({
  seed: z.number().int(),
  /** Chance a call starts a 429 storm of `stormLength` calls, each with Retry-After: retryAfterSeconds. */
  tooManyRequests: probability,
  stormLength: z.number().int().positive(),
  retryAfterSeconds: z.number().int().nonnegative(),
  /** Chance of a 500 before anything is applied. */
  serverError: probability,
  /** Chance an invite call is applied and then its connection dropped without an answer. */
  dropAfterApply: probability,
  /** Chance of an answer delayed by up to slowMs. */
  slow: probability,
  slowMs: z.number().int().nonnegative(),
});
export type Faults = z.infer<typeof FaultsSchema>;

export const NO_FAULTS: Faults = {
  seed: 1, tooManyRequests: 0, stormLength: 1, retryAfterSeconds: 1, serverError: 0, dropAfterApply: 0, slow: 0, slowMs: 0,
};

export const StoredAnswerSchema = z.object({ bodyHash: z.string(), status: z.number().int(), body: z.unknown() });

export const SandboxStateSchema = z.object({
  version: z.literal(1),
  team: SandboxTeamSchema,
  members: z.array(MemberSchema),
  inviteLog: z.array(z.object({ email: z.string(), at: z.string(), idempotencyKey: z.string().nullable() })),
  answers: z.record(z.string(), StoredAnswerSchema),
  rateLimit: RateLimitSchema,
  faults: FaultsSchema,
});
export type SandboxState = z.infer<typeof SandboxStateSchema>;

export const DEFAULT_TEAM: SandboxTeam = {
  id: "4242",
  name: "Sandbox Team",
  ownerEmail: "owner@sandbox.example",
  inviterRole: "owner",
  seats: { access: 25, support: 5 },
  userGroups: ["Sales", "Support Desk"],
  computerGroups: ["Lab PCs"],
  userGroupsSupported: true,
  maxGroups: 2000,
};

export function initialState(overrides: Partial<Pick<SandboxState, "team" | "members" | "rateLimit" | "faults">> = {}): SandboxState {
  const team = overrides.team ?? DEFAULT_TEAM;
  return {
    version: 1,
    team,
    members: overrides.members ?? [
      { email: team.ownerEmail, display_name: "Sandbox Owner", group: "", license_type: "access", role: "owner" },
    ],
    inviteLog: [],
    answers: {},
    rateLimit: overrides.rateLimit ?? { calls: 200, windowMs: 60_000 },
    faults: overrides.faults ?? NO_FAULTS,
  };
}
