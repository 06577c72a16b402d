// Everything about Splashtop's CSV importer that is NOT public lives here, in one place, so each
// can change in one line once confirmed (see SPLASHTOP.md, "Not public").
import type { ColumnKey } from "./columns";

/** Header row of the exported file: the article's field names, in its order (assumed verbatim). */
export const EXPORT_HEADERS: Record<ColumnKey, string> = {
  account: "Splashtop account",
  group: "Group",
  displayName: "Display name",
  licenseType: "License type",
  role: "Role",
};

export const LICENSE_TYPES = ["access", "support"] as const;
export type LicenseType = (typeof LICENSE_TYPES)[number];

/** The spelling written to the file (assumed; the importer's accepted spellings are not public). */
export const LICENSE_SPELLING: Record<LicenseType, string> = { access: "Access", support: "Support" };

/**
 * Names Splashtop's products use for each type (article: Enterprise calls support "Technician"
 * and access "End user" / "Remote Access"), compared ignoring case and spaces only: punctuation
 * counts, so every written form (a hyphen included) is listed here.
 */
export const LICENSE_ALIASES: Record<LicenseType, readonly string[]> = {
  access: ["access", "remote access", "end user", "end-user", "enduser", "remote access end user"],
  support: ["support", "technician", "remote support", "remote support technician"],
};

export const ROLES = ["admin", "member"] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_SPELLING: Record<Role, string> = { admin: "Admin", member: "Member" };

/** Roles that exist in Splashtop but cannot be set by CSV (article 360040670032). */
export const UNSETTABLE_ROLES = ["owner", "super admin", "super-admin", "group admin", "group-admin"] as const;

/**
 * Length limits. Email limits are RFC 5321 facts; the name limits are NOT public (the API's 40422
 * says only "too long"), so they produce warnings, not errors.
 */
export const LIMITS = {
  emailLength: 254,
  emailLocalPartLength: 64,
  displayNameLength: 64,
  groupNameLength: 64,
} as const;

export const FILE_FORMAT = {
  delimiter: ",",
  newline: "\r\n",
  encoding: "utf-8",
} as const;
