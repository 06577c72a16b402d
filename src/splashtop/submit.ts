// The submit engine: sends a plan's rows in batches and reports each row's result as soon as its
// batch returns. Before sending, it asks the team which of the addresses are already members, so a
// result lost with a crashed pane never becomes a second invite. Retries 429, 5xx and unanswered
// requests with backoff under the same idempotency key; never re-sends a row the API rejected;
// after a request that may have been applied (no answer, 5xx) it checks the team's users before
// sending those rows again. Cancel stops after the batch in flight. No DOM, no Office: the pane
// passes a callback and an AbortSignal.
import { formatRowStatus, recordKey, UNCONFIRMED_REASON, type Retry, type RowStatus } from "../invites";
import { judge } from "./api-client";
import { describeResultCode, SplashtopError } from "./api-errors";
import { backoffDelay } from "./backoff";
import { parseEnvelope } from "./envelope";
import { idempotencyKey } from "./idempotency-key";
import { InviteAnswerSchema, inviteRequest, rowOutcomes } from "./invite-adapter";
import type { SplashtopSession } from "./session";
import type { PlannedRow, SkippedRow, SubmitPlan } from "./submit-plan";
import { findMembers } from "./team-members";

export type RowResult = {
  index: number;
  rowNumber: number;
  /** The address as sent. */
  account: string;
  /** What was sent besides the address (the record's fingerprint). */
  fingerprint: string;
  status: RowStatus;
  /** Whether sending again could change it (see submit-record.ts). */
  retry: Retry;
  /** The attempt the result came from. */
  attempt: string;
  /** What goes into the Status cell. */
  text: string;
  /** Whether the result is kept as its address's record (see SkippedRow.keep). */
  keep: boolean;
};

export type SubmitOptions = {
  onRowResult: (result: RowResult) => void;
  signal?: AbortSignal;
  /** Rows per invite call. */
  batchSize?: number;
};

export type SubmitReport = {
  outcome: "done" | "cancelled" | "stopped";
  /** Why it stopped, in plain words (outcome "stopped"). */
  stopReason?: string;
  invited: number;
  failed: number;
  /** Of `failed`: rows whose request got no answer (Submit again checks them). */
  unconfirmed: number;
  skipped: number;
  /** Rows left alone: invited earlier (by their record, or found on the team unchanged since). */
  alreadyInvited: number;
  /** Rows of the plan with no result (cancelled or stopped before they were sent). */
  notSent: number;
  /** Invite calls sent (retries included), retries (of any call), and checks of the team's users. */
  inviteCalls: number;
  retries: number;
  checks: number;
};

const DEFAULT_BATCH_SIZE = 50;

/** Codes that refuse the row itself (a too-long name): sending it again cannot change anything. */
const ROW_CODES: ReadonlySet<number> = new Set([40422]);

type BatchEnd = { kind: "next" } | { kind: "cancelled" } | { kind: "stopped"; reason: string };

