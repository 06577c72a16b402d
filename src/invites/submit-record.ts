// What a submit result is about: a result belongs to a person, not to a row number. Each record
// keeps the address it was sent for and a fingerprint of the rest of what was sent (license type,
// role, group, display name), so a row shows the result only while it still says what was sent;
// once it changes, the result is stale and the row is checked (and sent) again. Pure: the workbook
// keeps records on its hidden sheet, the submit engine makes them.
import * as z from "zod/mini";
import { canonicalRow } from "./canonical-row";
import type { InviteRow } from "./row";
import { formatRowStatus, parseRowStatus, RowStatusSchema } from "./row-status";
import { foldKey } from "./text";

/**
 * Whether sending again can change the outcome: "yes" (the request never got a clear answer:
 * network, rate limit, server error, no answer), "if-team-changes" (Splashtop refused the row for
 * the team's state: seats, permissions, groups), "no" (the row itself is wrong, or it went through).
 */
const RetrySchema = z.enum(["yes", "if-team-changes", "no"]);
export type Retry = z.infer<typeof RetrySchema>;

const SubmitRecordSchema = z.object({
  /** The address as sent (trimmed). Records are looked up by its folded form. */
  account: z.string().check(z.minLength(1)),
  fingerprint: z.string(),
  result: RowStatusSchema,
  retry: RetrySchema,
  /** The attempt whose request produced this result; an unconfirmed row is re-sent under it. */
  attempt: z.string(),
  /** Fingerprint of the team profile the row was checked against (Retry failed after it changes). */
  team: z.string(),
  /** ISO time the result was recorded. */
  at: z.string(),
});
export type SubmitRecord = z.infer<typeof SubmitRecordSchema>;

const SEPARATOR = "\u001f";

/** The fields besides the address, as Splashtop sees them: spellings and case that mean the same match. */
export function rowFingerprint(row: InviteRow): string {
  const sent = canonicalRow(row);
  return [sent.licenseType, sent.role, foldKey(sent.group), sent.displayName].join(SEPARATOR);
}

/** The fields that differ between what was sent and a row now (for plain words). */
function changedFields(record: SubmitRecord, row: InviteRow): string[] {
  const names = ["License type", "Role", "Group", "Display name"];
  const was = record.fingerprint.split(SEPARATOR);
  const now = rowFingerprint(row).split(SEPARATOR);
  return names.filter((_, i) => was[i] !== now[i]);
}

export function recordKey(account: string): string {
  return foldKey(account);
}

/** Whether the record still describes this row (same person, same request). */
export function recordMatches(record: SubmitRecord, row: InviteRow): boolean {
  return recordKey(record.account) === recordKey(row.account) && record.fingerprint === rowFingerprint(row);
}

/** What a row's Status says about its record: the result while it matches, a plain note once stale. */
export function recordStatusText(record: SubmitRecord, row: InviteRow): string | null {
  if (recordMatches(record, row)) return formatRowStatus(record.result);
  // Only an invite leaves something behind worth saying: the person is on the team.
  if (record.result.kind !== "invited") return null;
  const fields = changedFields(record, row);
  return `Changed since it was invited (${fields.join(", ")}): Splashtop has the invite as it was sent; Submit checks this row again.`;
}

/** The cells of a record on the hidden sheet, in a fixed order (see RECORD_COLUMNS). */
export function recordCells(record: SubmitRecord): string[] {
  return [record.account, record.fingerprint, formatRowStatus(record.result), record.retry, record.attempt, record.team, record.at];
}

export const RECORD_COLUMNS = ["Account", "Fingerprint", "Result", "Retry", "Attempt", "Team", "At"] as const;

/** A record read back from cells, or null when the cells do not hold one (blank, edited by hand). */
export function recordFromCells(cells: readonly string[]): SubmitRecord | null {
  const [account, fingerprint, resultText, retry, attempt, team, at] = cells;
  const result = parseRowStatus(resultText);
  const parsed = SubmitRecordSchema.safeParse({ account: account?.trim(), fingerprint, result, retry, attempt, team, at });
  return parsed.success ? parsed.data : null;
}

/** A short, stable fingerprint of a JSON-able value (a team profile), for "did it change since". */
export function valueFingerprint(value: unknown): string {
  const text = JSON.stringify(value, Object.keys(flatten(value)).sort());
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function flatten(value: unknown, out: Record<string, true> = {}): Record<string, true> {
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out[k] = true;
      flatten(v, out);
    }
  }
  return out;
}
