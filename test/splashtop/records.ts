// Submit results kept by person, as the workbook keeps them (src/workbook/results), for tests that
// drive the client without a workbook: a map by folded address, and a row's Status from it.
import { formatRowStatus, recordKey, recordMatches, type InviteRow, type SubmitRecord } from "../../src/invites";
import type { RowResult } from "../../src/splashtop";

export type Records = Map<string, SubmitRecord>;

export function keep(records: Records, result: RowResult, team = ""): void {
  if (!result.keep) return;
  records.set(recordKey(result.account), {
    account: result.account.trim(),
    fingerprint: result.fingerprint,
    result: result.status,
    retry: result.retry,
    attempt: result.attempt,
    team,
    at: "2026-12-01T00:00:00Z",
  });
}

/** The Status a row shows: its record's result while it matches the row, else nothing. */
export function statusOf(records: Records, row: InviteRow): string {
  const record = records.get(recordKey(row.account));
  return record && recordMatches(record, row) ? formatRowStatus(record.result) : "";
}
