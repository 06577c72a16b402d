// Idempotency-Key of an invite request: derived from the team and the batch's rows (each row's
// account, and the rest of the row, so a row edited between two runs is a new request rather than
// a clash with the old key). The same batch re-sent after a crash or a lost answer carries the
// same key. Web Crypto runs in the browser and in Node 20 alike.
import type { InviteRow } from "../invites/row";
import { foldKey } from "../invites/text";

export async function idempotencyKey(teamId: string, rows: readonly InviteRow[]): Promise<string> {
  const lines = rows.map((row) => [foldKey(row.account), row.displayName, row.group, row.licenseType, row.role].join("\t"));
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode([teamId, ...lines].join("\n")));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `invite-sheet-${hex}`;
}
