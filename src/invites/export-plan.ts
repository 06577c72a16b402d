import { canonicalRow } from "./canonical-row";
import { isError, type Finding } from "./finding";
import { applyFixes } from "./fixes";
import { isBlankRow, type InviteRow } from "./row";
import type { Surface } from "./surface";

export type ExportPlan = { ok: true; rows: InviteRow[]; rowNumbers: number[]; skipped: number[] } | { ok: false; rowsWithErrors: number[] };

/** Spelling fixes the export applies itself: the file always carries the canonical spelling. */
const SPELLING_CODES = new Set<Finding["code"]>(["non-canonical", "whitespace"]);

/**
 * Which rows go into the file, in sheet order, in canonical spelling. While errors remain the
 * export is refused, unless `skipInvalid`, and then the rows left out are named. Blank rows carry
 * nothing and are not written. On rows without errors this writes what fixAll would: the warnings'
 * fixes, one spelling per group, formula-like text as written.
 */
export function planExport(
  rows: readonly InviteRow[],
  findings: readonly Finding[],
  options: { skipInvalid: boolean; firstRow: number },
): ExportPlan {
  const errorRows = [...new Set(findings.filter(isError).map((f) => f.row))].sort((a, b) => a - b);
  if (errorRows.length && !options.skipInvalid) return { ok: false, rowsWithErrors: errorRows };
  const fixed = applyFixes(
    rows,
    findings.filter((f) => SPELLING_CODES.has(f.code)),
    options.firstRow,
  );
  const out: InviteRow[] = [];
  const rowNumbers: number[] = [];
  // errorRows is sorted: walked alongside the rows instead of a set look-up per row.
  let nextError = 0;
  for (let index = 0; index < fixed.length; index++) {
    const rowNumber = options.firstRow + index;
    while (nextError < errorRows.length && (errorRows[nextError] as number) < rowNumber) nextError++;
    const row = fixed[index] as InviteRow;
    if (errorRows[nextError] === rowNumber || isBlankRow(row)) continue;
    out.push(canonicalRow(row));
    rowNumbers.push(rowNumber);
  }
  return { ok: true, rows: out, rowNumbers, skipped: errorRows };
}

/**
 * Why no file is written, in the words of the surface that shows it, or null when the plan has
 * rows to write. The pane and `invite-sheet export` refuse the same plans for the same reasons.
 */
export function exportRefusal(plan: ExportPlan, surface: Surface): string | null {
  if (!plan.ok) {
    const which = `${describeRows(plan.rowsWithErrors)} ${plan.rowsWithErrors.length === 1 ? "has" : "have"} errors`;
    return surface === "pane"
      ? `Export is blocked: ${which}. Fix them, or choose "Skip invalid rows" to leave them out of the file.`
      : `Not exported: ${which}. Fix them, or add --skip-invalid to leave those rows out.`;
  }
  if (plan.rows.length > 0) return null;
  if (plan.skipped.length) return `Nothing to export: every row has errors (${describeRows(plan.skipped)}).`;
  return surface === "pane" ? "Nothing to export: the invite table has no rows yet." : "Nothing to export: the file has no rows of people.";
}

/** " Left out rows 3 and 5 (errors)." after an export that skipped rows, or "". */
export function leftOutNote(plan: ExportPlan): string {
  return plan.ok && plan.skipped.length ? ` Left out ${describeRows(plan.skipped)} (errors).` : "";
}

/** "row 4" / "rows 4, 9, 12" / "rows 4, 9, ... and 30 more": the first `max` row numbers, then how many more. */
export function describeRows(rowNumbers: readonly number[], max = 12): string {
  if (rowNumbers.length === 0) return "no rows";
  const shown = rowNumbers.slice(0, max).join(", ");
  const more = rowNumbers.length > max ? ` and ${rowNumbers.length - max} more` : "";
  return `${rowNumbers.length === 1 ? "row" : "rows"} ${shown}${more}`;
}
