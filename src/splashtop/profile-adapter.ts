/**
 * Reading who the token belongs to and what the team has, for the team profile.
 *
 * `GET /api/open/v1/users/basic_info` (who the token belongs to: team id, scopes) is seen in public
 * client code. The team and groups calls and every field name below are NOT public: they follow
 * the Open API's published conventions and MUST be checked against your team's own
 * Splashtop_Open_API.pdf (docs/splashtop-api.md). A call that fails leaves its fields to the user.
 */
import { z } from "zod";
import type { InviterRole } from "../invites/team-profile";

export type ProfileAdapterConfig = {
  basicInfoPath: string;
  /** `{team_id}` is replaced with the team id. */
  teamPath: string;
  groupsPath: string;
};

export const DEFAULT_PROFILE_ADAPTER: ProfileAdapterConfig = {
  basicInfoPath: "/api/open/v1/users/basic_info",
  teamPath: "/api/open/v1/teams/{team_id}",
  groupsPath: "/api/open/v1/teams/{team_id}/groups",
};

const id = z.union([z.string().min(1), z.number().int()]).transform(String);

export const BasicInfoSchema = z
  .object({
    email: z.string(),
    name: z.string().optional(),
    team_id: id,
    team_name: z.string().optional(),
    role: z.string().optional(),
    scopes: z.array(z.string()).optional(),
  })
  .loose();
export type BasicInfo = z.infer<typeof BasicInfoSchema>;

export const TeamInfoSchema = z
  .object({
    licenses: z.array(z.object({ type: z.string(), total: z.number().int().nonnegative().nullable(), used: z.number().int().nonnegative() })),
    user_groups_supported: z.boolean().optional(),
    max_groups: z.number().int().positive().optional(),
  })
  .loose();
export type TeamInfo = z.infer<typeof TeamInfoSchema>;

export const GroupsSchema = z.object({
  groups: z.array(z.object({ name: z.string(), type: z.enum(["user", "computer"]) })),
});
export type Groups = z.infer<typeof GroupsSchema>;

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
