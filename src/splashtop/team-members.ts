// Which of some accounts are already on the team, read page by page through the list-users call.
// Used to check, after a request that got no answer, who was invited before sending again.
import type { SplashtopClient } from "./api-client";
import { listUsersRequest, UsersPageSchema, type InviteAdapterConfig } from "./invite-adapter";
import { foldKey } from "../invites";

/** The folded addresses among `accounts` that are members; every member when `accounts` is null. */
export async function findMembers(
  client: SplashtopClient,
  adapter: InviteAdapterConfig,
  teamId: string,
  accounts: readonly string[] | null,
  signal?: AbortSignal,
): Promise<Set<string>> {
  const wanted = accounts ? new Set(accounts.map(foldKey)) : null;
  const found = new Set<string>();
  const filter = accounts ?? [];
  const listed = new Set<string>();
  let seen = 0;
  for (let page = 1; ; page++) {
    const data = await client.read(listUsersRequest(adapter, teamId, page, filter), UsersPageSchema, "the list of team users", signal);
    let fresh = 0;
    for (const user of data.users) {
      const email = foldKey(user.email);
      if (!listed.has(email)) fresh++;
      listed.add(email);
      if (!wanted || wanted.has(email)) found.add(email);
    }
    seen += data.users.length;
    // The API may ignore the filter and page through everyone; stop as soon as the answer is known.
    if (wanted && found.size === wanted.size) return found;
    if (data.users.length < adapter.listUsersPageSize) return found;
    if (data.total !== undefined && seen >= data.total) return found;
    // A full page of nobody new: the API ignores paging (a bare array has no total) and sends
    // the same users again. Everyone has been seen.
    if (fresh === 0) return found;
  }
}
