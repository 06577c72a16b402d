// Whether the connected token may manage users, asked before a submit: a token made for another
// purpose (psa, service_desk) is refused by Splashtop on the invite call, and finding out there
// costs the user a run of failed rows. The scope name is an observation (api-facts.ts).
import { isUserScope, TOKEN_SCREENS } from "./api-facts";
import type { BasicInfo } from "./profile-adapter";
import { upstreamText } from "./upstream-text";

export type ScopeCheck =
  | { verdict: "ok" }
  /** The token's scopes are known and none manages users: do not submit. */
  | { verdict: "missing"; message: string }
  /** Splashtop did not list the scopes: submit may work; say what to do if it is refused. */
  | { verdict: "unknown"; message: string };

const MAKE_ONE = `Create a token with the users scope in the web console (${TOKEN_SCREENS.console}; only ${TOKEN_SCREENS.who} can) and connect with it.`;

export function checkUserScope(info: Pick<BasicInfo, "scopes">): ScopeCheck {
  if (info.scopes === null) {
    return {
      verdict: "unknown",
      message: `Splashtop did not say which scopes this token has. If Submit is refused, the token may lack the users scope: ${MAKE_ONE}`,
    };
  }
  if (info.scopes.some(isUserScope)) return { verdict: "ok" };
  const has = info.scopes.length ? `its scopes are ${upstreamText(info.scopes.join(", "), 80)}` : "it has no scopes";
  return { verdict: "missing", message: `This API token cannot invite users: ${has}, and none of them is users. ${MAKE_ONE}` };
}
