import type { InviteRow } from "./row";
import { isCanonicalLicense, isCanonicalRole, licenseSpelling, parseLicenseType, parseRole, roleSpelling } from "./spellings";
import { hasOuterWhitespace, looksLikeFormula } from "./text";

/**
 * The row as it goes into the file: trimmed, license type and role in the importer's spelling.
 * Blank stays blank (the defaults are Splashtop's to apply); anything unrecognised is left as
 * written (export refuses rows with errors anyway), and formula-like text is never rewritten
 * (not even trimmed: the formula-like warning promises it goes out exactly as written).
 */
export function canonicalRow(row: InviteRow): InviteRow {
  // Most rows are canonical already: settled by their cells' ends and two comparisons, and then
  // the row itself comes back, not a copy (1,000,000 rows in an export).
  if (
    !hasOuterWhitespace(row.account) &&
    !hasOuterWhitespace(row.group) &&
    !hasOuterWhitespace(row.displayName) &&
    (row.licenseType === "" || isCanonicalLicense(row.licenseType)) &&
    (row.role === "" || isCanonicalRole(row.role))
  )
    return row;
  const account = trimmed(row.account);
  const group = trimmed(row.group);
  const displayName = trimmed(row.displayName);
  const licenseType = spelt(row.licenseType, parseLicenseType, licenseSpelling);
  const role = spelt(row.role, parseRole, roleSpelling);
  const same =
    account === row.account &&
    group === row.group &&
    displayName === row.displayName &&
    licenseType === row.licenseType &&
    role === row.role;
  return same ? row : { account, group, displayName, licenseType, role };
}

/** A license type or role in the importer's spelling when it names one, else as `trimmed` leaves it. */
function spelt<T>(cell: string, parse: (text: string) => T | null, spelling: (value: T) => string): string {
  const text = hasOuterWhitespace(cell) ? cell.trim() : cell;
  const value = text ? parse(text) : null;
  return value !== null ? spelling(value) : trimmed(cell);
}

/** Trimmed, unless formula-like (kept exactly); a cell with no space at either end is itself. */
function trimmed(cell: string): string {
  return hasOuterWhitespace(cell) && !looksLikeFormula(cell) ? cell.trim() : cell;
}
