// What a submit will do, before anything is sent: which rows go (how many of each license type),
// which are skipped and why, which are done already. Pure: the pane shows it before sending.
import { planExport } from "../invites/export-plan";
import { isError, type Finding } from "../invites/finding";
import type { LicenseType } from "../invites/importer-format";
import { emptyRow, type InviteRow } from "../invites/row";
import { parseRowStatus, UNCONFIRMED_REASON } from "../invites/row-status";
import { resolveLicense } from "../invites/rules/license-type";
import { resolveTeam, type TeamProfile } from "../invites/team-profile";
import { FIRST_DATA_ROW, validateSheet } from "../invites/validate-sheet";

export type PlannedRow = {
  index: number;
  rowNumber: number;
  /** As it will be sent: fixed spellings, canonical license type and role. */
  row: InviteRow;
  license: LicenseType;
  /** A row whose earlier request got no answer: check the team's users before sending it. */
  checkFirst: boolean;
};

export type SkippedRow = { index: number; rowNumber: number; account: string; reason: string };

export type SubmitPlan = {
  send: PlannedRow[];
  /** Rows with errors: not sent; each gets "Skipped: <reason>". */
  skipped: SkippedRow[];
  /** Indexes of rows whose Status already says Invited: left alone. */
  alreadyInvited: number[];
  byLicense: Record<LicenseType, number>;
};

export type PlanInput = {
  rows: readonly InviteRow[];
  /** Each row's current Status cell text (same indexes as rows); missing = blank. */
  statuses: readonly (string | null | undefined)[];
  profile: TeamProfile;
  firstRow?: number;
  /** "failed": only rows whose Status says Failed (Retry failed). */
  only?: "failed";
};

export function planSubmit(input: PlanInput): SubmitPlan {
  const firstRow = input.firstRow ?? FIRST_DATA_ROW;
  const team = resolveTeam(withInvitedAsMembers(input));
  const alreadyInvited: number[] = [];
  const unconfirmed = new Set<number>();
  // Rows not taken part are blanked, not removed, so row numbers stay the sheet's and done rows
  // neither count against seats nor clash as duplicates.
  const considered = input.rows.map((row, index) => {
    const status = parseRowStatus(input.statuses[index]);
    if (status?.kind === "invited") {
      alreadyInvited.push(index);
      return emptyRow();
    }
    if (input.only === "failed" && status?.kind !== "failed") return emptyRow();
    if (status?.kind === "failed" && status.reason === UNCONFIRMED_REASON) unconfirmed.add(firstRow + index);
    return row;
  });
  // An unconfirmed row may be a member now because of our own lost request: checked, not refused.
  const findings = validateSheet(considered, team, firstRow).filter((f) => !(f.code === "already-member" && unconfirmed.has(f.row)));
  const export_ = planExport(considered, findings, { skipInvalid: true, firstRow });
  if (!export_.ok) throw new Error("planExport refused with skipInvalid set");

  const byLicense: Record<LicenseType, number> = { access: 0, support: 0 };
  const send = export_.rows.map((row, i): PlannedRow => {
    const rowNumber = export_.rowNumbers[i] as number;
    const license = resolveLicense(row.licenseType, team) as LicenseType; // valid rows always resolve
    byLicense[license]++;
    return { index: rowNumber - firstRow, rowNumber, row, license, checkFirst: unconfirmed.has(rowNumber) };
  });
  const errorsByRow = groupErrors(findings);
  const skipped = export_.skipped.map((rowNumber): SkippedRow => {
    const index = rowNumber - firstRow;
    return { index, rowNumber, account: (input.rows[index]?.account ?? "").trim(), reason: skipReason(errorsByRow.get(rowNumber) ?? []) };
  });
  return { send, skipped, alreadyInvited, byLicense };
}

/**
 * Rows already Invited are members now, whatever the profile says: another row with one of those
 * addresses must be skipped as a member, never sent (a row shown as invited was invited once).
 */
function withInvitedAsMembers(input: PlanInput): TeamProfile {
  const invited = input.rows.filter((row, index) => parseRowStatus(input.statuses[index])?.kind === "invited").map((row) => row.account.trim());
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
