// The reliability tests' sheet: sampleSheet's clean rows with `invalid` rows made invalid in
// known ways (every kind an error the rules and the sandbox both refuse).
import { sampleSheet, type InviteRow } from "../../../src/invites";

type Breaker = { reason: RegExp; apply(row: InviteRow, earlier: InviteRow): InviteRow };

const BREAKERS: readonly Breaker[] = [
  { reason: /missing the end of the domain/, apply: (row) => ({ ...row, account: row.account.replace("@example.com", "@example") }) },
  { reason: /Splashtop account is empty/, apply: (row) => ({ ...row, account: "" }) },
  // On a re-run the first of the two may be invited already: then the second is "already a member".
  {
    reason: /is already in row \d+|is already a member of your team/,
    apply: (row, earlier) => ({ ...row, account: earlier.account.toUpperCase() }),
  },
  { reason: /"Premium" is not a license type/, apply: (row) => ({ ...row, licenseType: "Premium" }) },
  { reason: /cannot be set by an invite/, apply: (row) => ({ ...row, role: "Owner" }) },
  { reason: /zero-width space/, apply: (row) => ({ ...row, displayName: `${row.displayName}\u200b` }) },
];

export type InviteList = { rows: InviteRow[]; invalid: Map<number, RegExp>; validAccounts: Set<string> };

export function inviteList(count: number, invalid: number, seed: number): InviteList {
  const { rows } = sampleSheet(count, 0, seed);
  const every = Math.floor(count / invalid);
  const broken = new Map<number, RegExp>();
  for (let n = 0; n < invalid; n++) {
    const index = n * every + every - 1;
    const breaker = BREAKERS[n % BREAKERS.length] as Breaker;
    // Duplicates copy a row that stays valid (the one just before this one's block).
    rows[index] = breaker.apply(rows[index] as InviteRow, rows[index - 1] as InviteRow);
    broken.set(index, breaker.reason);
  }
  const validAccounts = new Set(rows.filter((_, i) => !broken.has(i)).map((row) => row.account.toLowerCase()));
  return { rows, invalid: broken, validAccounts };
}
