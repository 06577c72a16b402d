// Reading license types and roles in any spelling Splashtop uses, and the one spelling we write.
import {
  LICENSE_ALIASES,
  LICENSE_SPELLING,
  LICENSE_TYPES,
  ROLE_SPELLING,
  ROLES,
  UNSETTABLE_ROLES,
  type LicenseType,
  type Role,
} from "./importer-format";
import { spellingKey } from "./text";

const LICENSE_INDEX = new Map<string, LicenseType>(
  LICENSE_TYPES.flatMap((type) => LICENSE_ALIASES[type].map((alias) => [spellingKey(alias), type] as const)),
);
const ROLE_INDEX = new Map<string, Role>(ROLES.map((role) => [spellingKey(role), role]));
const UNSETTABLE_INDEX = new Set<string>(UNSETTABLE_ROLES.map(spellingKey));

/** The license type a cell names, or null when it names none (blank is not handled here). */
// The canonical spellings are by far the most common cell values: look them up as written first.
const EXACT_LICENSE = new Map<string, LicenseType>(LICENSE_TYPES.map((t) => [LICENSE_SPELLING[t], t]));
const EXACT_ROLE = new Map<string, Role>(ROLES.map((r) => [ROLE_SPELLING[r], r]));

export function parseLicenseType(text: string): LicenseType | null {
  return EXACT_LICENSE.get(text) ?? LICENSE_INDEX.get(spellingKey(text)) ?? null;
}

export function parseRole(text: string): Role | null {
  return EXACT_ROLE.get(text) ?? ROLE_INDEX.get(spellingKey(text)) ?? null;
}

export function isUnsettableRole(text: string): boolean {
  return UNSETTABLE_INDEX.has(spellingKey(text));
}

export function licenseSpelling(type: LicenseType): string {
  return LICENSE_SPELLING[type];
}

export function roleSpelling(role: Role): string {
  return ROLE_SPELLING[role];
}

export const ACCEPTED_LICENSE_WORDS = LICENSE_TYPES.map((t) => LICENSE_SPELLING[t]).join(" or ");
