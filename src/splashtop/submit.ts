// The submit engine: sends a plan's rows in batches and reports each row's result as soon as its
// batch returns. Retries 429, 5xx and unanswered requests with backoff; never re-sends a row the
// API rejected; after a request that may have been applied (no answer, 5xx) it checks the team's
// users before sending those rows again, so nobody is invited twice. Cancel stops after the batch
// in flight. No DOM, no Office: the pane passes a callback and an AbortSignal.
import { formatRowStatus, UNCONFIRMED_REASON, type RowStatus } from "../invites/row-status";
import { judge } from "./api-client";
import { describeResultCode, SplashtopError } from "./api-errors";
import { backoffDelay } from "./backoff";
import { parseEnvelope } from "./envelope";
import { idempotencyKey } from "./idempotency-key";
import { InviteAnswerSchema, inviteRequest, rowOutcomes } from "./invite-adapter";
import type { SplashtopSession } from "./session";
import type { PlannedRow, SkippedRow, SubmitPlan } from "./submit-plan";
import { findMembers } from "./team-members";
import { foldKey } from "../invites/text";

export type RowResult = {
  index: number;
  rowNumber: number;
  account: string;
  status: RowStatus;
  /** What goes into the Status cell. */
  text: string;
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
  alreadyInvited: number;
  /** Rows of the plan with no result (cancelled or stopped before they were sent). */
  notSent: number;
  /** Invite calls sent (retries included), retries (of any call), and checks of the team's users. */
  inviteCalls: number;
  retries: number;
  checks: number;
};

export const DEFAULT_BATCH_SIZE = 50;

type BatchEnd = { kind: "next" } | { kind: "cancelled" } | { kind: "stopped"; reason: string };

export async function submitInvites(session: SplashtopSession, plan: SubmitPlan, options: SubmitOptions): Promise<SubmitReport> {
  const { client, teamId, inviteAdapter } = session;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batch size must be a positive integer, got ${batchSize}`);
  const signal = options.signal;
  const retriesBefore = client.counters.retries;
  const report: SubmitReport = {
    outcome: "done", invited: 0, failed: 0, unconfirmed: 0, skipped: 0, alreadyInvited: plan.alreadyInvited.length,
    notSent: 0, inviteCalls: 0, retries: 0, checks: 0,
  };
  const reported = new Set<number>();

  const emit = (row: PlannedRow | SkippedRow, status: RowStatus) => {
    if (reported.has(row.index)) throw new Error(`row ${row.rowNumber} was given two results`);
    reported.add(row.index);
    if (status.kind === "invited") report.invited++;
    else if (status.kind === "skipped") report.skipped++;
    else {
      report.failed++;
      if (status.reason === UNCONFIRMED_REASON) report.unconfirmed++;
    }
    const account = "row" in row ? row.row.account : row.account;
    options.onRowResult({ index: row.index, rowNumber: row.rowNumber, account, status, text: formatRowStatus(status) });
  };
  const aborted = () => signal?.aborted === true;

  /** Rows of `rows` now on the team get Invited; the others are returned. Throws when the check fails. */
  const settleMembers = async (rows: readonly PlannedRow[]): Promise<PlannedRow[]> => {
    report.checks++;
    const members = await findMembers(client, inviteAdapter, teamId, rows.map((r) => r.row.account), signal);
    const rest: PlannedRow[] = [];
    for (const row of rows) {
      if (members.has(foldKey(row.row.account))) emit(row, { kind: "invited" });
      else rest.push(row);
    }
    return rest;
  };

  const unconfirmed = (rows: readonly PlannedRow[]) => rows.forEach((row) => emit(row, { kind: "failed", reason: UNCONFIRMED_REASON }));
  const failAll = (rows: readonly PlannedRow[], reason: string) => rows.forEach((row) => emit(row, { kind: "failed", reason }));

  async function sendBatch(batch: readonly PlannedRow[]): Promise<BatchEnd> {
    let pending = batch.slice();
    // True while a request for `pending` may have been applied without our knowing.
    let ambiguous = false;
    for (let attempt = 1; ; attempt++) {
      if (ambiguous) {
        try {
          pending = await settleMembers(pending);
        } catch (error) {
          if (!(error instanceof SplashtopError) && !aborted()) throw error;
          unconfirmed(pending);
          if (aborted()) return { kind: "cancelled" };
          return { kind: "stopped", reason: messageOf(error) };
        }
        ambiguous = false;
        if (pending.length === 0) return { kind: "next" };
      }
      const rows = pending.map((p) => p.row);
      const key = await idempotencyKey(teamId, rows);
      let outcome;
      try {
        outcome = await client.attempt(inviteRequest(inviteAdapter, teamId, rows, key), signal);
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
        const outcomes = rowOutcomes(answer, pending.map((p) => p.row.account));
        const missing: PlannedRow[] = [];
        pending.forEach((row, i) => {
          const result = outcomes[i];
          if (result?.kind === "invited") emit(row, { kind: "invited" });
          else if (result?.kind === "rejected") emit(row, { kind: "failed", reason: describeResultCode(result.code, result.message) });
          else missing.push(row);
        });
        if (missing.length === 0) return { kind: "next" };
        pending = missing;
        ambiguous = true; // the answer left these rows out: check them like an unanswered request
        continue;
      }
      if (verdict.kind === "fail") {
        // A whole-request refusal (token, permission, path): every batch would get the same.
        if (!verdict.error.detail.tokenProblem) failAll(pending, verdict.error.message);
        return { kind: "stopped", reason: verdict.error.message };
      }
      if (verdict.ambiguous) ambiguous = true;
      if (attempt >= client.retry.maxAttempts) {
        if (ambiguous) unconfirmed(pending);
        else failAll(pending, `${verdict.reason} Tried ${attempt} times; Submit again later.`);
        return { kind: "stopped", reason: `${verdict.reason} (tried ${attempt} times)` };
      }
      client.counters.retries++;
      try {
        await client.clock.sleep(backoffDelay(client.retry, attempt, client.random, verdict.retryAfterMs), signal);
      } catch (error) {
        if (!aborted()) throw error;
        if (ambiguous) unconfirmed(pending);
        return { kind: "cancelled" };
      }
    }
  }

  try {
    for (const row of plan.skipped) emit(row, { kind: "skipped", reason: row.reason });
    let queue = plan.send;
    const checkFirst = queue.filter((row) => row.checkFirst);
    if (checkFirst.length > 0 && !aborted()) {
      const stillOut = new Set((await settleMembers(checkFirst)).map((row) => row.index));
      queue = queue.filter((row) => !row.checkFirst || stillOut.has(row.index));
    }
    for (let start = 0; start < queue.length; start += batchSize) {
      if (aborted()) {
        report.outcome = "cancelled";
        break;
      }
      const end = await sendBatch(queue.slice(start, start + batchSize));
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
    // A failed first check, or the token refused on a check: stop with the reason, rows untouched.
    if (!(error instanceof SplashtopError) && !aborted()) throw error;
    report.outcome = aborted() ? "cancelled" : "stopped";
    if (!aborted()) report.stopReason = messageOf(error);
  }
  report.notSent = plan.send.filter((row) => !reported.has(row.index)).length;
  report.retries = client.counters.retries - retriesBefore;
  return report;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
