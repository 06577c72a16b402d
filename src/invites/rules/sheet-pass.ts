import type { Finding } from "../finding";
import type { InviteRow } from "../row";
import type { Surface } from "../surface";
import type { ResolvedTeam } from "../team-profile";

/** Per-row flags shared by the passes: blank rows are skipped; ERROR marks rows with an error. */
export const BLANK = 1;
export const ERROR = 2;

/** What a sheet-wide rule sees: every row, each row's flags, and a way to add findings. */
export type SheetState = {
  rows: readonly InviteRow[];
  firstRow: number;
  team: ResolvedTeam;
  flags: Uint8Array;
  /** Whose words the messages use. */
  surface: Surface;
  add(index: number, f: Finding): void;
};

/** A rule over the whole sheet, in sheet order, using indexes (never pairwise). */
export type SheetPass = (sheet: SheetState) => void;

/** True for rows a pass should look at: not blank and, where asked, without errors so far. */
export function usable(sheet: SheetState, index: number, withoutErrors: boolean): boolean {
  const flags = sheet.flags[index] as number;
  return (flags & BLANK) === 0 && (!withoutErrors || (flags & ERROR) === 0);
}
