// What the Status of a row says about its person's submit record (pure): the result while the row
// still says what was sent, a note once it changed, nothing for a repeat of the address (that row
// is a duplicate; the record is its first row's). And the team rows are checked against.
import {
  parseRowStatus,
  recordKey,
  recordMatches,
  recordStatusText,
  rowFingerprint,
  type InviteRow,
  type SubmitRecord,
  type ResolvedTeam,
} from "../../invites";
import type { RecordBook } from "../results/results-sheet";
import type { ResultText } from "./sheet-view";

export function resultTextFor(book: () => RecordBook, firstRowOf: (key: string) => number | undefined): ResultText {
  return (index, row) => {
    const key = recordKey(row.account);
    const stored = key ? book().byKey.get(key) : undefined;
    if (!stored || firstRowOf(key) !== index) return null;
    const text = recordStatusText(stored.record, row);
    if (text === null) return null;
    return { kind: recordMatches(stored.record, row) ? "result" : "note", text };
  };
}

/**
 * The team the rows are checked against: the profile's, except that someone this workbook invited
 * is not "already a member" on their own row (a profile read from Splashtop after the invites
 * lists them): their row says Invited instead.
 */
export function checkedTeam(profileTeam: ResolvedTeam, book: RecordBook): ResolvedTeam {
  const invited = [...book.byKey.values()].filter((s) => s.record.result.kind === "invited").map((s) => recordKey(s.record.account));
  if (!invited.some((key) => profileTeam.existingMembers.has(key))) return profileTeam;
  const members = new Set(profileTeam.existingMembers);
  for (const key of invited) members.delete(key);
  return { ...profileTeam, existingMembers: members };
}

/**
 * Status cells holding a result with no record behind it (a workbook submitted by an earlier
 * version): the result is taken as it stands, for the row as it is now.
 */
export function legacyRecords(book: RecordBook, rows: readonly InviteRow[], statuses: readonly string[], at: string): SubmitRecord[] {
  const out = new Map<string, SubmitRecord>();
  rows.forEach((row, i) => {
    const result = parseRowStatus(statuses[i]);
    const key = recordKey(row.account);
    if (!result || !key || book.byKey.has(key) || out.has(key)) return;
    out.set(key, {
      account: row.account.trim(),
      fingerprint: rowFingerprint(row),
      result,
      retry: result.kind === "invited" ? "no" : "yes",
      attempt: "",
      team: "",
      at,
    });
  });
  return [...out.values()];
}
