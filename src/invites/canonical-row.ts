import type { InviteRow } from "./row";
import { licenseSpelling, parseLicenseType, parseRole, roleSpelling } from "./spellings";
import { looksLikeFormula } from "./text";

/**
 * The row as it goes into the file: trimmed, license type and role in the importer's spelling.
 * Blank stays blank (the defaults are Splashtop's to apply); anything unrecognised is left as
 * written (export refuses rows with errors anyway), and formula-like text is never rewritten
 * (not even trimmed: the formula-like warning promises it goes out exactly as written).
 */
export function canonicalRow(row: InviteRow): InviteRow {
  const licenseType = row.licenseType.trim();
  const role = row.role.trim();
  const license = licenseType ? parseLicenseType(licenseType) : null;
  const parsedRole = role ? parseRole(role) : null;
  return {
    account: trimmed(row.account),
    group: trimmed(row.group),
    displayName: trimmed(row.displayName),
    licenseType: license ? licenseSpelling(license) : trimmed(row.licenseType),
    role: parsedRole ? roleSpelling(parsedRole) : trimmed(row.role),
  };
}

function trimmed(cell: string): string {
  return looksLikeFormula(cell) ? cell : cell.trim();
}
