import type { Finding } from "../finding";
import type { InviteRow } from "../row";
import type { Surface } from "../surface";
import type { ResolvedTeam } from "../team-profile";
import { looksLikeFormula, quote as quoteText } from "../text";

/** A rule that looks at one row alone; it appends what it finds to `out`, worded for `surface`. */
export type RowRule = (row: InviteRow, rowNumber: number, team: ResolvedTeam, out: Finding[], surface: Surface) => void;

/** Quotes a user's value in a message, shortened so a Status cell stays readable. */
export function quote(value: string): string {
  return quoteText(value, 60);
}

/**
 * The fix a rule may offer for a cell, or none when the cell looks like a formula: fix and
 * export never rewrite such text, so the formula-like warning's "exported exactly as written"
 * holds (issue #10).
 */
export function fixFor(cell: string, fix: string): string | undefined {
  return looksLikeFormula(cell) ? undefined : fix;
}
