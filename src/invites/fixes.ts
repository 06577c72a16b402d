import type { Finding } from "./finding";
import { withValue, type InviteRow } from "./row";

/**
 * Applies each finding's fix to its cell. Where a cell has two, a whitespace fix (the value
 * trimmed) yields to the other, which is trimmed too and also spelt right (a new group's first
 * spelling, a canonical license type); otherwise the first wins. Rows are neither dropped nor
 * reordered; only cells with a fix change.
 */
export function applyFixes(rows: readonly InviteRow[], findings: readonly Finding[], firstRow: number): InviteRow[] {
  const result = rows.slice();
  const chosen = new Map<string, Finding>();
  for (const f of findings) {
    if (f.fix === undefined || f.column === null) continue;
    const cell = `${f.row}:${f.column}`;
    const other = chosen.get(cell);
    if (!other || (other.code === "whitespace" && f.code !== "whitespace")) chosen.set(cell, f);
  }
  for (const f of chosen.values()) {
    const index = f.row - firstRow;
    const row = result[index];
    if (row && f.column !== null && f.fix !== undefined) result[index] = withValue(row, f.column, f.fix);
  }
  return result;
}

export function fixableFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.fix !== undefined && f.column !== null);
}
