// Fix all: the CLI's `fix` and the pane's Fix all, one function. A fix can reveal another (an
// address cleaned of a pasted name now comes first and spells the group), so the safe fixes are
// applied round after round until a check offers none that changes a cell: a fixed point.
import { COLUMN_KEYS } from "./columns";
import type { Finding } from "./finding";
import { applyFixes, fixableFindings } from "./fixes";
import type { InviteRow } from "./row";
import type { ResolvedTeam } from "./team-profile";
import { validateSheet, type CheckOptions } from "./validate-sheet";

export type FixAllResult = {
  /** Every row, in its place; only cells with a safe fix differ. */
  rows: InviteRow[];
  /** Cells whose text changed. */
  cells: number;
  /** The check of `rows`, as they are now. */
  findings: Finding[];
};

/** Rounds are few (each settles a kind of fix); more means two fixes undo each other: a bug. */
const MAX_ROUNDS = 8;

/**
 * Applies every safe fix until none is left that changes a cell. Rows the reader flagged
 * (`options.readFindings`, a file row with values past the header) get no fixes: the check offers
 * none there, so they stay exactly as read.
 */
export function fixAll(rows: readonly InviteRow[], team: ResolvedTeam, firstRow: number, options: CheckOptions = {}): FixAllResult {
  let current = rows.slice();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const findings = validateSheet(current, team, firstRow, options);
    const fixable = fixableFindings(findings);
    const next = fixable.length ? applyFixes(current, fixable, firstRow) : current;
    if (changedCells(current, next) === 0) return { rows: current, cells: changedCells(rows, current), findings };
    current = next;
  }
  throw new Error(`fixAll: the fixes did not settle after ${MAX_ROUNDS} rounds`);
}

function changedCells(before: readonly InviteRow[], after: readonly InviteRow[]): number {
  let cells = 0;
  for (const [i, b] of after.entries()) {
    const a = before[i];
    if (a === b) continue;
    for (const key of COLUMN_KEYS) if (!a || a[key] !== b[key]) cells++;
  }
  return cells;
}
