// Fills the team profile (src/invites TeamProfile) from the API where it can. What the API cannot
// give (or a call the token may not make) stays for the user to enter; the result says which
// fields came from the API.
import { LICENSE_TYPES, parseLicenseType, type LicenseType, type TeamProfile } from "../invites";
import { SplashtopError } from "./api-errors";
import { teamPath } from "./invite-adapter";
import { GroupsSchema, inviterRoleOf, TeamInfoSchema, type TeamInfo } from "./profile-adapter";
import type { SplashtopSession } from "./session";
import { findMembers } from "./team-members";
import { checkUserScope } from "./token-scope";

export type ProfileField = keyof TeamProfile;

export type FilledProfile = {
  profile: TeamProfile;
  /** Fields read from the API; the rest are the user's to enter (or defaults). */
  fromApi: ProfileField[];
  /** Why a field could not be read, in plain words. */
  notes: string[];
};

export async function fillProfile(
  session: SplashtopSession,
  options: { members?: boolean; signal?: AbortSignal } = {},
): Promise<FilledProfile> {
  const { client, teamId, profileAdapter, info } = session;
  const profile: TeamProfile = {};
  const fromApi: ProfileField[] = [];
  const notes: string[] = [];
  const tryRead = async (what: string, read: () => Promise<void>) => {
    try {
      await read();
    } catch (error) {
      // The token itself failing stops everything; a call this token may not make is a note.
      if (!(error instanceof SplashtopError) || error.detail.tokenProblem) throw error;
      notes.push(`Could not read ${what}: ${error.message} Enter it yourself.`);
    }
  };

  const scope = checkUserScope(info);
  if (scope.verdict !== "ok") notes.push(scope.message);

  const role = inviterRoleOf(info.role);
  if (role) {
    profile.inviterRole = role;
    fromApi.push("inviterRole");
  } else notes.push(`Your role${info.role ? ` ("${info.role}")` : ""} is not one the add-in knows; choose it yourself.`);

  await tryRead("the team's licenses", async () => {
    const team = await client.read(
      { method: "GET", path: teamPath(profileAdapter.teamPath, teamId) },
      TeamInfoSchema,
      "the team's licenses",
      options.signal,
    );
    profile.licenses = seatsLeft(team);
    fromApi.push("licenses");
    if (team.user_groups_supported !== undefined) {
      profile.userGroupsSupported = team.user_groups_supported;
      fromApi.push("userGroupsSupported");
    }
    if (team.max_groups !== undefined) {
      profile.maxGroups = team.max_groups;
      fromApi.push("maxGroups");
    }
  });

  await tryRead("the team's groups", async () => {
    const data = await client.read(
      { method: "GET", path: teamPath(profileAdapter.groupsPath, teamId) },
      GroupsSchema,
      "the team's groups",
      options.signal,
    );
    profile.userGroups = data.groups.filter((g) => g.type === "user").map((g) => g.name);
    profile.computerGroups = data.groups.filter((g) => g.type === "computer").map((g) => g.name);
    fromApi.push("userGroups", "computerGroups");
  });

  if (options.members !== false) {
    await tryRead("the team's members", async () => {
      profile.existingMembers = [...(await findMembers(client, session.inviteAdapter, teamId, null, options.signal))];
      fromApi.push("existingMembers");
    });
  }
  return { profile, fromApi, notes };
}

/** Seats left per license type the API names; a type it does not list is not in the plan. */
function seatsLeft(team: TeamInfo): NonNullable<TeamProfile["licenses"]> {
  const left: Partial<Record<LicenseType, number | null>> = {};
  for (const license of team.licenses) {
    const type = parseLicenseType(license.type);
    if (!type || !LICENSE_TYPES.includes(type)) continue;
    left[type] = license.total === null ? null : Math.max(0, license.total - license.used);
  }
  return left;
}
