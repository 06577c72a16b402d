import type { InviteRow } from "./row";
import { licenseSpelling, parseLicenseType, parseRole, roleSpelling } from "./spellings";

/**
 * The row as it goes into the file: trimmed, license type and role in the importer's spelling.
 * Blank stays blank (the defaults are Splashtop's to apply); anything unrecognised is left as
 * written (export refuses rows with errors anyway), and nothing else is altered.
 */
export function canonicalRow(row: InviteRow): InviteRow {
  const licenseType = row.licenseType.trim();
  const role = row.role.trim();
  const license = licenseType ? parseLicenseType(licenseType) : null;
  const parsedRole = role ? parseRole(role) : null;
  return {
    account: row.account.trim(),
    group: row.group.trim(),
    displayName: row.displayName.trim(),
    licenseType: license ? licenseSpelling(license) : licenseType,
    role: parsedRole ? roleSpelling(parsedRole) : role,
  };
}
