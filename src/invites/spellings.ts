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
export function parseLicenseType(text: string): LicenseType | null {
  return exactly(LICENSE_TYPES, LICENSE_SPELLING, text) ?? LICENSE_INDEX.get(spellingKey(text)) ?? null;
}

export function parseRole(text: string): Role | null {
  return exactly(ROLES, ROLE_SPELLING, text) ?? ROLE_INDEX.get(spellingKey(text)) ?? null;
}

/**
 * The value whose canonical spelling is `text` as written, else null. The canonical spellings are
 * by far the most common cells, and a comparison with two short strings is cheaper than hashing
 * each fresh cell for a Map.
 */
function exactly<T extends string>(values: readonly T[], spelling: Record<T, string>, text: string): T | null {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as T;
    if (spelling[value] === text) return value;
  }
  return null;
}

/** Whether `text` is a license type exactly as the importer spells it. */
export function isCanonicalLicense(text: string): boolean {
  return exactly(LICENSE_TYPES, LICENSE_SPELLING, text) !== null;
}

/** Whether `text` is a role exactly as the importer spells it. */
export function isCanonicalRole(text: string): boolean {
  return exactly(ROLES, ROLE_SPELLING, text) !== null;
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
