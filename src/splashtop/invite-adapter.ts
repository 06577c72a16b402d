/**
 * The invite call and the list-users call: path, body and answer shape.
 *
 * NOT PUBLIC. Splashtop's Open API reference (Splashtop_Open_API.pdf) lists "Manage users (invite
 * users, delete users)", but the invite endpoint's path, body and per-user result shape are not
 * published. This adapter follows the Open API's published conventions (paths under
 * /api/open/v1/teams/{team_id}/..., Bearer token, the `{result, data}` envelope with 20200 for
 * success) and MUST be checked against your team's own Splashtop_Open_API.pdf. Everything that
 * may differ is in `InviteAdapterConfig`, so it changes here, in one place (docs/splashtop-api.md).
 * The sandbox implements exactly these defaults.
 */
import { z } from "zod";
import { foldKey, parseLicenseType, parseRole, type InviteRow, type LicenseType, type Role } from "../invites";
import { API_PATHS, LIST_USERS_QUERY } from "./api-facts";
import { SUCCESS } from "./api-errors";
import type { ApiRequest } from "./http-attempt";
import { upstreamText } from "./upstream-text";

/** One invitee as the invite call's body carries it. */
export type InviteUser = {
  email: string;
  display_name?: string;
  group?: string;
  license_type?: LicenseType;
  role?: Role;
};

export type InviteAdapterConfig = {
  /** `{team_id}` is replaced with the team id (URL-encoded). */
  invitePath: string;
  inviteBody: (users: readonly InviteUser[]) => unknown;
  listUsersPath: string;
  /** Query of page `page` (1-based); `accounts` is what the caller looks for (a filter the API may ignore). */
  listUsersQuery: (page: number, perPage: number, accounts: readonly string[]) => Record<string, string>;
  listUsersPageSize: number;
};

export const DEFAULT_INVITE_ADAPTER: InviteAdapterConfig = {
  invitePath: API_PATHS.invite,
  inviteBody: (users) => ({ users }),
  listUsersPath: API_PATHS.listUsers,
  listUsersQuery: (page, perPage, accounts) => ({
    [LIST_USERS_QUERY.page]: String(page),
    [LIST_USERS_QUERY.perPage]: String(perPage),
    ...(accounts.length ? { [LIST_USERS_QUERY.emails]: accounts.join(",") } : {}),
  }),
  listUsersPageSize: 500,
};

export function teamPath(template: string, teamId: string): string {
  return template.replace("{team_id}", encodeURIComponent(teamId));
}

/** A canonical row (see canonicalRow) as an invitee; blank cells are left out for Splashtop's defaults. */
function inviteUser(row: InviteRow): InviteUser {
  const user: InviteUser = { email: row.account };
  if (row.displayName) user.display_name = row.displayName;
  if (row.group) user.group = row.group;
  const license = row.licenseType ? parseLicenseType(row.licenseType) : null;
  if (license) user.license_type = license;
  const role = row.role ? parseRole(row.role) : null;
  if (role) user.role = role;
  return user;
}

/** The invite call for `rows`; its idempotency key is added once the body is known (idempotency-key.ts). */
export function inviteRequest(config: InviteAdapterConfig, teamId: string, rows: readonly InviteRow[]): ApiRequest {
  return {
    method: "POST",
    path: teamPath(config.invitePath, teamId),
    body: config.inviteBody(rows.map(inviteUser)),
  };
}

export const InviteAnswerSchema = z.object({
  users: z.array(z.object({ email: z.string(), result: z.number().int(), message: z.string().optional() })),
});
export type InviteAnswer = z.infer<typeof InviteAnswerSchema>;

/** Per row, in request order: invited, rejected (with code and message), or absent from the answer. */
export type RowOutcome = { kind: "invited" } | { kind: "rejected"; code: number; message?: string } | { kind: "missing" };

export function rowOutcomes(answer: InviteAnswer, accounts: readonly string[]): RowOutcome[] {
  const byEmail = new Map<string, InviteAnswer["users"]>();
  for (const user of answer.users) {
    const key = foldKey(user.email);
    byEmail.set(key, [...(byEmail.get(key) ?? []), user]);
  }
  return accounts.map((account) => {
    // Each answer entry is used once, so a repeated address gets its own result.
    const user = byEmail.get(foldKey(account))?.shift();
    if (!user) return { kind: "missing" };
    if (user.result === SUCCESS) return { kind: "invited" };
    // Splashtop's words go into the row's Status cell: made safe here, where they leave the answer.
    return { kind: "rejected", code: user.result, ...(user.message !== undefined ? { message: upstreamText(user.message) } : {}) };
  });
}

/** A listed user: the address as `email` or `user_email` (as basic_info has both; api-facts.ts). */
const ListedUserSchema = z
  .object({ email: z.string().optional(), user_email: z.string().optional() })
  .loose()
  .transform((user, ctx) => {
    const email = user.email ?? user.user_email;
    if (email !== undefined) return { email };
    ctx.issues.push({ code: "custom", input: user, path: ["email"], message: "no address (neither email nor user_email)" });
    return z.NEVER;
  });

export type UsersPage = { users: { email: string }[]; total?: number };

/**
 * A page of the list-users call: `{users, total}`, or `data` as a bare array of users (as a
 * sibling list endpoint answers; api-facts.ts "list-bare-array"), which has no total.
 */
export const UsersPageSchema: z.ZodType<UsersPage> = z.union([
  z.object({ users: z.array(ListedUserSchema), total: z.number().int().nonnegative().optional() }),
  z.array(ListedUserSchema).transform((users): UsersPage => ({ users })),
]);

export function listUsersRequest(config: InviteAdapterConfig, teamId: string, page: number, accounts: readonly string[]): ApiRequest {
  return {
    method: "GET",
    path: teamPath(config.listUsersPath, teamId),
    query: config.listUsersQuery(page, config.listUsersPageSize, accounts),
  };
}
