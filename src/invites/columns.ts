// The five fields of Splashtop's "Invite users using CSV" article, in the article's order.
export const COLUMN_KEYS = ["account", "group", "displayName", "licenseType", "role"] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** Header aliases, compared after `headerKey` (case, spaces and punctuation ignored). */
const HEADER_ALIASES: Record<ColumnKey, readonly string[]> = {
  account: [
    "splashtop account",
    "account",
    "email",
    "e-mail",
    "email address",
    "e-mail address",
    "mail",
    "user email",
    "username",
    "user name",
    "login",
    "upn",
    "user principal name",
  ],
  group: ["group", "group name", "user group", "splashtop group"],
  displayName: ["display name", "name", "full name", "displayname", "user display name"],
  licenseType: ["license type", "licence type", "license", "licence", "license kind", "seat type"],
  role: ["role", "user role", "team role", "permission"],
};

/** The add-in's own column in the sheet; recognised so it is never taken for user data. */
export const STATUS_HEADER = "Status";

function headerKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export type HeaderMatch = { key: ColumnKey; rank: number };

const ALIAS_INDEX = new Map<string, HeaderMatch>();
for (const key of COLUMN_KEYS) {
  HEADER_ALIASES[key].forEach((alias, rank) => {
    // Aliases that fold to the same key ("display name", "displayname") keep the better rank.
    if (!ALIAS_INDEX.has(headerKey(alias))) ALIAS_INDEX.set(headerKey(alias), { key, rank });
  });
}

/**
 * Which of our columns a header names (and how specifically: rank 0 is the article's own name,
 * later aliases are looser), or null when it is none of them.
 */
export function columnForHeader(header: string): HeaderMatch | null {
  return header.length > LONGEST_HEADER ? null : (ALIAS_INDEX.get(headerKey(header)) ?? null);
}

/** Past this length a cell is no column name (and is not normalised: a 10 MB cell takes seconds). */
const LONGEST_HEADER = 256;

export function isStatusHeader(header: string): boolean {
  return header.length <= LONGEST_HEADER && headerKey(header) === headerKey(STATUS_HEADER);
}

export function columnIndex(key: ColumnKey): number {
  return COLUMN_KEYS.indexOf(key);
}
