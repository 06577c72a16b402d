import type { Finding } from "../finding";
import type { InviteRow } from "../row";
import type { Team } from "../team-profile";

/** A rule that looks at one row alone; it appends what it finds to `out`. */
export type RowRule = (row: InviteRow, rowNumber: number, team: Team, out: Finding[]) => void;

/** Quotes a user's value in a message, shortened so a Status cell stays readable. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return `"${shown}"`;
}
