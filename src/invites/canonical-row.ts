import { LICENSE_TYPES, ROLES } from "./importer-format";
import type { InviteRow } from "./row";
import { licenseSpelling, parseLicenseType, parseRole, roleSpelling } from "./spellings";
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
    isBlankOrOneOf(row.licenseType, LICENSE_SPELLINGS) &&
    isBlankOrOneOf(row.role, ROLE_SPELLINGS)
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

const LICENSE_SPELLINGS: readonly string[] = LICENSE_TYPES.map(licenseSpelling);
const ROLE_SPELLINGS: readonly string[] = ROLES.map(roleSpelling);

/** "" or exactly one of the importer's spellings: what spelt() leaves as it is without looking further. */
function isBlankOrOneOf(cell: string, spellings: readonly string[]): boolean {
  if (cell === "") return true;
  for (let i = 0; i < spellings.length; i++) if (spellings[i] === cell) return true;
  return false;
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
