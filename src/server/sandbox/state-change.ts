// A change to the sandbox's state, as one record: what an invite request added (members, new
// groups, log entries, its stored answer), requests that changed nothing but the log (replays,
// conflicts), or new faults. The live sandbox and the journal replay after a restart apply a
// change with the same function, so what is on disk is what was answered.
import { z } from "zod";
import {
  FaultsSchema,
  InviteLogEntrySchema,
  MemberSchema,
  RequestLogEntrySchema,
  StoredAnswerSchema,
  type SandboxState,
  type StoredAnswer,
} from "./sandbox-state";

export const ChangeSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("invite"),
    members: z.array(MemberSchema),
    groups: z.array(z.string()),
    invites: z.array(InviteLogEntrySchema),
    requests: z.array(RequestLogEntrySchema),
    /** The answer stored under the request's Idempotency-Key, when one is kept. */
    answer: z.object({ key: z.string(), stored: StoredAnswerSchema.required({ at: true }) }).optional(),
  }),
  z.object({ kind: z.literal("requests"), requests: z.array(RequestLogEntrySchema) }),
  z.object({ kind: z.literal("faults"), faults: FaultsSchema }),
]);
export type Change = z.infer<typeof ChangeSchema>;

/** Appends to a log, dropping the oldest entries past `max`; returns how many were dropped. */
function appendBounded<T>(log: T[], entries: readonly T[], max: number): number {
  log.push(...entries);
  const over = log.length - max;
  if (over <= 0) return 0;
  log.splice(0, over);
  return over;
}

/** The stored answer under `key`, unless it has expired by `nowMs`. */
export function storedAnswer(state: SandboxState, key: string, nowMs: number): StoredAnswer | undefined {
  const stored = state.answers[key];
  if (!stored) return undefined;
  return expired(state, stored, nowMs) ? undefined : stored;
}

function expired(state: SandboxState, stored: StoredAnswer, nowMs: number): boolean {
  return stored.at !== undefined && nowMs - stored.at >= state.limits.answerTtlMs;
}

/** Forgets expired answers, then the oldest past the cap (insertion order is storage order). */
function pruneAnswers(state: SandboxState, nowMs: number): void {
  const answers = Object.entries(state.answers);
  let excess = answers.length - state.limits.maxAnswers;
  for (const [key, stored] of answers) {
    if (expired(state, stored, nowMs) || excess > 0) {
      delete state.answers[key];
      excess--;
    }
  }
}

/** Applies `change` to `state` in place. */
export function applyChange(state: SandboxState, change: Change): void {
  if (change.kind === "faults") {
    state.faults = change.faults;
    return;
  }
  state.requestLogDropped += appendBounded(state.requestLog, change.requests, state.limits.maxLogEntries);
  if (change.kind === "requests") return;
  state.members.push(...change.members);
  state.team.userGroups.push(...change.groups);
  state.inviteLogDropped += appendBounded(state.inviteLog, change.invites, state.limits.maxLogEntries);
  if (change.answer) {
    // Re-stored under the same key: it moves to the end (newest).
    delete state.answers[change.answer.key];
    state.answers[change.answer.key] = change.answer.stored;
    pruneAnswers(state, change.answer.stored.at);
  }
}
