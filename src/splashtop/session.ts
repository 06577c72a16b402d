// Connecting: a client plus who the token belongs to (its team), and the adapters in use. The
// token is cleaned of what pasting adds (api-token.ts) before it is used.
import { createClient, type ClientOptions, type SplashtopClient } from "./api-client";
import { SplashtopError } from "./api-errors";
import { cleanToken } from "./api-token";
import { DEFAULT_INVITE_ADAPTER, type InviteAdapterConfig } from "./invite-adapter";
import { BasicInfoSchema, DEFAULT_PROFILE_ADAPTER, type BasicInfo, type ProfileAdapterConfig } from "./profile-adapter";

export type ConnectOptions = ClientOptions & {
  inviteAdapter?: Partial<InviteAdapterConfig>;
  profileAdapter?: Partial<ProfileAdapterConfig>;
  signal?: AbortSignal;
};

export type SplashtopSession = {
  client: SplashtopClient;
  info: BasicInfo;
  teamId: string;
  inviteAdapter: InviteAdapterConfig;
  profileAdapter: ProfileAdapterConfig;
};

/** Reads who the token belongs to; throws SplashtopError (plain words) when the token is refused. */
export async function connect(options: ConnectOptions): Promise<SplashtopSession> {
  const token = cleanToken(options.token);
  if (!token.ok) throw new SplashtopError(token.message, { tokenProblem: true });
  const client = createClient({ ...options, token: token.token });
  const inviteAdapter = { ...DEFAULT_INVITE_ADAPTER, ...options.inviteAdapter };
  const profileAdapter = { ...DEFAULT_PROFILE_ADAPTER, ...options.profileAdapter };
  const info = await client.read(
    { method: "GET", path: profileAdapter.basicInfoPath },
    BasicInfoSchema,
    "who the token belongs to (basic_info)",
    options.signal,
  );
  return { client, info, teamId: info.team_id, inviteAdapter, profileAdapter };
}
