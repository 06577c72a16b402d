/**
 * Reading who the token belongs to and what the team has, for the team profile.
 *
 * `GET /api/open/v1/users/basic_info` (who the token belongs to: team id, scopes) is seen in public
 * client code, in more than one shape (api-facts.ts says which): scopes as an object keyed by
 * scope or as an array of names, the team id at the top or under `scopes.<scope>.team_id`, the
 * address as `email` or `user_email`. All are read into one BasicInfo. The team and groups calls
 * and their field names are NOT public: they follow the Open API's conventions and MUST be checked
 * against your team's own Splashtop_Open_API.pdf (docs/splashtop-api.md). A call that fails leaves
 * its fields to the user.
 */
import { z } from "zod";
import type { InviterRole } from "../invites";
import { API_PATHS, isUserScope } from "./api-facts";
import { upstreamText } from "./upstream-text";

export type ProfileAdapterConfig = {
  basicInfoPath: string;
  /** `{team_id}` is replaced with the team id. */
  teamPath: string;
  groupsPath: string;
};

export const DEFAULT_PROFILE_ADAPTER: ProfileAdapterConfig = {
  basicInfoPath: API_PATHS.basicInfo,
  teamPath: API_PATHS.team,
  groupsPath: API_PATHS.groups,
};

const id = z.union([z.string().min(1), z.number().int()]).transform(String);
const ScopeEntrySchema = z.object({ team_id: id }).loose();

/** basic_info's data as the API may send it (every shape in api-facts.ts). */
const RawBasicInfoSchema = z
  .object({
    email: z.string().optional(),
    user_email: z.string().optional(),
    name: z.string().optional(),
    team_id: id.optional(),
    team_name: z.string().optional(),
    role: z.string().optional(),
    scopes: z.union([z.array(z.string()), z.record(z.string(), z.unknown())]).optional(),
  })
  .loose();
type RawBasicInfo = z.infer<typeof RawBasicInfoSchema>;

/** Who the token belongs to, one shape whatever the API sent. Display fields are made safe to show. */
export type BasicInfo = {
  email: string;
  name?: string;
  team_id: string;
  team_name?: string;
  role?: string;
  /** The token's scope names; null when the answer did not say. */
  scopes: string[] | null;
};

type TeamIdPick = { ok: true; teamId: string } | { ok: false; message: string; path: string[] };

/**
 * The team the add-in works on: the users scope's team when that scope names one (it is the team
 * whose users the token manages), else the top-level team_id, else the one team all scopes name.
 */
function pickTeamId(raw: RawBasicInfo): TeamIdPick {
  const scoped = new Map<string, string>();
  if (raw.scopes && !Array.isArray(raw.scopes)) {
    for (const [scope, entry] of Object.entries(raw.scopes)) {
      const parsed = ScopeEntrySchema.safeParse(entry);
      if (parsed.success) scoped.set(scope, parsed.data.team_id);
    }
  }
  const users = [...scoped].find(([scope]) => isUserScope(scope));
  if (users) return { ok: true, teamId: users[1] };
  if (raw.team_id !== undefined) return { ok: true, teamId: raw.team_id };
  const teams = new Set(scoped.values());
  const [only] = teams;
  if (teams.size === 1 && only !== undefined) return { ok: true, teamId: only };
  if (teams.size > 1) {
    const named = [...scoped].map(([scope, team]) => `${scope}: ${team}`).join(", ");
    return { ok: false, path: ["scopes"], message: `the scopes name different teams (${named}) and none of them is users` };
  }
  return { ok: false, path: ["team_id"], message: "no team id (neither team_id nor scopes.<scope>.team_id)" };
}

function scopeNames(scopes: RawBasicInfo["scopes"]): string[] | null {
  if (scopes === undefined) return null;
  return Array.isArray(scopes) ? scopes : Object.keys(scopes);
}

export const BasicInfoSchema = RawBasicInfoSchema.transform((raw, ctx): BasicInfo => {
  const email = raw.email ?? raw.user_email;
  const team = pickTeamId(raw);
  if (email === undefined)
    ctx.issues.push({ code: "custom", input: raw, path: ["email"], message: "no address (neither email nor user_email)" });
  if (!team.ok) ctx.issues.push({ code: "custom", input: raw, path: team.path, message: team.message });
  if (email === undefined || !team.ok) return z.NEVER;
  const info: BasicInfo = { email: upstreamText(email), team_id: team.teamId, scopes: scopeNames(raw.scopes) };
  if (raw.name !== undefined) info.name = upstreamText(raw.name);
  if (raw.team_name !== undefined) info.team_name = upstreamText(raw.team_name);
  if (raw.role !== undefined) info.role = upstreamText(raw.role, 64);
  return info;
});

export const TeamInfoSchema = z
  .object({
    licenses: z.array(
      z.object({ type: z.string(), total: z.number().int().nonnegative().nullable(), used: z.number().int().nonnegative() }),
    ),
    user_groups_supported: z.boolean().optional(),
    max_groups: z.number().int().positive().optional(),
  })
  .loose();
export type TeamInfo = z.infer<typeof TeamInfoSchema>;

export const GroupsSchema = z.object({
  groups: z.array(z.object({ name: z.string(), type: z.enum(["user", "computer"]) })),
});

const ROLE_WORDS: Readonly<Record<string, InviterRole>> = {
  owner: "owner",
  superadmin: "super-admin",
  admin: "admin",
  groupadmin: "group-admin",
};

/** "Super Admin", "super_admin", "super-admin": the inviter role, or null when not one we know. */
export function inviterRoleOf(role: string | undefined): InviterRole | null {
  if (!role) return null;
  return ROLE_WORDS[role.toLowerCase().replace(/[^a-z]/g, "")] ?? null;
}
