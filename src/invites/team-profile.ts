import { z } from "zod";
import { LICENSE_TYPES, type LicenseType } from "./importer-format";
import { foldKey } from "./text";

const seatsLeft = z.number().int().nonnegative().nullable();

/** The team the rows go to. Also the file format of the CLI's `--team`. Every field optional. */
export const TeamProfileSchema = z
  .object({
    inviterRole: z.enum(["owner", "super-admin", "admin", "group-admin"]).optional(),
    /** Seats left per license type; null = no limit; a key absent = none in the plan. */
    licenses: z.object({ access: seatsLeft.optional(), support: seatsLeft.optional() }).strict().optional(),
    userGroups: z.array(z.string()).optional(),
    computerGroups: z.array(z.string()).optional(),
    userGroupsSupported: z.boolean().optional(),
    existingMembers: z.array(z.string()).optional(),
    maxGroups: z.number().int().positive().optional(),
  })
  .strict();
export type TeamProfile = z.infer<typeof TeamProfileSchema>;
export type InviterRole = NonNullable<TeamProfile["inviterRole"]>;

/** A profile with defaults applied and names indexed for case-insensitive look-up. */
export type Team = {
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

export const DEFAULT_MAX_GROUPS = 2000;

export function resolveTeam(profile: TeamProfile = {}): Team {
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

/** Plain-words description of zod issues in a team profile, one line. */
export function describeProfileError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(top level)"}: ${issue.message}`)
    .join("; ");
}
