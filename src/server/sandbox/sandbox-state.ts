// The sandbox's persisted state: one team, its members, every invite it applied (the proof that
// nobody was invited twice), every invite request it received per address (also those it refused
// or replayed), stored answers by Idempotency-Key, and its settings (rate limit, faults, limits).
// Parsed with zod on load and on every control request. Everything that grows is bounded
// (SandboxLimits): a sandbox left running cannot fill the disk or the memory.
import { z } from "zod";
import { LICENSE_TYPES } from "../../invites";

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
  userGroups: z.array(z.string()).max(10_000),
  computerGroups: z.array(z.string()).max(10_000),
  userGroupsSupported: z.boolean(),
  // The article's limit is 2000; the sandbox lets tests go higher, within bounds.
  maxGroups: z.number().int().positive().max(10_000),
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
  /** Chance an invite call is applied, its answer stored under its key, and the connection dropped without an answer. */
  dropAfterApply: probability,
  /**
   * Chance an invite call is applied and the connection dropped with NOTHING stored under its key,
   * as an API without durable idempotency would: a retry with the same key is a new request.
   */
  loseAnswer: probability,
  /** Idempotency-Key ignored altogether: nothing stored, nothing replayed, no 409. */
  ignoreIdempotencyKeys: z.boolean(),
  /** Chance of an answer delayed by up to slowMs. */
  slow: probability,
  slowMs: z.number().int().nonnegative(),
});
export type Faults = z.infer<typeof FaultsSchema>;

/** Faults as a saved state holds them: files from before loseAnswer and ignoreIdempotencyKeys get them off. */
const StoredFaultsSchema = FaultsSchema.extend({ loseAnswer: probability.default(0), ignoreIdempotencyKeys: z.boolean().default(false) });

export const NO_FAULTS: Faults = {
  seed: 1,
  tooManyRequests: 0,
  stormLength: 1,
  retryAfterSeconds: 1,
  serverError: 0,
  dropAfterApply: 0,
  loseAnswer: 0,
  ignoreIdempotencyKeys: false,
  slow: 0,
  slowMs: 0,
};

/** How much the sandbox keeps. Answers expire like a real API's idempotency keys would. */
export const LimitsSchema = z.object({
  /** Stored answers (by Idempotency-Key) at most; the oldest go first. */
  maxAnswers: z.number().int().positive(),
  /** A stored answer is forgotten this long after it was stored. */
  answerTtlMs: z.number().int().positive(),
  /** Members at most; invites past it are refused (reset the sandbox). */
  maxMembers: z.number().int().positive(),
  /** Entries of each log (invites applied, requests received) kept; the oldest go first and are counted. */
  maxLogEntries: z.number().int().positive(),
});
export type SandboxLimits = z.infer<typeof LimitsSchema>;

export const DEFAULT_LIMITS: SandboxLimits = {
  maxAnswers: 1_000,
  answerTtlMs: 24 * 3600 * 1000,
  maxMembers: 100_000,
  maxLogEntries: 200_000,
};

export const StoredAnswerSchema = z.object({
  bodyHash: z.string(),
  status: z.number().int(),
  body: z.unknown(),
  /** When it was stored (ms since the epoch); version 1 files have none and count as stored at load. */
  at: z.number().optional(),
});
export type StoredAnswer = z.infer<typeof StoredAnswerSchema>;

export const InviteLogEntrySchema = z.object({ email: z.string(), at: z.string(), idempotencyKey: z.string().nullable() });
export type InviteLogEntry = z.infer<typeof InviteLogEntrySchema>;

/**
 * One address of one invite request as the sandbox received it: applied, refused (with the
 * code it answered, e.g. already a member), replayed from a stored answer, or a key conflict (409).
 */
export const RequestLogEntrySchema = z.object({
  email: z.string(),
  at: z.string(),
  idempotencyKey: z.string().nullable(),
  outcome: z.enum(["applied", "refused", "replayed", "conflict"]),
  result: z.number().int(),
});
export type RequestLogEntry = z.infer<typeof RequestLogEntrySchema>;

export const SandboxStateSchema = z.object({
  // 1: before the request log and limits; read with their defaults.
  version: z.union([z.literal(1), z.literal(2)]).transform((): 2 => 2),
  team: SandboxTeamSchema,
  members: z.array(MemberSchema),
  inviteLog: z.array(InviteLogEntrySchema),
  inviteLogDropped: z.number().int().nonnegative().default(0),
  requestLog: z.array(RequestLogEntrySchema).default([]),
  requestLogDropped: z.number().int().nonnegative().default(0),
  answers: z.record(z.string(), StoredAnswerSchema),
  rateLimit: RateLimitSchema,
  faults: StoredFaultsSchema,
  limits: LimitsSchema.default(DEFAULT_LIMITS),
  /** The last journal entry this state includes (state-store.ts). */
  journalSeq: z.number().int().nonnegative().default(0),
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

export function initialState(
  overrides: Partial<Pick<SandboxState, "team" | "members" | "rateLimit" | "faults" | "limits">> = {},
): SandboxState {
  const team = overrides.team ?? DEFAULT_TEAM;
  return {
    version: 2,
    team,
    members: overrides.members ?? [
      { email: team.ownerEmail, display_name: "Sandbox Owner", group: "", license_type: "access", role: "owner" },
    ],
    inviteLog: [],
    inviteLogDropped: 0,
    requestLog: [],
    requestLogDropped: 0,
    answers: {},
    rateLimit: overrides.rateLimit ?? { calls: 200, windowMs: 60_000 },
    faults: overrides.faults ?? NO_FAULTS,
    limits: overrides.limits ?? DEFAULT_LIMITS,
    journalSeq: 0,
  };
}
