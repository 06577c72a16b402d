// What a submit will do, before anything is sent (pure; the pane shows it, and makes it again from
// the sheet at Confirm). Every row is judged by its person's record, not by its Status text:
//   - a record that still matches the row and says Invited: done, not sent;
//   - a matching failure that sending again cannot change (seats, permissions) while the team
//     profile is the same: left out, with the reason;
//   - everything else that passes the rules is sent, after the team's members are checked
//     (a record lost with a crashed pane must not become a second invite);
//   - rows with errors are skipped with their first problem as the reason.
import {
  emptyRow,
  isError,
  isUnconfirmed,
  planExport,
  recordKey,
  recordMatches,
  resolveLicense,
  resolveTeam,
  rowFingerprint,
  validateSheet,
  valueFingerprint,
  FIRST_DATA_ROW,
  type Finding,
  type InviteRow,
  type LicenseType,
  type SubmitRecord,
  type TeamProfile,
} from "../invites";

/** What a row's check against the team's members leads to when the address is already on it. */
export type IfMember =
  /** Our own earlier request may have done it (no answer came): the row was invited. */
  | "invited"
  /** Someone is on the team already: not sent, and said so. */
  | "skipped"
  /** The row was invited, then changed: the invite stands as it was sent; nothing new to record. */
  | "keep";

export type PlannedRow = {
  index: number;
  rowNumber: number;
  /** As it will be sent: trimmed, canonical license type and role. */
  row: InviteRow;
  license: LicenseType;
  /** The fingerprint the result will carry (see submit-record.ts). */
  fingerprint: string;
  /** The attempt this row's request belongs to: an unconfirmed row keeps its earlier one. */
  attempt: string;
  ifMember: IfMember;
};

/**
 * A row with errors. `keep`: whether its result can be kept as its address's record (not for a
 * blank address, nor for a repeat of an address an earlier row has: that record is the earlier row's).
 */
export type SkippedRow = { index: number; rowNumber: number; account: string; fingerprint: string; reason: string; keep: boolean };

/** A failed row that is not sent again, and why. */
export type LeftRow = { index: number; rowNumber: number; account: string; reason: string };

export type SubmitPlan = {
  /** The user-started run these requests belong to (part of every new request's idempotency key). */
  attempt: string;
  /** Fingerprint of the team profile the plan was made with. */
  team: string;
  send: PlannedRow[];
  /** Rows with errors: not sent; each gets "Skipped: <reason>". */
  skipped: SkippedRow[];
  /** Failures that sending again cannot change: not sent, and the reason. */
  leftOut: LeftRow[];
  /** Rows whose address was invited (their record still matches): left alone. */
  alreadyInvited: number;
  byLicense: Record<LicenseType, number>;
};

export type PlanInput = {
  rows: readonly InviteRow[];
  /** Submit records by folded address (the workbook keeps them). */
  records: ReadonlyMap<string, SubmitRecord>;
  profile: TeamProfile;
  firstRow?: number;
  /** A fresh id for this user-started run (crypto.randomUUID in the pane). */
  attempt: string;
  /** "failed": only rows whose record is a failure, as it stands or changed since (Retry failed). */
  only?: "failed";
};

/** A row of the sheet and whether it takes part, from its record. */
type Judged = {
  row: InviteRow;
  consider: boolean;
  invited?: boolean;
  left?: string;
  record?: SubmitRecord;
  /** Its record still matches it and says its request got no answer. */
  unconfirmed?: boolean;
};

