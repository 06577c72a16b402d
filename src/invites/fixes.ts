import type { Finding } from "./finding";
import { withValue, type InviteRow } from "./row";

/**
 * Applies each finding's fix to its cell (the first fix wins where a cell has two). Rows are
 * neither dropped nor reordered; only cells with a fix change.
 */
export function applyFixes(rows: readonly InviteRow[], findings: readonly Finding[], firstRow: number): InviteRow[] {
  const result = rows.slice();
  const done = new Set<string>();
  for (const f of findings) {
    if (f.fix === undefined || f.column === null) continue;
    const cell = `${f.row}:${f.column}`;
    const index = f.row - firstRow;
    const row = result[index];
    if (done.has(cell) || !row) continue;
    done.add(cell);
    result[index] = withValue(row, f.column, f.fix);
  }
  return result;
}

export function fixableFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.fix !== undefined && f.column !== null);
}
