// Test helper: validate a few rows written as partial objects, against a team profile.
import { emptyRow, resolveTeam, validateSheet, type Finding, type InviteRow, type TeamProfile } from "../../src/invites";

export function rows(...partial: Partial<InviteRow>[]): InviteRow[] {
  return partial.map((p) => ({ ...emptyRow(), ...p }));
}

export function check(input: Partial<InviteRow>[], profile: TeamProfile = {}): Finding[] {
  return validateSheet(rows(...input), resolveTeam(profile));
}

/** "row:code" for each finding: compact, readable expectations. */
export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.row}:${f.code}`);
}

export const ok = (account: string, more: Partial<InviteRow> = {}): Partial<InviteRow> => ({ account, ...more });
