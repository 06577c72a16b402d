import * as z from "zod/mini";
import { LICENSE_TYPES, type LicenseType } from "./importer-format";
import { describeIssues } from "./describe-issues";
import { foldKey } from "./text";

const seatsLeft = z.nullable(z.number().check(z.int(), z.nonnegative()));

/** The team the rows go to. Also the file format of the CLI's `--team`. Every field optional. */
export const TeamProfileSchema = z.strictObject({
  inviterRole: z.optional(z.enum(["owner", "super-admin", "admin", "group-admin"])),
  /** Seats left per license type; null = no limit; a key absent = none in the plan. */
  licenses: z.optional(z.strictObject({ access: z.optional(seatsLeft), support: z.optional(seatsLeft) })),
  userGroups: z.optional(z.array(z.string())),
  computerGroups: z.optional(z.array(z.string())),
  userGroupsSupported: z.optional(z.boolean()),
  existingMembers: z.optional(z.array(z.string())),
  /** 0 is a team that may have no groups at all (issue #10: accepted, every new group is refused). */
  maxGroups: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type TeamProfile = z.infer<typeof TeamProfileSchema>;
export type InviterRole = NonNullable<TeamProfile["inviterRole"]>;

/** A profile with defaults applied and names indexed for case-insensitive look-up. */
export type ResolvedTeam = {
  inviterRole: InviterRole;
  seats: ReadonlyMap<LicenseType, number | null>;
  defaultLicense: LicenseType | null;
  /** folded name -> the team's own spelling */
  userGroups: ReadonlyMap<string, string>;
  computerGroups: ReadonlyMap<string, string>;
  userGroupsSupported: boolean;
  existingMembers: ReadonlySet<string>;
  maxGroups: number;
  /** Distinct user and computer groups the team already has. */
  existingGroupCount: number;
};

const DEFAULT_MAX_GROUPS = 2000;

export function resolveTeam(profile: TeamProfile = {}): ResolvedTeam {
  const seats = new Map<LicenseType, number | null>();
  for (const type of LICENSE_TYPES) {
    if (!profile.licenses) seats.set(type, null);
    else if (profile.licenses[type] !== undefined) seats.set(type, profile.licenses[type] ?? null);
  }
  const userGroups = indexNames(profile.userGroups);
  const computerGroups = indexNames(profile.computerGroups);
  const allGroups = new Set([...userGroups.keys(), ...computerGroups.keys()]);
  return {
    inviterRole: profile.inviterRole ?? "owner",
    seats,
    defaultLicense: defaultLicense(seats),
    userGroups,
    computerGroups,
    userGroupsSupported: profile.userGroupsSupported ?? true,
    existingMembers: new Set((profile.existingMembers ?? []).map(foldKey)),
    maxGroups: profile.maxGroups ?? DEFAULT_MAX_GROUPS,
    existingGroupCount: allGroups.size,
  };
}

/** Article: blank means an access license, or support when the team has only support licenses. */
function defaultLicense(seats: ReadonlyMap<LicenseType, number | null>): LicenseType | null {
  if (seats.has("access")) return "access";
  return seats.has("support") ? "support" : null;
}

function indexNames(names: readonly string[] = []): Map<string, string> {
  const index = new Map<string, string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed && !index.has(foldKey(trimmed))) index.set(foldKey(trimmed), trimmed);
  }
  return index;
}

export function canAssignAdmin(role: InviterRole): boolean {
  return role === "owner" || role === "super-admin";
}

/** Plain-words description of what is wrong with a team profile, on one line. */
export function describeProfileError(error: z.core.$ZodError): string {
  return describeIssues(error);
}