export function planSubmit(input: PlanInput): SubmitPlan {
  const firstRow = input.firstRow ?? FIRST_DATA_ROW;
  const teamPrint = valueFingerprint(input.profile);
  // A record speaks for the first row of its address; a later row is a duplicate (an error).
  const firstOf = new Map<string, number>();
  input.rows.forEach((row, i) => {
    const key = recordKey(row.account);
    if (key && !firstOf.has(key)) firstOf.set(key, i);
  });
  const judged = input.rows.map((row, i): Judged =>
    firstOf.get(recordKey(row.account)) === i ? judge(row, input, teamPrint) : { row, consider: true },
  );
  const judgedAt = (rowNumber: number): Judged => {
    const j = judged[rowNumber - firstRow];
    if (!j) throw new Error(`planSubmit: row ${rowNumber} is not in the sheet`);
    return j;
  };
  const team = resolveTeam(withInvitedAsMembers(input, judged));
  // Rows not taken part are blanked, not removed, so row numbers stay the sheet's and done rows
  // neither count against seats nor clash as duplicates.
  const considered = judged.map((j) => (j.consider ? j.row : emptyRow()));
  // A row whose request got no answer may be a member because of that very request: the team
  // check decides, not the profile.
  const unconfirmed = new Set(judged.flatMap((j, i) => (j.unconfirmed ? [firstRow + i] : [])));
  const findings = validateSheet(considered, team, firstRow).filter((f) => !(f.code === "already-member" && unconfirmed.has(f.row)));
  const exported = planExport(considered, findings, { skipInvalid: true, firstRow });
  if (!exported.ok) throw new Error("planExport refused with skipInvalid set");

  const byLicense: Record<LicenseType, number> = { access: 0, support: 0 };
  const send = exported.rows.map((row, k): PlannedRow => {
    const rowNumber = exported.rowNumbers[k];
    if (rowNumber === undefined) throw new Error("planExport gave a row without its row number");
    const index = rowNumber - firstRow;
    const license = resolveLicense(row.licenseType, team) as LicenseType; // valid rows always resolve
    byLicense[license]++;
    const { row: sheetRow, record, unconfirmed } = judgedAt(rowNumber);
    return {
      index,
      rowNumber,
      row,
      license,
      fingerprint: rowFingerprint(sheetRow),
      attempt: unconfirmed ? (record as SubmitRecord).attempt : input.attempt,
      ifMember: unconfirmed ? "invited" : record?.result.kind === "invited" ? "keep" : "skipped",
    };
  });
  const errorsByRow = groupErrors(findings);
  const skipped = exported.skipped.map((rowNumber): SkippedRow => {
    const index = rowNumber - firstRow;
    const { row } = judgedAt(rowNumber);
    const key = recordKey(row.account);
    const keep = key !== "" && firstOf.get(key) === index;
    return {
      index,
      rowNumber,
      account: row.account.trim(),
      fingerprint: rowFingerprint(row),
      reason: skipReason(errorsByRow.get(rowNumber) ?? []),
      keep,
    };
  });
  const leftOut: LeftRow[] = [];
  let alreadyInvited = 0;
  judged.forEach((j, index) => {
    if (j.invited) alreadyInvited++;
    if (j.left) leftOut.push({ index, rowNumber: firstRow + index, account: j.row.account.trim(), reason: j.left });
  });
  return { attempt: input.attempt, team: teamPrint, send, skipped, leftOut, alreadyInvited, byLicense };
}

/** Whether a row takes part, from its record (matching, stale or none) and the run's scope. */
function judge(row: InviteRow, input: PlanInput, teamPrint: string): Judged {
  const key = recordKey(row.account);
  const record = key ? input.records.get(key) : undefined;
  const current = record !== undefined && recordMatches(record, row);
  const unconfirmed = current && isUnconfirmed(record.result);
  if (current && record.result.kind === "invited") return { row, consider: false, invited: true, record };
  const failed = current && record.result.kind === "failed";
  // Retry failed: failures, including rows changed since they failed (fixed by the user).
  if (input.only === "failed" && record?.result.kind !== "failed") return { row, consider: false };
  if (failed && !canSucceedAgain(record, teamPrint)) {
    return {
      row,
      consider: false,
      left: `${record.result.kind === "failed" ? record.result.reason : ""} Sending it again would fail the same way: change the row, or the team (seats, role), first.`.trim(),
      record,
      unconfirmed,
    };
  }
  return record ? { row, consider: true, record, unconfirmed } : { row, consider: true };
}

function canSucceedAgain(record: SubmitRecord, teamPrint: string): boolean {
  return record.retry === "yes" || (record.retry === "if-team-changes" && record.team !== teamPrint);
}

/**
 * Addresses invited earlier are members now, whatever the profile says: another row with one of
 * them must be skipped as a member, never sent (a row shown as invited was invited once). A row
 * that was invited and then changed is the exception: it goes to the team check instead.
 */
function withInvitedAsMembers(input: PlanInput, judged: readonly Judged[]): TeamProfile {
  const stale = new Set(judged.flatMap((j) => (j.consider && j.record?.result.kind === "invited" ? [recordKey(j.row.account)] : [])));
  const invited = [...input.records.values()]
    .filter((r) => r.result.kind === "invited" && !stale.has(recordKey(r.account)))
    .map((r) => r.account);
  if (!invited.length) return input.profile;
  return { ...input.profile, existingMembers: [...(input.profile.existingMembers ?? []), ...invited] };
}

function groupErrors(findings: readonly Finding[]): Map<number, Finding[]> {
  const byRow = new Map<number, Finding[]>();
  for (const f of findings) {
    if (!isError(f)) continue;
    byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
  }
  return byRow;
}

/** The first problem in the row's words, and how many more there are. */
function skipReason(errors: readonly Finding[]): string {
  const first = errors[0];
  if (!first) return "the row has an error";
  const more = errors.length - 1;
  return more > 0 ? `${first.message} (and ${more} more problem${more === 1 ? "" : "s"})` : first.message;
}
