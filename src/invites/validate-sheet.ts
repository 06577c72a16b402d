import { columnIndex } from "./columns";
import { type Finding } from "./finding";
import { isBlankRow, type InviteRow } from "./row";
import { checkAccount } from "./rules/account";
import { checkDisplayName } from "./rules/display-name";
import { findDuplicateAccounts } from "./rules/duplicate-accounts";
import { checkGroup } from "./rules/group";
import { findGroupLimit } from "./rules/group-limit";
import { checkLicenseType } from "./rules/license-type";
import { checkRole } from "./rules/role";
import type { RowRule } from "./rules/rule";
import { findSeatLimit } from "./rules/seat-limit";
import { BLANK, ERROR, type SheetPass, type SheetState } from "./rules/sheet-pass";
import { checkTextHygiene } from "./rules/text-hygiene";
import type { Surface } from "./surface";
import type { ResolvedTeam } from "./team-profile";

/** Header is row 1, so the first data row is row 2 (a sheet's row numbers, as the user sees them). */
export const FIRST_DATA_ROW = 2;

// Column rules first: text hygiene skips a whitespace fix where a column rule already offers one.
const ROW_RULES: readonly RowRule[] = [checkAccount, checkGroup, checkDisplayName, checkLicenseType, checkRole, checkTextHygiene];
// Order matters: seat-limit counts only rows left without errors by every earlier rule.
const SHEET_PASSES: readonly SheetPass[] = [findDuplicateAccounts, findGroupLimit, findSeatLimit];

/** How a check is worded, and what is already known about the rows. */
export type CheckOptions = {
  /** Whose words the messages use (default: the pane's). */
  surface?: Surface;
  /**
   * Errors found before the rules ran, by whoever read the rows (a file row with more values than
   * columns): part of the result. Such a row's values may sit in the wrong columns, so the row
   * rules skip it (no fix is offered for text that is not where it belongs), and the sheet-wide
   * passes treat it as a row with an error.
   */
  readFindings?: readonly Finding[];
};

/** Appends what the one-row rules find in a row to `out` (blank rows: nothing); returns `out`. */
export function checkRow(row: InviteRow, rowNumber: number, team: ResolvedTeam, out: Finding[] = [], surface: Surface = "pane"): Finding[] {
  if (isBlankRow(row)) return out;
  for (const rule of ROW_RULES) rule(row, rowNumber, team, out, surface);
  return out;
}

/** The flags the sheet-wide passes start from: BLANK, and ERROR where the row's own rules found one. */
function rowFlags(blank: boolean, findings: readonly Finding[], from = 0): number {
  if (blank) return BLANK;
  for (let i = from; i < findings.length; i++) if ((findings[i] as Finding).severity === "error") return ERROR;
  return 0;
}

/**
 * The sheet-wide findings (duplicates, groups, seats), in no particular order. Linear in the
 * number of rows; `flags` gains ERROR for each row a pass finds an error in.
 */
function sheetWideFindings(
  rows: readonly InviteRow[],
  flags: Uint8Array,
  team: ResolvedTeam,
  firstRow = FIRST_DATA_ROW,
  surface: Surface = "pane",
): Finding[] {
  const found: Finding[] = [];
  const state: SheetState = {
    rows,
    firstRow,
    team,
    flags,
    surface,
    add(index, f) {
      found.push(f);
      if (f.severity === "error") flags[index] = (flags[index] as number) | ERROR;
    },
  };
  for (const pass of SHEET_PASSES) pass(state);
  return found;
}

/** Every finding in the sheet, by row and then by column (whole-row findings first). */
export function validateSheet(
  rows: readonly InviteRow[],
  team: ResolvedTeam,
  firstRow = FIRST_DATA_ROW,
  options: CheckOptions = {},
): Finding[] {
  const surface = options.surface ?? "pane";
  const read = options.readFindings ?? [];
  const flags = new Uint8Array(rows.length);
  for (const f of read) {
    const index = f.row - firstRow;
    if (index >= 0 && index < rows.length) flags[index] = ERROR;
  }
  const own: Finding[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (flags[i] === ERROR) continue;
    const row = rows[i] as InviteRow;
    const before = own.length;
    const blank = isBlankRow(row);
    if (!blank) for (const rule of ROW_RULES) rule(row, firstRow + i, team, own, surface);
    flags[i] = rowFlags(blank, own, before);
  }
  const sheetWide = sheetWideFindings(rows, flags, team, firstRow, surface);
  return sortFindings(own, read.length ? [...read, ...sheetWide] : sheetWide);
}

const columnOrder = (f: Finding) => (f.column === null ? -1 : columnIndex(f.column));
const byRowThenColumn = (a: Finding, b: Finding) => a.row - b.row || columnOrder(a) - columnOrder(b);

/** Merges row findings (already in row order) with sheet-wide ones, ordered by row and column. */
export function sortFindings(inRowOrder: readonly Finding[], others: readonly Finding[]): Finding[] {
  const merged = others.length
    ? mergeByRow(
        inRowOrder,
        [...others].sort((a, b) => a.row - b.row),
      )
    : inRowOrder.slice();
  for (let start = 0; start < merged.length;) {
    let end = start + 1;
    while (end < merged.length && (merged[end] as Finding).row === (merged[start] as Finding).row) end++;
    if (end - start > 1) merged.splice(start, end - start, ...merged.slice(start, end).sort(byRowThenColumn));
    start = end;
  }
  return merged;
}

function mergeByRow(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.row <= y.row)) {
      out.push(x as Finding);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** `rows` counts people: the non-blank rows, the rows an export writes when none has an error. */
export type FindingCounts = { rows: number; errors: number; warnings: number; rowsWithErrors: number };

export function countFindings(rows: readonly InviteRow[], findings: readonly Finding[]): FindingCounts {
  const errorRows = new Set<number>();
  let errors = 0;
  for (const f of findings) {
    if (f.severity !== "error") continue;
    errors++;
    errorRows.add(f.row);
  }
  return { rows: countPeople(rows), errors, warnings: findings.length - errors, rowsWithErrors: errorRows.size };
}

/** Non-blank rows: one person each. (An index loop: it runs once per command, unoptimised, and for-of would allocate per row.) */
export function countPeople(rows: readonly InviteRow[]): number {
  let people = 0;
  for (let i = 0; i < rows.length; i++) if (!isBlankRow(rows[i] as InviteRow)) people++;
  return people;
}
