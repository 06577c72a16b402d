// The article's rules applied server-side, by reusing src/invites: the sandbox refuses exactly
// what the add-in warns about (seat limit, Admin only by Owner/Super Admin, license not in plan,
// computer-group clash, already a member, invalid email, the same address twice in a request),
// plus name lengths (40422; Splashtop's real limit is not public, the sandbox uses LIMITS). Pure:
// it says what the request would change; the sandbox commits that (state-change.ts).
import { z } from "zod";
import {
  canonicalRow,
  foldKey,
  isError,
  LIMITS,
  parseRole,
  resolveLicense,
  resolveTeam,
  validateSheet,
  type Finding,
  type InviteRow,
  type LicenseType,
  type TeamProfile,
} from "../../invites";
import type { InviteLogEntry, Member, SandboxState } from "./sandbox-state";

export const InviteBodySchema = z.object({
  users: z
    .array(
      z.object({
        email: z.string(),
        display_name: z.string().optional(),
        group: z.string().optional(),
        license_type: z.string().optional(),
        role: z.string().optional(),
      }),
    )
    .min(1)
    .max(1000),
});
export type InviteBody = z.infer<typeof InviteBodySchema>;

export type UserResult = { email: string; result: number; message?: string };

/** Per-row result codes: 40403 and 40422 are the Open API's; 40000 is the sandbox's "refused". */
const CODE_OF: Partial<Record<Finding["code"], number>> = { "admin-not-allowed": 40403 };

/** The team as src/invites sees it: seats left, groups, members. */
function profileOf(state: SandboxState): TeamProfile {
  const used = new Map<LicenseType, number>();
  for (const member of state.members) used.set(member.license_type, (used.get(member.license_type) ?? 0) + 1);
  const licenses: NonNullable<TeamProfile["licenses"]> = {};
  for (const type of ["access", "support"] as const) {
    const total = state.team.seats[type];
    if (total === undefined) continue;
    licenses[type] = total === null ? null : Math.max(0, total - (used.get(type) ?? 0));
  }
  return {
    inviterRole: state.team.inviterRole,
    licenses,
    userGroups: state.team.userGroups,
    computerGroups: state.team.computerGroups,
    userGroupsSupported: state.team.userGroupsSupported,
    existingMembers: state.members.map((m) => m.email),
    maxGroups: state.team.maxGroups,
  };
}

/** What an invite request does: each row's result, and the members, new groups and log entries it adds. */
export type InviteOutcome = { results: UserResult[]; members: Member[]; groups: string[]; invites: InviteLogEntry[] };

/** Judges each row against `state` (not changed) as if applied in order. */
export function judgeInvites(state: SandboxState, body: InviteBody, idempotencyKey: string | null, now: Date): InviteOutcome {
  const rows: InviteRow[] = body.users.map((user) => ({
    account: user.email,
    group: user.group ?? "",
    displayName: user.display_name ?? "",
    licenseType: user.license_type ?? "",
    role: user.role ?? "",
  }));
  const team = resolveTeam(profileOf(state));
  const firstErrors = new Map<number, Finding>();
  for (const f of validateSheet(rows, team, 1)) {
    if (isError(f) && !firstErrors.has(f.row)) firstErrors.set(f.row, f);
  }
  const knownGroups = new Set([...state.team.userGroups, ...state.team.computerGroups].map(foldKey));
  const outcome: InviteOutcome = { results: [], members: [], groups: [], invites: [] };
  const room = state.limits.maxMembers - state.members.length;
  outcome.results = rows.map((raw, index): UserResult => {
    const email = raw.account;
    const error = firstErrors.get(index + 1);
    if (error) return { email, result: CODE_OF[error.code] ?? 40000, message: error.message };
    const row = canonicalRow(raw);
    if (row.displayName.length > LIMITS.displayNameLength || row.group.length > LIMITS.groupNameLength) {
      return { email, result: 40422, message: `A name is longer than ${LIMITS.displayNameLength} characters.` };
    }
    if (outcome.members.length >= room) {
      return { email, result: 40000, message: `The sandbox holds at most ${state.limits.maxMembers} members: reset it to start again.` };
    }
    const member: Member = {
      email: row.account,
      display_name: row.displayName || row.account, // article: a blank name becomes the address
      group: row.group,
      license_type: resolveLicense(row.licenseType, team) as LicenseType, // valid rows resolve
      role: row.role && parseRole(row.role) === "admin" ? "admin" : "member",
    };
    outcome.members.push(member);
    if (row.group && !knownGroups.has(foldKey(row.group))) {
      knownGroups.add(foldKey(row.group));
      outcome.groups.push(row.group);
    }
    outcome.invites.push({ email: row.account, at: now.toISOString(), idempotencyKey });
    return { email, result: 20200 };
  });
  return outcome;
}