export async function submitInvites(session: SplashtopSession, plan: SubmitPlan, options: SubmitOptions): Promise<SubmitReport> {
  const { client, teamId, inviteAdapter } = session;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batch size must be a positive integer, got ${batchSize}`);
  const signal = options.signal;
  const retriesBefore = client.counters.retries;
  const report: SubmitReport = {
    outcome: "done",
    invited: 0,
    failed: 0,
    unconfirmed: 0,
    skipped: 0,
    alreadyInvited: plan.alreadyInvited,
    notSent: 0,
    inviteCalls: 0,
    retries: 0,
    checks: 0,
  };
  const reported = new Set<number>();
  const settled = new Set<number>();

  const emit = (row: PlannedRow | SkippedRow, status: RowStatus, retry: Retry, attempt: string) => {
    if (reported.has(row.index)) throw new Error(`row ${row.rowNumber} was given two results`);
    reported.add(row.index);
    if (status.kind === "invited") report.invited++;
    else if (status.kind === "skipped") report.skipped++;
    else {
      report.failed++;
      if (status.reason === UNCONFIRMED_REASON) report.unconfirmed++;
    }
    const account = "row" in row ? row.row.account : row.account;
    const keep = "keep" in row ? row.keep : true;
    options.onRowResult({
      index: row.index,
      rowNumber: row.rowNumber,
      account,
      fingerprint: row.fingerprint,
      status,
      retry,
      attempt,
      text: formatRowStatus(status),
      keep,
    });
  };
  const aborted = () => signal?.aborted === true;

  /**
   * Rows already on the team are settled, the others returned. Before sending, as each row's plan
   * says; after a request of ours that may have been applied (`ours`), as invited.
   */
  const settleMembers = async (rows: readonly PlannedRow[], accounts: readonly string[] | null, ours: boolean): Promise<PlannedRow[]> => {
    report.checks++;
    const members = await findMembers(client, inviteAdapter, teamId, accounts, signal);
    const rest: PlannedRow[] = [];
    for (const row of rows) {
      if (!members.has(recordKey(row.row.account))) rest.push(row);
      else if (ours || row.ifMember === "invited") emit(row, { kind: "invited" }, "no", row.attempt);
      else if (row.ifMember === "skipped") emit(row, { kind: "skipped", reason: "already a member of the team" }, "no", row.attempt);
      else {
        // Invited earlier and changed since: the invite stands; nothing new to record.
        settled.add(row.index);
        report.alreadyInvited++;
      }
    }
    return rest;
  };

  const unconfirmed = (rows: readonly PlannedRow[]) =>
    rows.forEach((row) => emit(row, { kind: "failed", reason: UNCONFIRMED_REASON }, "yes", row.attempt));
  const failAll = (rows: readonly PlannedRow[], reason: string, retry: Retry) =>
    rows.forEach((row) => emit(row, { kind: "failed", reason }, retry, row.attempt));

  async function sendBatch({ attempt, rows: batch }: Batch): Promise<BatchEnd> {
    let pending = batch.slice();
    // True while a request for `pending` may have been applied without our knowing.
    let ambiguous = false;
    for (let tries = 1; ; tries++) {
      if (ambiguous) {
        try {
          pending = await settleMembers(
            pending,
            pending.map((p) => p.row.account),
            true,
          );
        } catch (error) {
          if (!(error instanceof SplashtopError) && !aborted()) throw error;
          unconfirmed(pending);
          if (aborted()) return { kind: "cancelled" };
          return { kind: "stopped", reason: messageOf(error) };
        }
        ambiguous = false;
        if (pending.length === 0) return { kind: "next" };
      }
      const request = inviteRequest(
        inviteAdapter,
        teamId,
        pending.map((p) => p.row),
      );
      request.idempotencyKey = await idempotencyKey(teamId, request.body, attempt);
      let outcome;
      try {
        outcome = await client.attempt(request, signal);
      } catch (error) {
        if (aborted()) return { kind: "cancelled" }; // waiting for a rate-limit slot; nothing was sent
        throw error;
      }
      report.inviteCalls++;
      const verdict = judge(outcome);
      if (verdict.kind === "done") {
        let answer;
        try {
          answer = parseEnvelope(verdict.body, InviteAnswerSchema, "the invite call");
        } catch (error) {
          // Answered, but not in a form we can read: the rows' fate is unknown and the API has
          // likely changed, so going on would only repeat it.
          unconfirmed(pending);
          return { kind: "stopped", reason: messageOf(error) };
        }
        const outcomes = rowOutcomes(
          answer,
          pending.map((p) => p.row.account),
        );
        const missing: PlannedRow[] = [];
        pending.forEach((row, i) => {
          const result = outcomes[i];
          if (result?.kind === "invited") emit(row, { kind: "invited" }, "no", attempt);
          else if (result?.kind === "rejected")
            emit(
              row,
              { kind: "failed", reason: describeResultCode(result.code, result.message) },
              ROW_CODES.has(result.code) ? "no" : "if-team-changes",
              attempt,
            );
          else missing.push(row);
        });
        if (missing.length === 0) return { kind: "next" };
        pending = missing;
        ambiguous = true; // the answer left these rows out: check them like an unanswered request
        continue;
      }
      if (verdict.kind === "fail") {
        // A whole-request refusal (token, permission, path): every batch would get the same.
        if (!verdict.error.detail.tokenProblem) failAll(pending, verdict.error.message, "if-team-changes");
        return { kind: "stopped", reason: verdict.error.message };
      }
      if (verdict.ambiguous) ambiguous = true;
      if (tries >= client.retry.maxAttempts) {
        if (ambiguous) unconfirmed(pending);
        else failAll(pending, `${verdict.reason} Tried ${tries} times; Submit again later.`, "yes");
        return { kind: "stopped", reason: `${verdict.reason} (tried ${tries} times)` };
      }
      client.counters.retries++;
      try {
        await client.clock.sleep(backoffDelay(client.retry, tries, client.random, verdict.retryAfterMs), signal);
      } catch (error) {
        if (!aborted()) throw error;
        if (ambiguous) unconfirmed(pending);
        return { kind: "cancelled" };
      }
    }
  }

  try {
    for (const row of plan.skipped) emit(row, { kind: "skipped", reason: row.reason }, "no", plan.attempt);
    // No blind re-sends: whoever is on the team already is not invited again.
    const queue = plan.send.length > 0 && !aborted() ? await settleMembers(plan.send, null, false) : plan.send;
    for (const batch of batchesOf(queue, batchSize)) {
      if (aborted()) {
        report.outcome = "cancelled";
        break;
      }
      const end = await sendBatch(batch);
      if (end.kind === "cancelled") {
        report.outcome = "cancelled";
        break;
      }
      if (end.kind === "stopped") {
        report.outcome = "stopped";
        report.stopReason = end.reason;
        break;
      }
    }
  } catch (error) {
    // A failed team check, or the token refused on a check: stop with the reason, rows untouched.
    if (!(error instanceof SplashtopError) && !aborted()) throw error;
    report.outcome = aborted() ? "cancelled" : "stopped";
    if (!aborted()) report.stopReason = messageOf(error);
  }
  report.notSent = plan.send.filter((row) => !reported.has(row.index) && !settled.has(row.index)).length;
  report.retries = client.counters.retries - retriesBefore;
  return report;
}

/** Rows sent in one request, all of one attempt (their requests share its key). */
type Batch = { attempt: string; rows: readonly PlannedRow[] };

/** Batches in plan order; rows of one attempt only per batch. */
function batchesOf(rows: readonly PlannedRow[], size: number): Batch[] {
  const byAttempt = new Map<string, PlannedRow[]>();
  for (const row of rows) {
    const list = byAttempt.get(row.attempt);
    if (list) list.push(row);
    else byAttempt.set(row.attempt, [row]);
  }
  const batches: Batch[] = [];
  for (const [attempt, list] of byAttempt)
    for (let i = 0; i < list.length; i += size) batches.push({ attempt, rows: list.slice(i, i + size) });
  return batches;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
